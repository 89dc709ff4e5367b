package org.neuropynamics.core.integrate;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;

/**
 * The switching function of a run: the model's {@link SpikeRule}, or, for models without one, variable 0
 * minus {@link Model#spikeDetectionThreshold()} (a spike is counted at each upward crossing, nothing reset).
 */
final class SpikeDetector {

    private final SpikeRule rule;
    private final double threshold;
    private final double[] p;

    SpikeDetector(Model model, double[] p) {
        this.rule = model.spikeRule();
        this.threshold = model.spikeDetectionThreshold();
        this.p = p;
    }

    double switching(double t, double[] y) {
        return rule != null ? rule.switching(t, y, p) : y[0] - threshold;
    }

    /** True when an event changes the state (so the step must restart from the event). */
    boolean resets() {
        return rule != null;
    }

    void reset(double t, double[] y) {
        rule.reset(t, y, p);
    }

    /** Refractory period in ms (0 without a rule). */
    double refractoryPeriod() {
        return rule == null ? 0 : rule.refractoryPeriod(p);
    }

    /**
     * Finds theta in (0, 1] with g(theta) = 0 by the Illinois variant of regula falsi, given g(0) &lt; 0 &lt;=
     * g(1). Converges superlinearly; stops at a bracket of 1e-13 or after 200 iterations.
     */
    static double locate(ScalarFunction g, double g0, double g1) {
        double a = 0;
        double b = 1;
        double fa = g0;
        double fb = g1;
        if (fb == 0) {
            // the root may still be earlier; bisect for the first point where g is not negative
            fb = Double.MIN_VALUE;
        }
        int side = 0;
        for (int it = 0; it < 200 && b - a > 1e-13; it++) {
            double x = (a * fb - b * fa) / (fb - fa);
            if (!(x > a && x < b)) {
                x = 0.5 * (a + b);
            }
            double fx = g.value(x);
            if (fx >= 0) {
                b = x;
                fb = fx == 0 ? Double.MIN_VALUE : fx;
                if (side == -1) {
                    fa *= 0.5;
                }
                side = -1;
            } else {
                a = x;
                fa = fx;
                if (side == 1) {
                    fb *= 0.5;
                }
                side = 1;
            }
        }
        return b;
    }

    /** A scalar function of the fraction of a step. */
    @FunctionalInterface
    interface ScalarFunction {
        double value(double theta);
    }
}
