package org.neuropynamics.models;

import java.util.function.DoubleUnaryOperator;

/**
 * Finds the resting potential of a conductance-based model: the most hyperpolarised zero of the
 * steady-state membrane current (gates at their steady state, no input), scanning upwards for the first
 * sign change and refining it by bisection to machine precision.
 */
final class RestingState {

    private static final double SCAN_FROM = -200;
    private static final double SCAN_TO = 200;
    private static final double SCAN_STEP = 0.5;

    private RestingState() {
    }

    /**
     * @param dvdt dV/dt at steady-state gating as a function of V (positive below rest)
     * @param fallback returned when dV/dt has no sign change in [-200, 200] mV (degenerate parameters)
     * @return the lowest V with dV/dt = 0 going from positive to non-positive
     */
    static double lowestRestingPotential(DoubleUnaryOperator dvdt, double fallback) {
        double lo = SCAN_FROM;
        double fLo = dvdt.applyAsDouble(lo);
        for (double hi = SCAN_FROM + SCAN_STEP; hi <= SCAN_TO; hi += SCAN_STEP) {
            double fHi = dvdt.applyAsDouble(hi);
            if (fLo > 0 && fHi <= 0) {
                return bisect(dvdt, lo, hi);
            }
            lo = hi;
            fLo = fHi;
        }
        return fallback;
    }

    private static double bisect(DoubleUnaryOperator f, double lo, double hi) {
        for (int i = 0; i < 200 && hi - lo > 0; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (f.applyAsDouble(mid) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
