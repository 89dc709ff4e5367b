package org.neuropynamics.core.integrate;

import java.util.Arrays;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;

/**
 * The events of a run: the model's {@link SpikeRule} (one threshold, or several XPPAUT {@code global} events
 * with their own directions), or, for models without one, variable 0 minus
 * {@link Model#spikeDetectionThreshold()} (a spike is counted at each upward crossing, nothing reset).
 * <p>
 * The run loops call {@link #mark} at the start of a step, {@link #crossed} at its end, then either
 * {@link #locateFirst} (the first crossing inside the step, on the method's interpolant) or
 * {@link #locateLinear} (XPPAUT's rule: the condition interpolated linearly), and {@link #fire} at the
 * event: the assignments of every event found at that time, in declaration order, then (as XPPAUT does) of
 * every other event that the assignments themselves make cross, each event at most once.
 */
final class SpikeDetector {

    private final SpikeRule rule;
    private final double threshold;
    private final double[] p;
    private final int count;
    private final int[] direction;
    private final double[] before;
    private final double[] after;
    private final double[] theta;
    private final boolean[] firing;
    private final boolean[] done;

    SpikeDetector(Model model, double[] p) {
        this.rule = model.spikeRule();
        this.threshold = model.spikeDetectionThreshold();
        this.p = p;
        this.count = rule == null ? 1 : rule.eventCount();
        this.direction = new int[count];
        for (int k = 0; k < count; k++) {
            direction[k] = rule == null ? 1 : rule.direction(k);
        }
        this.before = new double[count];
        this.after = new double[count];
        this.theta = new double[count];
        this.firing = new boolean[count];
        this.done = new boolean[count];
    }

    /** The switching function of a single-event rule (kept for the fixed-grid loop's refractory logic). */
    double switching(double t, double[] y) {
        return value(0, t, y);
    }

    private double value(int k, double t, double[] y) {
        return rule != null ? rule.switching(k, t, y, p) : y[0] - threshold;
    }

    /** Records the event functions at the start of a step. */
    void mark(double t, double[] y) {
        for (int k = 0; k < count; k++) {
            before[k] = value(k, t, y);
        }
    }

    /** Evaluates the event functions at the end of the step; true when any event's condition crossed. */
    boolean crossed(double t, double[] y) {
        boolean any = false;
        for (int k = 0; k < count; k++) {
            after[k] = value(k, t, y);
            firing[k] = crosses(direction[k], before[k], after[k]);
            any |= firing[k];
        }
        return any;
    }

    /** XPPAUT's direction rules: +1 from negative to non-negative, -1 from positive to non-positive, 0 both. */
    static boolean crosses(int direction, double g0, double g1) {
        return switch (direction) {
            case 1 -> g0 < 0 && g1 >= 0;
            case -1 -> g0 > 0 && g1 <= 0;
            default -> (g0 < 0 && g1 >= 0) || (g0 > 0 && g1 <= 0);
        };
    }

    /**
     * Locates the first crossing among the events {@link #crossed} found, by a root find on {@code state}, an
     * interpolant of the step (state at fraction theta written into the array it returns). Returns the
     * fraction of the step; the events that fire there are remembered for {@link #fire}.
     */
    double locateFirst(StateAt state, double t0, double h) {
        double first = 2;
        for (int k = 0; k < count; k++) {
            if (!firing[k]) {
                continue;
            }
            int kk = k;
            double sign = orientation(k);
            theta[k] = locate(th -> sign * value(kk, t0 + th * h, state.at(th)), sign * before[k], sign * after[k]);
            first = Math.min(first, theta[k]);
        }
        for (int k = 0; k < count; k++) {
            firing[k] &= theta[k] <= first;
        }
        return first;
    }

    /**
     * XPPAUT's location: per crossing event, {@code s = g0 / (g0 - g1)} (the condition linear over the step);
     * the first s wins (at least 1e-10, times 1 + 1e-10 so events found together fire together), and the state
     * there is the linear interpolation of the step's end points.
     */
    double locateLinear() {
        double first = 2;
        for (int k = 0; k < count; k++) {
            if (firing[k]) {
                double d = before[k] - after[k];
                theta[k] = d == 0 ? 1 : before[k] / d;
                first = Math.min(first, theta[k]);
            }
        }
        first = first < 1e-10 ? 1e-10 : Math.min(1, first * (1 + 1e-10));
        for (int k = 0; k < count; k++) {
            firing[k] &= theta[k] <= first;
        }
        return first;
    }

    /** +1, or -1 when the event's function falls through zero, so that the root find sees a rise. */
    private double orientation(int k) {
        return direction[k] == -1 || (direction[k] == 0 && before[k] > 0) ? -1 : 1;
    }

    /** True when an event changes the state (so the step must restart from the event). */
    boolean resets() {
        return rule != null;
    }

    /**
     * Applies, at (t, y), the assignments of the events located as firing, then of the events the assignments
     * make cross (each event at most once).
     */
    void fire(double t, double[] y) {
        if (rule == null) {
            return;
        }
        Arrays.fill(done, false);
        boolean any = false;
        for (int k = 0; k < count; k++) {
            any |= firing[k];
        }
        while (any) {
            for (int k = 0; k < count; k++) {
                before[k] = value(k, t, y);
            }
            for (int k = 0; k < count; k++) {
                if (firing[k]) {
                    rule.reset(k, t, y, p);
                    done[k] = true;
                }
            }
            any = false;
            for (int k = 0; k < count; k++) {
                double g = value(k, t, y);
                firing[k] = !done[k] && crosses(direction[k], before[k], g);
                any |= firing[k];
            }
        }
        Arrays.fill(firing, false);
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

    /** The state at a fraction of the current step (an array owned by the caller, overwritten each call). */
    @FunctionalInterface
    interface StateAt {
        double[] at(double theta);
    }
}
