package org.neuropynamics.models;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.registry.ModelProvider;

/**
 * Leaky integrate-and-fire neuron: dv/dt = (EL - v + I)/tau, v &gt; Vth: v = Vreset, then v is held at
 * Vreset for the refractory period tref. I is in mV (current times membrane resistance).
 * <p>
 * tref defaults to 0 ms as in the course notebook (which had no refractoriness); the reference rates of
 * docs/reference-values.md use tref = 2 ms, tau = 10 ms, EL = Vreset = -70 mV, set explicitly.
 */
public final class LeakyIntegrateAndFireModel {

    /** Model id (public: models.tests data/catalogue-section4.csv). */
    public static final String ID = "lif";
    /** Display name. */
    public static final String NAME = "Leaky integrate-and-fire";

    private static final int I = 0;
    private static final int TAU = 1;
    private static final int EL = 2;
    private static final int VTH = 3;
    private static final int VRESET = 4;
    private static final int TREF = 5;

    private LeakyIntegrateAndFireModel() {
    }

    /** Builds the model; it starts at rest, v = EL. */
    public static Model create() {
        return Model.builder(ID)
                .name(NAME)
                .description("The membrane relaxes towards EL + I with time constant tau; when it crosses the "
                        + "threshold a spike is recorded and the potential is reset. Unlike the perfect "
                        + "integrator it has a rheobase: an input below Vth - EL never makes it fire, and the "
                        + "rate between spikes follows the closed form 1 / (tref + tau ln(I / (I - (Vth - EL)))) "
                        + "when EL = Vreset.")
                .equationsLatex("\\tau \\frac{dv}{dt} = E_L - v + I, \\qquad "
                        + "v > V_{th} \\Rightarrow v \\leftarrow V_{reset} \\text{ for } t_{ref}")
                .variable("v", "mV", "membrane potential")
                .parameter("I", "mV", 10, 0, 40, 1, "input (current times membrane resistance)")
                .parameter("tau", "ms", 20, 1, 30, 1, "membrane time constant")
                .parameter("EL", "mV", -59, -85, 0, 1, "leak reversal (resting) potential")
                .parameter("Vth", "mV", -50, -70, 0, 1, "spike threshold")
                .parameter("Vreset", "mV", -70, -90, -40, 1, "reset potential after a spike")
                .parameter("tref", "ms", 0, 0, 10, 0.1, "refractory period (v held at Vreset)")
                .field((t, y, p, dydt) -> dydt[0] = (p[EL] - y[0] + p[I]) / p[TAU])
                .jacobian((t, y, p, jac) -> jac[0][0] = -1 / p[TAU])
                .spikeRule(new SpikeRule() {
                    @Override
                    public double switching(double t, double[] y, double[] p) {
                        return y[0] - p[VTH];
                    }

                    @Override
                    public void reset(double t, double[] y, double[] p) {
                        y[0] = p[VRESET];
                    }

                    @Override
                    public double refractoryPeriod(double[] p) {
                        return p[TREF];
                    }

                    @Override
                    public int[] clampedVariables() {
                        return new int[] {0};
                    }
                })
                .initialState((p, y0) -> y0[0] = p[EL])
                .currentParameter("I")
                .build();
    }

    /** Contributes this model to the registry (extension point and {@code ServiceLoader}). */
    public static final class Provider implements ModelProvider {
        @Override
        public Model create() {
            return LeakyIntegrateAndFireModel.create();
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
