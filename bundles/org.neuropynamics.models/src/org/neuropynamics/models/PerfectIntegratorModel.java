package org.neuropynamics.models;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.registry.ModelProvider;

/**
 * The perfect (non-leaky) integrate-and-fire neuron of the course: dv/dt = I/tau, v &gt; Vth: v = Vreset.
 * The input I is expressed in mV (a current times a resistance), as in the course notebook.
 */
public final class PerfectIntegratorModel {

    /** Model id (public: models.tests data/catalogue-section4.csv). */
    public static final String ID = "perfect-integrator";
    /** Display name. */
    public static final String NAME = "Perfect integrator";

    private static final int I = 0;
    private static final int TAU = 1;
    private static final int VTH = 2;
    private static final int VRESET = 3;

    private PerfectIntegratorModel() {
    }

    /** Builds the model; it starts at v = Vreset. */
    public static Model create() {
        return Model.builder(ID)
                .name(NAME)
                .description("The simplest spiking neuron: the membrane integrates its input without any leak, "
                        + "so the potential rises linearly until it reaches the threshold, a spike is "
                        + "recorded and the potential is reset. The firing rate is proportional to the input, "
                        + "I / (tau (Vth - Vreset)), and any positive input, however small, eventually makes "
                        + "the neuron fire: compare with the leaky integrate-and-fire neuron.")
                .equationsLatex("\\frac{dv}{dt} = \\frac{I}{\\tau}, \\qquad "
                        + "v > V_{th} \\Rightarrow v \\leftarrow V_{reset}")
                .variable("v", "mV", "membrane potential")
                .parameter("I", "mV", 10, 0, 40, 1, "input (current times membrane resistance)")
                .parameter("tau", "ms", 20, 1, 30, 1, "membrane time constant")
                .parameter("Vth", "mV", -50, -70, 0, 1, "spike threshold")
                .parameter("Vreset", "mV", -70, -90, -40, 1, "reset potential after a spike")
                .field((t, y, p, dydt) -> dydt[0] = p[I] / p[TAU])
                .jacobian((t, y, p, jac) -> jac[0][0] = 0)
                .spikeRule(new SpikeRule() {
                    @Override
                    public double switching(double t, double[] y, double[] p) {
                        return y[0] - p[VTH];
                    }

                    @Override
                    public void reset(double t, double[] y, double[] p) {
                        y[0] = p[VRESET];
                    }
                })
                .initialState((p, y0) -> y0[0] = p[VRESET])
                .currentParameter("I")
                .build();
    }

    /** Contributes this model to the registry (extension point and {@code ServiceLoader}). */
    public static final class Provider implements ModelProvider {
        @Override
        public Model create() {
            return PerfectIntegratorModel.create();
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
