package org.neuropynamics.models;

import java.util.Map;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Preset;
import org.neuropynamics.core.registry.ModelProvider;

/**
 * Morris-Lecar model in the form of Rinzel and Ermentrout (1989; Ermentrout and Terman 2010, ch. 3):
 * C V' = I - gL (V - VL) - gCa minf(V) (V - VCa) - gK w (V - VK), w' = phi (winf(V) - w) / tauw(V), with
 * minf = (1 + tanh((V - V1)/V2))/2, winf = (1 + tanh((V - V3)/V4))/2, tauw = 1/cosh((V - V3)/(2 V4)).
 * Units: mV, ms, uF/cm^2, mS/cm^2, uA/cm^2. The defaults are the Hopf (type II) set; presets add the
 * saddle-node-on-invariant-circle (type I) and homoclinic sets. Starts at rest without input.
 */
public final class MorrisLecarModel {

    /** Model id (public: models.tests data/catalogue-section4.csv). */
    public static final String ID = "morris-lecar";
    /** Display name. */
    public static final String NAME = "Morris-Lecar";

    static final int C = 0;
    static final int GCA = 1;
    static final int GK = 2;
    static final int GL = 3;
    static final int VCA = 4;
    static final int VK = 5;
    static final int VL = 6;
    static final int V1 = 7;
    static final int V2 = 8;
    static final int V3 = 9;
    static final int V4 = 10;
    static final int PHI = 11;
    static final int I = 12;

    private MorrisLecarModel() {
    }

    /** Builds the model with the Hopf, SNIC and homoclinic presets. */
    public static Model create() {
        return Model.builder(ID)
                .name(NAME)
                .description("A two-dimensional conductance-based model of the barnacle muscle fibre: an "
                        + "instantaneous calcium current and a slower potassium gate w. With the Hopf set the "
                        + "onset of firing is abrupt at a non-zero frequency (class II); with the SNIC set "
                        + "the rest state vanishes on a limit cycle and the firing rate starts from zero "
                        + "(class I). Its phase plane shows both mechanisms.")
                .equationsLatex("\\begin{aligned} C \\dot V &= I - g_L (V - V_L) - g_{Ca} m_\\infty(V) (V - V_{Ca}) "
                        + "- g_K w (V - V_K) \\\\ "
                        + "\\dot w &= \\phi \\frac{w_\\infty(V) - w}{\\tau_w(V)} \\\\ "
                        + "m_\\infty &= \\tfrac12 \\left(1 + \\tanh\\frac{V - V_1}{V_2}\\right), \\quad "
                        + "w_\\infty = \\tfrac12 \\left(1 + \\tanh\\frac{V - V_3}{V_4}\\right), \\quad "
                        + "\\tau_w = \\frac{1}{\\cosh\\frac{V - V_3}{2 V_4}} \\end{aligned}")
                .variable("V", "mV", "membrane potential")
                .variable("w", "", "potassium activation")
                .parameter("C", "uF/cm^2", 20, 1, 40, 0.5, "membrane capacitance")
                .parameter("gCa", "mS/cm^2", 4.4, 0, 10, 0.1, "maximal calcium conductance")
                .parameter("gK", "mS/cm^2", 8, 0, 20, 0.1, "maximal potassium conductance")
                .parameter("gL", "mS/cm^2", 2, 0, 5, 0.1, "leak conductance")
                .parameter("VCa", "mV", 120, 50, 150, 1, "calcium reversal potential")
                .parameter("VK", "mV", -84, -100, -50, 1, "potassium reversal potential")
                .parameter("VL", "mV", -60, -80, -40, 1, "leak reversal potential")
                .parameter("V1", "mV", -1.2, -20, 20, 0.1, "half-activation of the calcium current")
                .parameter("V2", "mV", 18, 1, 40, 0.1, "slope of calcium activation (> 0)")
                .parameter("V3", "mV", 2, -30, 30, 0.1, "half-activation of the potassium gate")
                .parameter("V4", "mV", 30, 1, 40, 0.1, "slope of potassium activation (> 0)")
                .parameter("phi", "1/ms", 0.04, 0.01, 0.5, 0.001, "rate scale of the potassium gate")
                .parameter("I", "uA/cm^2", 100, 0, 300, 1, "injected current density")
                .preset(new Preset("Hopf (class II)", Map.of("gCa", 4.4, "V3", 2.0, "V4", 30.0, "phi", 0.04)))
                .preset(new Preset("SNIC (class I)", Map.of("gCa", 4.0, "V3", 12.0, "V4", 17.4, "phi", 1 / 15.0)))
                .preset(new Preset("Homoclinic", Map.of("gCa", 4.0, "V3", 12.0, "V4", 17.4, "phi", 0.23)))
                .field(MorrisLecarModel::derivatives)
                .jacobian(MorrisLecarModel::jacobian)
                .initialState(MorrisLecarModel::restingState)
                .spikeDetectionThreshold(0)
                .currentParameter("I")
                .build();
    }

    public static double mInf(double v, double[] p) { return 0.5 * (1 + Math.tanh((v - p[V1]) / p[V2])); }
    public static double wInf(double v, double[] p) { return 0.5 * (1 + Math.tanh((v - p[V3]) / p[V4])); }

    private static double current(double v, double w, double[] p) {
        return -p[GL] * (v - p[VL]) - p[GCA] * mInf(v, p) * (v - p[VCA]) - p[GK] * w * (v - p[VK]);
    }

    private static void derivatives(double t, double[] y, double[] p, double[] dydt) {
        double v = y[0];
        dydt[0] = (p[I] + current(v, y[1], p)) / p[C];
        dydt[1] = p[PHI] * (wInf(v, p) - y[1]) * Math.cosh((v - p[V3]) / (2 * p[V4]));
    }

    private static void jacobian(double t, double[] y, double[] p, double[][] jac) {
        double v = y[0];
        double w = y[1];
        double sechM = 1 / Math.cosh((v - p[V1]) / p[V2]);
        double dmInf = 0.5 * sechM * sechM / p[V2];
        double xi = (v - p[V3]) / p[V4];
        double sechW = 1 / Math.cosh(xi);
        double dwInf = 0.5 * sechW * sechW / p[V4];
        double rate = p[PHI] * Math.cosh(xi / 2);
        jac[0][0] = (-p[GL] - p[GCA] * (dmInf * (v - p[VCA]) + mInf(v, p)) - p[GK] * w) / p[C];
        jac[0][1] = -p[GK] * (v - p[VK]) / p[C];
        jac[1][0] = rate * dwInf + p[PHI] * (wInf(v, p) - w) * Math.sinh(xi / 2) / (2 * p[V4]);
        jac[1][1] = -rate;
    }

    private static void restingState(double[] p, double[] y0) {
        double v = RestingState.lowestRestingPotential(x -> current(x, wInf(x, p), p), p[VL]);
        y0[0] = v;
        y0[1] = wInf(v, p);
    }

    /** Contributes this model to the registry (extension point and {@code ServiceLoader}). */
    public static final class Provider implements ModelProvider {
        @Override
        public Model create() {
            return MorrisLecarModel.create();
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
