package org.example.models.quadratic;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.registry.ModelProvider;

/** Quadratic integrate-and-fire neuron: tau v' = (v - vr)(v - vt)/(vt - vr) + I. */
public final class QuadraticIntegrateAndFireModel {

    public static final String ID = "qif";
    public static final String NAME = "Quadratic integrate-and-fire";

    // indices into the parameter array, in the order the parameters are declared below
    private static final int I = 0, TAU = 1, VR = 2, VT = 3, VPEAK = 4, VRESET = 5;

    private QuadraticIntegrateAndFireModel() {
    }

    public static Model create() {
        return Model.builder(ID)
                .name(NAME)
                .description("The normal form of a saddle-node on invariant circle bifurcation: a neuron "
                        + "that can fire at arbitrarily low rates.")
                .equationsLatex("\\tau \\dot v = \\frac{(v - v_r)(v - v_t)}{v_t - v_r} + I")
                .variable("v", "mV", "membrane potential")
                // name, unit, default, slider min, slider max, slider step, one-line description
                .parameter("I", "mV", 5, 0, 40, 0.5, "input (current times resistance)")
                .parameter("tau", "ms", 10, 1, 50, 1, "membrane time constant")
                .parameter("vr", "mV", -65, -80, -50, 1, "resting potential")
                .parameter("vt", "mV", -50, -60, -30, 1, "threshold potential")
                .parameter("vpeak", "mV", 30, 0, 50, 1, "spike cut-off")
                .parameter("vreset", "mV", -70, -90, -50, 1, "reset potential")
                // no allocation here: this runs millions of times per second
                .field((t, y, p, dydt) -> dydt[0] =
                        ((y[0] - p[VR]) * (y[0] - p[VT]) / (p[VT] - p[VR]) + p[I]) / p[TAU])
                .jacobian((t, y, p, jac) -> jac[0][0] =
                        (2 * y[0] - p[VR] - p[VT]) / (p[VT] - p[VR]) / p[TAU])
                .spikeRule(new SpikeRule() {
                    @Override
                    public double switching(double t, double[] y, double[] p) {
                        return y[0] - p[VPEAK]; // a spike when this crosses zero upwards
                    }

                    @Override
                    public void reset(double t, double[] y, double[] p) {
                        y[0] = p[VRESET];
                    }
                })
                .initialState((p, y0) -> y0[0] = p[VR])
                .currentParameter("I")
                .build();
    }

    /** Contributes the model; needs a public no-argument constructor. */
    public static final class Provider implements ModelProvider {
        @Override
        public Model create() {
            return QuadraticIntegrateAndFireModel.create();
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
