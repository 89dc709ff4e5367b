package org.neuropynamics.models;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelProvider;

/**
 * The one-dimensional persistent-sodium model (I_Na,p; Izhikevich 2007, ch. 3) with the course's values:
 * C V' = I - gL (V - EL) - gNa minf(V) (V - ENa), minf = 1/(1 + exp((Vhalf - V)/k)), instantaneous
 * activation. Units: mV, ms, uF/cm^2, mS/cm^2, uA/cm^2. At I = 0 it has three equilibria (-52.51, -40.29,
 * 30.86 mV; stable, unstable, stable); the lower two merge in a saddle-node bifurcation near
 * I = 15.78 uA/cm^2. Starts at the lowest equilibrium without input.
 */
public final class PersistentSodiumModel {

    /** Model id (public: models.tests data/catalogue-section4.csv). */
    public static final String ID = "inap";
    /** Display name. */
    public static final String NAME = "Persistent sodium (1-D)";

    private static final int C = 0;
    private static final int GL = 1;
    private static final int EL = 2;
    private static final int GNA = 3;
    private static final int ENA = 4;
    private static final int VHALF = 5;
    private static final int K = 6;
    private static final int I = 7;

    private PersistentSodiumModel() {
    }

    /** Builds the model. */
    public static Model create() {
        return Model.builder(ID)
                .name(NAME)
                .description("A neuron reduced to one variable: a leak and a fast, non-inactivating sodium "
                        + "current. Everything about its dynamics is in the graph of F(V) = dV/dt: "
                        + "equilibria are its zeros, stable where F decreases. It is bistable (rest and an "
                        + "excited state separated by a threshold) and shows a saddle-node bifurcation as I "
                        + "grows: the basic vocabulary of one-dimensional stability analysis.")
                .equationsLatex("\\begin{aligned} C \\dot V &= I - g_L (V - E_L) - g_{Na} m_\\infty(V) (V - E_{Na}) "
                        + "\\\\ m_\\infty(V) &= \\frac{1}{1 + e^{(V_{1/2} - V)/k}} \\end{aligned}")
                .variable("V", "mV", "membrane potential")
                .parameter("C", "uF/cm^2", 10, 1, 20, 0.5, "membrane capacitance")
                .parameter("gL", "mS/cm^2", 19, 0, 40, 0.5, "leak conductance")
                .parameter("EL", "mV", -67, -90, -40, 0.5, "leak reversal potential")
                .parameter("gNa", "mS/cm^2", 74, 0, 150, 1, "persistent sodium conductance")
                .parameter("ENa", "mV", 60, 30, 90, 1, "sodium reversal potential")
                .parameter("Vhalf", "mV", 1.5, -30, 30, 0.1, "half-activation voltage of m")
                .parameter("k", "mV", 16, 1, 30, 0.5, "slope factor of activation (> 0)")
                .parameter("I", "uA/cm^2", 0, 0, 20, 0.1, "injected current density")
                .field((t, y, p, dydt) -> dydt[0] = rate(y[0], p))
                .jacobian((t, y, p, jac) -> {
                    double v = y[0];
                    double m = mInf(v, p);
                    double dm = m * (1 - m) / p[K];
                    jac[0][0] = (-p[GL] - p[GNA] * (dm * (v - p[ENA]) + m)) / p[C];
                })
                .initialState((p, y0) -> {
                    double[] rest = p.clone();
                    rest[I] = 0;
                    y0[0] = RestingState.lowestRestingPotential(v -> rate(v, rest), p[EL]);
                })
                .currentParameter("I")
                .build();
    }

    private static double mInf(double v, double[] p) {
        return 1 / (1 + Math.exp((p[VHALF] - v) / p[K]));
    }

    /** F(V) = dV/dt. */
    private static double rate(double v, double[] p) {
        return (p[I] - p[GL] * (v - p[EL]) - p[GNA] * mInf(v, p) * (v - p[ENA])) / p[C];
    }

    /** Contributes this model to the registry (extension point and {@code ServiceLoader}). */
    public static final class Provider implements ModelProvider {
        @Override
        public Model create() {
            return PersistentSodiumModel.create();
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
