package org.neuropynamics.models;

import org.neuropynamics.core.model.Linoid;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelProvider;

/**
 * The Traub-Miles form of the Hodgkin-Huxley model used by the course and by Brian2's HH examples
 * ({@code IF_curve_Hodgkin_Huxley.py}): rate functions shifted by VT, a patch of membrane of the given area
 * with C = 1 uF/cm^2.
 * <p>
 * Units: conductances are densities in mS/cm^2 (the course's gL slider, 0..1e-4 S/cm^2, is 0..0.1 mS/cm^2
 * here), the area is in um^2 and the injected current I in nA, as in the course. The equations are divided
 * by the area, so the current enters as the density I / area = 1e5 I[nA] / area[um^2] uA/cm^2; this is the
 * same system as Brian2's, whose whole-cell conductances are densities times area. Starts at the resting
 * state without input.
 */
public final class TraubMilesModel {

    /** Model id (public: models.tests data/catalogue-section4.csv). */
    public static final String ID = "hh-traub";
    /** Display name. */
    public static final String NAME = "Hodgkin-Huxley (Traub-Miles)";
    /** Membrane capacitance density in uF/cm^2 (fixed, as in the course). */
    public static final double CAPACITANCE = 1.0;
    /** nA / um^2 to uA/cm^2: 1e-3 uA / 1e-8 cm^2. */
    static final double NA_PER_UM2_TO_UA_PER_CM2 = 1e5;

    static final int GNA = 0;
    static final int GK = 1;
    static final int GL = 2;
    static final int ENA = 3;
    static final int EK = 4;
    static final int EL = 5;
    static final int VT = 6;
    static final int AREA = 7;
    static final int I = 8;

    private TraubMilesModel() {
    }

    /** Builds the model. */
    public static Model create() {
        return Model.builder(ID)
                .name(NAME)
                .description("A Hodgkin-Huxley-type model of a cortical neuron (Traub and Miles 1991) whose "
                        + "rate functions are shifted by the threshold parameter VT. It is the model of the "
                        + "course's single-neuron and delay-line notebooks and of Brian2's HH examples: a "
                        + "small patch of membrane (area) driven by a current in nA, firing with a sharp "
                        + "threshold and a high rate once the current exceeds rheobase.")
                .equationsLatex("\\begin{aligned} C \\dot V &= g_L (E_L - V) - g_{Na} m^3 h (V - E_{Na}) "
                        + "- g_K n^4 (V - E_K) + I / A \\\\ "
                        + "\\dot x &= \\alpha_x(V)(1 - x) - \\beta_x(V)\\, x, \\quad x \\in \\{m, h, n\\} \\\\ "
                        + "\\alpha_m &= \\frac{0.32 (13 - V + V_T)}{e^{(13 - V + V_T)/4} - 1}, \\quad "
                        + "\\beta_m = \\frac{0.28 (V - V_T - 40)}{e^{(V - V_T - 40)/5} - 1} \\\\ "
                        + "\\alpha_h &= 0.128\\, e^{(17 - V + V_T)/18}, \\quad "
                        + "\\beta_h = \\frac{4}{1 + e^{(40 - V + V_T)/5}} \\\\ "
                        + "\\alpha_n &= \\frac{0.032 (15 - V + V_T)}{e^{(15 - V + V_T)/5} - 1}, \\quad "
                        + "\\beta_n = 0.5\\, e^{(10 - V + V_T)/40} \\end{aligned}")
                .variable("V", "mV", "membrane potential")
                .variable("m", "", "sodium activation")
                .variable("h", "", "sodium inactivation")
                .variable("n", "", "potassium activation")
                .parameter("gNa", "mS/cm^2", 100, 80, 160, 1, "maximal sodium conductance density")
                .parameter("gK", "mS/cm^2", 30, 0, 70, 1, "maximal potassium conductance density")
                .parameter("gL", "mS/cm^2", 0.05, 0, 0.1, 0.001, "leak conductance density")
                .parameter("ENa", "mV", 50, 20, 80, 1, "sodium reversal potential")
                .parameter("EK", "mV", -90, -100, -50, 1, "potassium reversal potential")
                .parameter("EL", "mV", -65, -70, -40, 1, "leak reversal potential")
                .parameter("VT", "mV", -63, -70, -50, 0.5, "threshold shift of the rate functions")
                .parameter("area", "um^2", 20000, 1000, 100000, 1000, "membrane area of the patch")
                .parameter("I", "nA", 0.3, 0, 1, 0.01, "injected current")
                .field(TraubMilesModel::derivatives)
                .jacobian(TraubMilesJacobian::jacobian)
                .initialState(TraubMilesModel::restingState)
                .spikeDetectionThreshold(0)
                .currentParameter("I")
                .build();
    }

    public static double alphaM(double v, double vt) { return 1.28 * Linoid.value((v - vt - 13) / 4); }
    public static double betaM(double v, double vt) { return 1.4 * Linoid.value((vt + 40 - v) / 5); }
    public static double alphaH(double v, double vt) { return 0.128 * Math.exp((17 - v + vt) / 18); }
    public static double betaH(double v, double vt) { return 4 / (1 + Math.exp((40 - v + vt) / 5)); }
    public static double alphaN(double v, double vt) { return 0.16 * Linoid.value((v - vt - 15) / 5); }
    public static double betaN(double v, double vt) { return 0.5 * Math.exp((10 - v + vt) / 40); }

    private static void derivatives(double t, double[] y, double[] p, double[] dydt) {
        double v = y[0];
        double m = y[1];
        double h = y[2];
        double n = y[3];
        double vt = p[VT];
        double n2 = n * n;
        double ionic = p[GL] * (p[EL] - v) - p[GNA] * m * m * m * h * (v - p[ENA])
                - p[GK] * n2 * n2 * (v - p[EK]);
        dydt[0] = (ionic + NA_PER_UM2_TO_UA_PER_CM2 * p[I] / p[AREA]) / CAPACITANCE;
        dydt[1] = alphaM(v, vt) * (1 - m) - betaM(v, vt) * m;
        dydt[2] = alphaH(v, vt) * (1 - h) - betaH(v, vt) * h;
        dydt[3] = alphaN(v, vt) * (1 - n) - betaN(v, vt) * n;
    }

    private static void restingState(double[] p, double[] y0) {
        double vt = p[VT];
        double v = RestingState.lowestRestingPotential(x -> {
            double m = steady(alphaM(x, vt), betaM(x, vt));
            double h = steady(alphaH(x, vt), betaH(x, vt));
            double n = steady(alphaN(x, vt), betaN(x, vt));
            return p[GL] * (p[EL] - x) - p[GNA] * m * m * m * h * (x - p[ENA])
                    - p[GK] * n * n * n * n * (x - p[EK]);
        }, p[EL]);
        y0[0] = v;
        y0[1] = steady(alphaM(v, vt), betaM(v, vt));
        y0[2] = steady(alphaH(v, vt), betaH(v, vt));
        y0[3] = steady(alphaN(v, vt), betaN(v, vt));
    }

    private static double steady(double alpha, double beta) {
        return alpha / (alpha + beta);
    }

    /** Contributes this model to the registry (extension point and {@code ServiceLoader}). */
    public static final class Provider implements ModelProvider {
        @Override
        public Model create() {
            return TraubMilesModel.create();
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
