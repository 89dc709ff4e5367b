package org.neuropynamics.stability.phaseplane;

import org.neuropynamics.core.model.Model;

/**
 * Morris-Lecar written inline for the core's tests (the catalogue bundle is not a dependency of the core):
 * the Rinzel-Ermentrout form and Hopf parameter set of the catalogue (C 20, gCa 4.4, gK 8, gL 2, VCa 120,
 * VK -84, VL -60, V1 -1.2, V2 18, V3 2, V4 30, phi 0.04, I 100).
 */
final class MorrisLecar {

    private MorrisLecar() {
    }

    static Model model() {
        return Model.builder("morris-lecar").variable("V", "mV", "").variable("w", "", "")
                .parameter("I", "uA/cm^2", 100, 0, 300, 1, "")
                .field((t, y, p, d) -> {
                    double[] r = rates(y[0], y[1], p);
                    d[0] = r[0];
                    d[1] = r[1];
                })
                .initialState(-60, 0.01).build();
    }

    static double mInf(double v) {
        return 0.5 * (1 + Math.tanh((v + 1.2) / 18));
    }

    static double wInf(double v) {
        return 0.5 * (1 + Math.tanh((v - 2) / 30));
    }

    static double[] rates(double v, double w, double[] p) {
        double dv = (p[0] - 2 * (v + 60) - 4.4 * mInf(v) * (v - 120) - 8 * w * (v + 84)) / 20;
        double dw = 0.04 * (wInf(v) - w) * Math.cosh((v - 2) / 60);
        return new double[] {dv, dw};
    }

    /** The V-nullcline solved for w (pole at V = VK = -84). */
    static double vNullcline(double v, double[] p) {
        return (p[0] - 2 * (v + 60) - 4.4 * mInf(v) * (v - 120)) / (8 * (v + 84));
    }
}
