package org.neuropynamics.bifurcation.sweep;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;

/**
 * The LIF model written inline for the sweep tests (the core tests' {@code ReferenceModels}, the part these
 * tests use; a fragment cannot see another fragment's classes).
 */
final class ReferenceModels {

    private ReferenceModels() {
    }

    /** LIF (reference README): tau 10 ms, EL = Vreset = -70 mV, Vth -50 mV, tref 2 ms, I in mV. */
    static Model lif(double current) {
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
    static double lifRate(double current) {
        return 1000 / (2 + 10 * Math.log(current / (current - 20)));
    }
}
