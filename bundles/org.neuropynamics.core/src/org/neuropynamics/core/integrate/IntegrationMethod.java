package org.neuropynamics.core.integrate;

import java.util.Objects;

/**
 * A numerical method as data. The kinds are closed: explicit Runge-Kutta from a {@link ButcherTableau}
 * (fixed step), exponential Euler (fixed step, for conditionally linear equations such as Hodgkin-Huxley
 * gating), embedded Runge-Kutta pairs with dense output (adaptive step), and the stiff, linearly implicit
 * Rosenbrock method RODAS (adaptive step, L-stable, uses the model's Jacobian). New methods of an existing kind
 * are registered in {@link IntegrationMethods} as new data.
 */
public sealed interface IntegrationMethod
        permits IntegrationMethod.ExplicitRungeKutta, IntegrationMethod.ExponentialEuler,
        IntegrationMethod.EmbeddedRungeKutta, IntegrationMethod.Rosenbrock, IntegrationMethod.Gear,
        IntegrationMethod.CashKarp {

    /** The registry name ("rk4"). */
    String name();

    /** True for methods that choose their own step from error tolerances. */
    boolean adaptive();

    /** Order of accuracy of the global error. */
    int order();

    /**
     * Fixed-step explicit Runge-Kutta method.
     *
     * @param name registry name
     * @param tableau the coefficients
     */
    record ExplicitRungeKutta(String name, ButcherTableau tableau) implements IntegrationMethod {
        /** Requires a name and a tableau. */
        public ExplicitRungeKutta {
            Objects.requireNonNull(name);
            Objects.requireNonNull(tableau);
        }

        @Override
        public boolean adaptive() {
            return false;
        }

        @Override
        public int order() {
            return tableau.order();
        }
    }

    /**
     * Exponential Euler: per variable, {@code b = df_i/dy_i} (analytic Jacobian diagonal when the model has
     * one, else a one-sided finite difference, exact for equations linear in {@code y_i}), and
     * {@code y_i <- y_i + f_i (exp(b h) - 1) / b}. Exact for Hodgkin-Huxley gates at frozen voltage; first order.
     *
     * @param name registry name
     */
    record ExponentialEuler(String name) implements IntegrationMethod {
        /** Requires a name. */
        public ExponentialEuler {
            Objects.requireNonNull(name);
        }

        @Override
        public boolean adaptive() {
            return false;
        }

        @Override
        public int order() {
            return 1;
        }
    }

    /**
     * Adaptive embedded Runge-Kutta pair (first same as last) with error control and a continuous extension
     * of the form used by Hairer's DOPRI5: {@code y(t + theta h) = y0 + theta (dy + (1 - theta) (h k1 - dy
     * + theta (dy - h k7 - (h k1 - dy) + (1 - theta) h sum_i d_i k_i)))}, {@code dy = y1 - y0}.
     *
     * @param name registry name
     * @param tableau an FSAL embedded pair (errorWeights non-null)
     * @param denseWeights the {@code d_i} of the continuous extension, one per stage
     */
    record EmbeddedRungeKutta(String name, ButcherTableau tableau, double[] denseWeights)
            implements IntegrationMethod {
        /** Requires an FSAL embedded pair and one dense weight per stage. */
        public EmbeddedRungeKutta {
            Objects.requireNonNull(name);
            if (tableau.errorWeights() == null || !tableau.firstSameAsLast()
                    || denseWeights.length != tableau.stages()) {
                throw new IllegalArgumentException(name + ": needs an FSAL embedded pair with dense weights");
            }
        }

        /** Dormand-Prince 5(4) with the 4th-order continuous extension of Hairer's DOPRI5 code. */
        public static EmbeddedRungeKutta dormandPrince54() {
            return new EmbeddedRungeKutta("dopri5", ButcherTableau.DORMAND_PRINCE_54, new double[] {
                -12715105075.0 / 11282082432.0, 0, 87487479700.0 / 32700410799.0,
                -10690763975.0 / 1880347072.0, 701980252875.0 / 199316789632.0,
                -1453857185.0 / 822651844.0, 69997945.0 / 29380423.0});
        }

        @Override
        public boolean adaptive() {
            return true;
        }

        @Override
        public int order() {
            return tableau.order();
        }
    }

    /**
     * Hairer and Wanner's RODAS (Rodas4): a stiffly accurate, L-stable Rosenbrock method of order 4 with an
     * embedded order-3 error estimate and a continuous extension of order 3 (Hairer and Wanner, Solving
     * Ordinary Differential Equations II, section IV.7). Each step factors {@code I/(gamma h) - J} once
     * ({@code J} the model's symbolic Jacobian, or finite differences when it has none) and solves six linear
     * systems with it: no Newton iteration, so it never fails to converge. The method for stiff systems
     * (XPPAUT's gear, stiff, cvode, backeul, rosenbrock); see {@link RodasStepper}.
     *
     * @param name registry name
     */
    record Rosenbrock(String name) implements IntegrationMethod {
        /** Requires a name. */
        public Rosenbrock {
            Objects.requireNonNull(name);
        }

        @Override
        public boolean adaptive() {
            return true;
        }

        @Override
        public int order() {
            return 4;
        }
    }

    /**
     * XPPAUT's {@code gear}: Gear's variable-order (1-6), variable-step backward differentiation formulas in
     * Nordsieck form with Gear's own step, order and error control (DIFSUB, the algorithm of XPPAUT's
     * {@code gear.c}), its tolerance {@code eps} the request's relative tolerance. Output at every {@code dt}
     * exactly (the step is shortened to end there). It reproduces XPPAUT's {@code method=gear} output at
     * XPPAUT's own loose default tolerance, which no tight-tolerance solver does; see {@link GearRun}.
     *
     * @param name registry name
     * @param minStep the first and smallest step (XPPAUT's {@code dtmin}, default 1e-12)
     */
    record Gear(String name, double minStep) implements IntegrationMethod {
        /** Requires a name and a positive smallest step. */
        public Gear {
            Objects.requireNonNull(name);
            if (!(minStep > 0)) {
                throw new IllegalArgumentException(name + ": the smallest step must be positive, got " + minStep);
            }
        }

        @Override
        public boolean adaptive() {
            return true;
        }

        @Override
        public int order() {
            return 1; // variable order 1 to 6; 1 is the order it is sure of
        }
    }

    /**
     * XPPAUT's {@code qualrk}: the Cash-Karp Runge-Kutta 5(4) pair with Numerical Recipes' step control
     * ({@code odeint}/{@code rkqs}), its tolerance the request's relative tolerance, output at every
     * {@code dt} exactly. It reproduces XPPAUT's {@code method=qualrk} output at XPPAUT's loose default
     * tolerance; see {@link CashKarpRun}.
     *
     * @param name registry name
     * @param minStep a proposed step at or below it stops the run (XPPAUT's {@code dtmin}, default 1e-12)
     */
    record CashKarp(String name, double minStep) implements IntegrationMethod {
        /** Requires a name and a positive smallest step. */
        public CashKarp {
            Objects.requireNonNull(name);
            if (!(minStep > 0)) {
                throw new IllegalArgumentException(name + ": the smallest step must be positive, got " + minStep);
            }
        }

        @Override
        public boolean adaptive() {
            return true;
        }

        @Override
        public int order() {
            return 5;
        }
    }
}
