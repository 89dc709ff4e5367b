package org.neuropynamics.models;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelProvider;

/**
 * FitzHugh-Nagumo model in the course's form: v' = v - v^3/3 - w + I, w' = (v + a - b w)/tau
 * (dimensionless). Starts at the resting equilibrium without input (I = 0) for the given a, b.
 */
public final class FitzHughNagumoModel {

    /** Model id (public: models.tests data/catalogue-section4.csv). */
    public static final String ID = "fitzhugh-nagumo";
    /** Display name. */
    public static final String NAME = "FitzHugh-Nagumo";

    private static final int A = 0;
    private static final int B = 1;
    private static final int TAU = 2;
    private static final int I = 3;

    private FitzHughNagumoModel() {
    }

    /** Builds the model. tau's slider starts at 0.01: tau = 0 would divide by zero. */
    public static Model create() {
        return Model.builder(ID)
                .name(NAME)
                .description("A two-dimensional caricature of the Hodgkin-Huxley model: a fast excitable "
                        + "variable v with a cubic nullcline and a slow linear recovery variable w. It is the "
                        + "classic phase-plane example: as I grows, the equilibrium moves onto the middle "
                        + "branch of the cubic, loses stability in a Hopf bifurcation and a limit cycle "
                        + "(repetitive firing) appears.")
                .equationsLatex("\\begin{aligned} \\dot v &= v - \\frac{v^3}{3} - w + I \\\\ "
                        + "\\tau \\dot w &= v + a - b w \\end{aligned}")
                .variable("v", "", "fast, voltage-like variable")
                .variable("w", "", "slow recovery variable")
                .parameter("a", "", 0.7, 0, 1, 0.01, "offset of the w-nullcline")
                .parameter("b", "", 0.8, 0.5, 1.5, 0.01, "slope factor of the w-nullcline")
                .parameter("tau", "", 12.5, 0.01, 20, 0.01, "time scale of w relative to v (> 0)")
                .parameter("I", "", 0.5, 0, 3, 0.01, "input current")
                .field((t, y, p, dydt) -> {
                    double v = y[0];
                    dydt[0] = v - v * v * v / 3 - y[1] + p[I];
                    dydt[1] = (v + p[A] - p[B] * y[1]) / p[TAU];
                })
                .jacobian((t, y, p, jac) -> {
                    jac[0][0] = 1 - y[0] * y[0];
                    jac[0][1] = -1;
                    jac[1][0] = 1 / p[TAU];
                    jac[1][1] = -p[B] / p[TAU];
                })
                .initialState((p, y0) -> {
                    double v = restingV(p[A], p[B]);
                    y0[0] = v;
                    y0[1] = v - v * v * v / 3;
                })
                .currentParameter("I")
                .build();
    }

    /**
     * The leftmost equilibrium at I = 0: on the v-nullcline w = v - v^3/3 the w-equation gives
     * h(v) = b v^3/3 + (1 - b) v + a = 0. h is increasing and concave left of its first turning point and
     * h(0) = a &gt;= 0, so Newton's method from v = -3 climbs monotonically to the leftmost root.
     */
    static double restingV(double a, double b) {
        double v = -3;
        for (int i = 0; i < 100; i++) {
            double h = b * v * v * v / 3 + (1 - b) * v + a;
            double dh = b * v * v + 1 - b;
            if (dh == 0) {
                break;
            }
            double next = v - h / dh;
            if (Math.abs(next - v) < 1e-15 * Math.max(1, Math.abs(v))) {
                return next;
            }
            v = next;
        }
        return v;
    }

    /** Contributes this model to the registry (extension point and {@code ServiceLoader}). */
    public static final class Provider implements ModelProvider {
        @Override
        public Model create() {
            return FitzHughNagumoModel.create();
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String name() {
            return NAME;
        }
    }
}
