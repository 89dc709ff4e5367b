package org.neuropynamics.core.integrate;

/**
 * One error-controlled method inside {@link AdaptiveRun}: attempts a step, estimates its error, and offers
 * a continuous extension of the accepted step. Work arrays are allocated once per run.
 */
interface AdaptiveStepper {

    /** Called at the start and whenever the state or the right-hand side jumped (reset, protocol, clamp). */
    void restart(double t, double[] y);

    /**
     * Attempts a step of size h from (t, y), writing the new state into y1; returns the error norm (RMS of the
     * local error over {@code atol + rtol max(|y|, |y1|)}, each component also written to {@code errors}),
     * NaN or infinity when the step failed.
     */
    double attempt(double t, double[] y, double h, double[] y1, double atol, double rtol, double[] errors);

    /** Prepares the continuous extension of the step just accepted from (t, y) to (t + h, y1). */
    void prepareDense(double t, double h, double[] y, double[] y1);

    /** The continuous extension at fraction theta of the accepted step, into {@code out}. */
    void denseAt(double theta, double[] out);

    /** The run moves on to (t + h, y1) without a jump (first-same-as-last methods reuse a stage). */
    void advanced();

    /** Exponent of the error in the step-size controller (1 / (order of the error estimate + 1)). */
    double exponent();

    /** Exponent of the previous error (PI control), 0 for plain I control. */
    double beta();

    /** The stepper of an adaptive method. */
    static AdaptiveStepper of(IntegrationMethod method, DrivenSystem sys) {
        return switch (method) {
            case IntegrationMethod.EmbeddedRungeKutta erk ->
                new DormandPrinceStepper(erk, sys.dimension(), sys::derivatives);
            case IntegrationMethod.Rosenbrock r -> new RodasStepper(sys);
            default -> throw new IllegalArgumentException(method.name() + " is not an adaptive method");
        };
    }
}
