package org.neuropynamics.models;

import org.neuropynamics.core.model.HodgkinHuxleyRates;
import org.neuropynamics.core.model.Linoid;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelProvider;

/**
 * The classic Hodgkin-Huxley (1952) squid-axon model in the modern convention (rest near -65 mV):
 * C V' = I - gNa m^3 h (V - ENa) - gK n^4 (V - EK) - gL (V - EL), x' = alpha_x(V) (1 - x) - beta_x(V) x.
 * Units: mV, ms, uF/cm^2, mS/cm^2, uA/cm^2. The removable singularities of alpha_m at V = -40 mV and of
 * alpha_n at V = -55 mV are evaluated by a series ({@link Linoid}, through {@link HodgkinHuxleyRates}). The model starts at its resting state
 * without input (I = 0), solved for the given parameters.
 */
public final class HodgkinHuxleyModel {

    /** Model id (public: models.tests data/catalogue-section4.csv). */
    public static final String ID = "hodgkin-huxley";
    /** Display name. */
    public static final String NAME = "Hodgkin-Huxley";

    static final int C = 0;
    static final int GNA = 1;
    static final int GK = 2;
    static final int GL = 3;
    static final int ENA = 4;
    static final int EK = 5;
    static final int EL = 6;
    static final int I = 7;

    private HodgkinHuxleyModel() {
    }

    /** Builds the model. */
    public static Model create() {
        return Model.builder(ID)
                .name(NAME)
                .description("The conductance-based model of the action potential in the squid giant axon. "
                        + "A fast sodium activation m, a slower sodium inactivation h and potassium "
                        + "activation n open and close with voltage-dependent rates; the spike is the "
                        + "regenerative opening of sodium channels, ended by inactivation and the delayed "
                        + "potassium current. The rest state loses stability in a subcritical Hopf "
                        + "bifurcation near I = 9.78 uA/cm^2.")
                .equationsLatex("\\begin{aligned} C \\dot V &= I - g_{Na} m^3 h (V - E_{Na}) "
                        + "- g_K n^4 (V - E_K) - g_L (V - E_L) \\\\ "
                        + "\\dot x &= \\alpha_x(V)(1 - x) - \\beta_x(V)\\, x, \\quad x \\in \\{m, h, n\\} \\\\ "
                        + "\\alpha_m &= \\frac{0.1 (V + 40)}{1 - e^{-(V + 40)/10}}, \\quad "
                        + "\\beta_m = 4 e^{-(V + 65)/18} \\\\ "
                        + "\\alpha_h &= 0.07 e^{-(V + 65)/20}, \\quad "
                        + "\\beta_h = \\frac{1}{1 + e^{-(V + 35)/10}} \\\\ "
                        + "\\alpha_n &= \\frac{0.01 (V + 55)}{1 - e^{-(V + 55)/10}}, \\quad "
                        + "\\beta_n = 0.125 e^{-(V + 65)/80} \\end{aligned}")
                .variable("V", "mV", "membrane potential")
                .variable("m", "", "sodium activation")
                .variable("h", "", "sodium inactivation")
                .variable("n", "", "potassium activation")
                .parameter("C", "uF/cm^2", 1, 0.5, 2, 0.05, "membrane capacitance")
                .parameter("gNa", "mS/cm^2", 120, 0, 200, 1, "maximal sodium conductance")
                .parameter("gK", "mS/cm^2", 36, 0, 100, 1, "maximal potassium conductance")
                .parameter("gL", "mS/cm^2", 0.3, 0, 1, 0.01, "leak conductance")
                .parameter("ENa", "mV", 50, 20, 80, 1, "sodium reversal potential")
                .parameter("EK", "mV", -77, -100, -50, 1, "potassium reversal potential")
                .parameter("EL", "mV", -54.387, -80, -40, 0.1, "leak reversal potential")
                .parameter("I", "uA/cm^2", 10, -20, 100, 0.1, "injected current density")
                .field(HodgkinHuxleyModel::derivatives)
                .jacobian(HodgkinHuxleyJacobian::jacobian)
                .initialState(HodgkinHuxleyModel::restingState)
                .spikeDetectionThreshold(0)
                .currentParameter("I")
                .build();
    }

    // the rates are the workbench's one HH rate set, core.model.HodgkinHuxleyRates
    public static double alphaM(double v) { return HodgkinHuxleyRates.alphaM(v); }
    public static double betaM(double v) { return HodgkinHuxleyRates.betaM(v); }
    public static double alphaH(double v) { return HodgkinHuxleyRates.alphaH(v); }
    public static double betaH(double v) { return HodgkinHuxleyRates.betaH(v); }
    public static double alphaN(double v) { return HodgkinHuxleyRates.alphaN(v); }
    public static double betaN(double v) { return HodgkinHuxleyRates.betaN(v); }

    private static void derivatives(double t, double[] y, double[] p, double[] dydt) {
        double v = y[0];
        double m = y[1];
        double h = y[2];
        double n = y[3];
        double n2 = n * n;
        double iNa = p[GNA] * m * m * m * h * (v - p[ENA]);
        double iK = p[GK] * n2 * n2 * (v - p[EK]);
        double iL = p[GL] * (v - p[EL]);
        dydt[0] = (p[I] - iNa - iK - iL) / p[C];
        dydt[1] = alphaM(v) * (1 - m) - betaM(v) * m;
        dydt[2] = alphaH(v) * (1 - h) - betaH(v) * h;
        dydt[3] = alphaN(v) * (1 - n) - betaN(v) * n;
    }

    /** Resting state at I = 0: gates at their steady state, V where the total current vanishes. */
    private static void restingState(double[] p, double[] y0) {
        double v = RestingState.lowestRestingPotential(x -> steadyStateDvdt(x, p), p[EL]);
        y0[0] = v;
        y0[1] = steady(alphaM(v), betaM(v));
        y0[2] = steady(alphaH(v), betaH(v));
        y0[3] = steady(alphaN(v), betaN(v));
    }

    private static double steadyStateDvdt(double v, double[] p) {
        double m = steady(alphaM(v), betaM(v));
        double h = steady(alphaH(v), betaH(v));
        double n = steady(alphaN(v), betaN(v));
        return -(p[GNA] * m * m * m * h * (v - p[ENA]) + p[GK] * n * n * n * n * (v - p[EK])
                + p[GL] * (v - p[EL])) / p[C];
    }

    private static double steady(double alpha, double beta) {
        return alpha / (alpha + beta);
    }

    /** Contributes this model to the registry (extension point and {@code ServiceLoader}). */
    public static final class Provider implements ModelProvider {
        @Override
        public Model create() {
            return HodgkinHuxleyModel.create();
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
