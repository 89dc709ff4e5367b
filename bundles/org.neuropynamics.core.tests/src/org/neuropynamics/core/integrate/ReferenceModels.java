package org.neuropynamics.core.integrate;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;

/**
 * Models written inline for the solver tests with the parameters of docs/reference-values.md, so
 * the core's tests do not depend on the catalogue bundle.
 */
public final class ReferenceModels {

    private ReferenceModels() {
    }

    /** LIF (reference README): tau 10 ms, EL = Vreset = -70 mV, Vth -50 mV, tref 2 ms, I in mV. */
    public static Model lif(double current) {
        return Model.builder("lif")
                .variable("v", "mV", "membrane potential")
                .parameter("I", "mV", current, -100, 100, 1, "input")
                .parameter("tau", "ms", 10, 1, 30, 1, "time constant")
                .parameter("EL", "mV", -70, -85, 0, 1, "rest")
                .parameter("Vth", "mV", -50, -80, 0, 1, "threshold")
                .parameter("Vreset", "mV", -70, -90, 0, 1, "reset")
                .parameter("tref", "ms", 2, 0, 10, 0.5, "refractory period")
                .field((t, y, p, d) -> d[0] = (p[2] - y[0] + p[0]) / p[1])
                .initialState((p, y) -> y[0] = p[2])
                .spikeRule(new SpikeRule() {
                    @Override
                    public double switching(double t, double[] y, double[] p) {
                        return y[0] - p[3];
                    }

                    @Override
                    public void reset(double t, double[] y, double[] p) {
                        y[0] = p[4];
                    }

                    @Override
                    public double refractoryPeriod(double[] p) {
                        return p[5];
                    }

                    @Override
                    public int[] clampedVariables() {
                        return new int[] {0};
                    }
                })
                .build();
    }

    /** Closed-form LIF rate in Hz: 1 / (tref + tau ln(I / (I - (Vth - EL)))). */
    public static double lifRate(double current) {
        return 1000 / (2 + 10 * Math.log(current / (current - 20)));
    }

    /** Izhikevich 2003 regular spiking (a .02, b .2, c -65, d 8), peak 30 mV, v0 = -65, u0 = b v0. */
    public static Model izhikevich() {
        return Model.builder("izhikevich")
                .variable("v", "mV", "membrane potential")
                .variable("u", "mV/ms", "recovery")
                .parameter("a", "", 0.02, 0, 0.15, 0.01, "")
                .parameter("b", "", 0.2, 0, 0.35, 0.01, "")
                .parameter("c", "mV", -65, -75, -40, 1, "")
                .parameter("d", "", 8, 0, 10, 1, "")
                .parameter("I", "", 10, 0, 40, 1, "")
                .parameter("vpeak", "mV", 30, 0, 40, 1, "")
                .field((t, y, p, d) -> {
                    d[0] = 0.04 * y[0] * y[0] + 5 * y[0] + 140 - y[1] + p[4];
                    d[1] = p[0] * (p[1] * y[0] - y[1]);
                })
                .initialState((p, y) -> {
                    y[0] = -65;
                    y[1] = p[1] * -65;
                })
                .spikeRule(new SpikeRule() {
                    @Override
                    public double switching(double t, double[] y, double[] p) {
                        return y[0] - p[5];
                    }

                    @Override
                    public void reset(double t, double[] y, double[] p) {
                        y[0] = p[2];
                        y[1] += p[3];
                    }
                })
                .build();
    }

    /** FitzHugh-Nagumo (reference README: a 0.7, b 0.8, tau 12.5). */
    public static Model fitzHughNagumo(double current) {
        return Model.builder("fitzhugh-nagumo")
                .variable("v", "", "fast variable")
                .variable("w", "", "recovery")
                .parameter("a", "", 0.7, 0, 1, 0.01, "")
                .parameter("b", "", 0.8, 0.5, 1.5, 0.01, "")
                .parameter("tau", "", 12.5, 0.01, 20, 0.01, "")
                .parameter("I", "", current, 0, 3, 0.01, "")
                .field((t, y, p, d) -> {
                    d[0] = y[0] - y[0] * y[0] * y[0] / 3 - y[1] + p[3];
                    d[1] = (y[0] + p[0] - p[1] * y[1]) / p[2];
                })
                .initialState(-1.2, -0.6)
                .build();
    }

    /** Persistent sodium 1-D model (reference README: C 10, gL 19, EL -67, gNa 74, ENa 60, Vhalf 1.5, k 16). */
    public static Model persistentSodium(double current) {
        return Model.builder("inap")
                .variable("V", "mV", "membrane potential")
                .parameter("I", "", current, 0, 20, 1, "")
                .field((t, y, p, d) -> {
                    double v = y[0];
                    double minf = 1 / (1 + Math.exp((1.5 - v) / 16));
                    d[0] = (p[0] - 19 * (v + 67) - 74 * minf * (v - 60)) / 10;
                })
                .initialState(-60)
                .build();
    }

    /** A system given by its field only, with no parameters, for exact-solution tests. */
    public static Model system(String id, org.neuropynamics.core.model.VectorField field, double... y0) {
        Model.Builder b = Model.builder(id).currentParameter(null).field(field).initialState(y0);
        String[] names = {"x", "y", "z", "w", "q"};
        for (int i = 0; i < y0.length; i++) {
            b.variable(names[i], "", "");
        }
        return b.build();
    }
}
