package org.neuropynamics.models;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.registry.ModelProvider;

/**
 * Adaptive exponential integrate-and-fire neuron (Brette and Gerstner 2005) with the course's values
 * (section 5): C V' = gL (EL - V) + gL DeltaT exp((V - VT)/DeltaT) + I - w, tauw w' = a (V - EL) - w;
 * V &gt; VT + 5 DeltaT: V = Vr, w += b.
 * <p>
 * Units: C in pF, gL and a in nS, I, b and the adaptation current w in nA, potentials in mV, time in ms.
 * nS times mV is pA and pA / pF is mV/ms, so currents in nA are multiplied by 1000 in the V equation and
 * a (V - EL) is divided by 1000 in the w equation. Starts at V = EL, w = 0.
 */
public final class AdaptiveExponentialModel {

    /** Model id (public: models.tests data/catalogue-section4.csv). */
    public static final String ID = "adex";
    /** Display name. */
    public static final String NAME = "Adaptive exponential integrate-and-fire";
    /** pA per nA. */
    static final double PA_PER_NA = 1000;

    private static final int C = 0;
    private static final int GL = 1;
    private static final int EL = 2;
    private static final int VT = 3;
    private static final int DELTA_T = 4;
    private static final int TAUW = 5;
    private static final int A = 6;
    private static final int B = 7;
    private static final int VR = 8;
    private static final int I = 9;

    private AdaptiveExponentialModel() {
    }

    /** Builds the model. */
    public static Model create() {
        return Model.builder(ID)
                .name(NAME)
                .description("An integrate-and-fire neuron with an exponential spike-initiation current and "
                        + "an adaptation current w that grows with each spike (b) and with subthreshold "
                        + "depolarisation (a). With few parameters it fits cortical neurons and shows "
                        + "adaptation, bursting and irregular firing; sweeping the reset Vr near -48 mV "
                        + "leads through period doubling into chaos, seen in spike-triggered Poincare "
                        + "sections of w.")
                .equationsLatex("\\begin{aligned} C \\dot V &= g_L (E_L - V) + g_L \\Delta_T "
                        + "e^{(V - V_T)/\\Delta_T} + I - w \\\\ "
                        + "\\tau_w \\dot w &= a (V - E_L) - w \\\\ "
                        + "V > V_T + 5 \\Delta_T &\\Rightarrow V \\leftarrow V_r,\\; w \\leftarrow w + b "
                        + "\\end{aligned}")
                .variable("V", "mV", "membrane potential")
                .variable("w", "nA", "adaptation current")
                .parameter("C", "pF", 281, 100, 500, 1, "membrane capacitance")
                .parameter("gL", "nS", 30, 10, 60, 0.5, "leak conductance")
                .parameter("EL", "mV", -70.6, -80, -60, 0.1, "leak reversal potential")
                .parameter("VT", "mV", -50.4, -60, -40, 0.1, "effective threshold potential")
                .parameter("DeltaT", "mV", 2, 0.5, 5, 0.1, "sharpness of spike initiation (> 0)")
                .parameter("tauw", "ms", 40, 10, 200, 1, "adaptation time constant")
                .parameter("a", "nS", 4, 0, 10, 0.1, "subthreshold adaptation")
                .parameter("b", "nA", 0.08, 0, 0.5, 0.005, "spike-triggered adaptation increment")
                .parameter("Vr", "mV", -70.6, -75, -40, 0.1, "reset potential")
                .parameter("I", "nA", 0.8, 0, 2, 0.01, "injected current")
                .field((t, y, p, dydt) -> {
                    double v = y[0];
                    double spikeCurrent = p[GL] * p[DELTA_T] * Math.exp((v - p[VT]) / p[DELTA_T]);
                    dydt[0] = (p[GL] * (p[EL] - v) + spikeCurrent + PA_PER_NA * (p[I] - y[1])) / p[C];
                    dydt[1] = (p[A] * (v - p[EL]) / PA_PER_NA - y[1]) / p[TAUW];
                })
                .jacobian((t, y, p, jac) -> {
                    jac[0][0] = p[GL] * (Math.exp((y[0] - p[VT]) / p[DELTA_T]) - 1) / p[C];
                    jac[0][1] = -PA_PER_NA / p[C];
                    jac[1][0] = p[A] / PA_PER_NA / p[TAUW];
                    jac[1][1] = -1 / p[TAUW];
                })
                .spikeRule(new SpikeRule() {
                    @Override
                    public double switching(double t, double[] y, double[] p) {
                        return y[0] - (p[VT] + 5 * p[DELTA_T]);
                    }

                    @Override
                    public void reset(double t, double[] y, double[] p) {
                        y[0] = p[VR];
                        y[1] += p[B];
                    }
                })
                .initialState((p, y0) -> {
                    y0[0] = p[EL];
                    y0[1] = 0;
                })
                .currentParameter("I")
                .build();
    }

    /** Contributes this model to the registry (extension point and {@code ServiceLoader}). */
    public static final class Provider implements ModelProvider {
        @Override
        public Model create() {
            return AdaptiveExponentialModel.create();
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
