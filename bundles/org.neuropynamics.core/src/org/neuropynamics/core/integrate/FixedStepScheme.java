package org.neuropynamics.core.integrate;

/**
 * One step of a fixed-step method, with its work arrays allocated once per run. {@code yOut} may not be
 * {@code y}.
 */
interface FixedStepScheme {

    void step(DrivenSystem f, double t, double[] y, double h, double[] yOut);

    /** The scheme for a method and dimension. */
    static FixedStepScheme of(IntegrationMethod method, int n) {
        return switch (method) {
            case IntegrationMethod.ExplicitRungeKutta rk -> rk.tableau() == ButcherTableau.RK4
                    ? new ClassicalRungeKuttaScheme(n) : new RungeKuttaScheme(rk.tableau(), n);
            case IntegrationMethod.ExponentialEuler ee -> new ExponentialEulerScheme(n);
            case IntegrationMethod.EmbeddedRungeKutta erk -> new RungeKuttaScheme(erk.tableau(), n);
            case IntegrationMethod.Rosenbrock ros -> throw new IllegalArgumentException(ros.name()
                    + " is adaptive: it has no fixed-step form");
            case IntegrationMethod.CashKarp ck -> throw new IllegalArgumentException(ck.name()
                    + " needs its request: FixedStepRun makes its CashKarpScheme");
            case IntegrationMethod.Gear gear -> throw new IllegalArgumentException(gear.name()
                    + " is adaptive: it has no fixed-step form");
        };
    }
}
