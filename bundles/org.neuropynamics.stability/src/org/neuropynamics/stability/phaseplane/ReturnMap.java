package org.neuropynamics.stability.phaseplane;

import org.neuropynamics.core.integrate.DormandPrinceStepper;

/**
 * The Poincare return map of a hyperplane section {@code n . (x - s) = 0}: from a point, integrate until the
 * orbit crosses the section again in the direction of n (located by bisection on the dense output), close to
 * the section point s (within a quarter of the orbit's extent; farther crossings of the same plane belong to
 * other parts of the orbit and are skipped).
 */
final class ReturnMap {

    private final DormandPrinceStepper dp;
    private final double[] section;
    private final double[] normal;
    private final double maxTime;
    private final int sign;
    private final double[] min;
    private final double[] max;
    private double lastReturnTime;

    ReturnMap(DormandPrinceStepper dp, double[] section, double[] normal, double maxTime, int sign) {
        this.dp = dp;
        this.sign = sign;
        this.section = section;
        this.normal = normal;
        this.maxTime = maxTime;
        this.min = section.clone();
        this.max = section.clone();
    }

    /** Time taken by the last return. */
    double lastReturnTime() {
        return lastReturnTime;
    }

    /** Per-variable extent of the orbit seen so far (at least a tiny positive number). */
    double[] scale() {
        double[] s = new double[min.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.max(max[i] - min[i], 1e-9 * Math.max(1, Math.abs(section[i])));
        }
        return s;
    }

    /** Integrates y (in place) to its next return; returns the crossing point, or null when there is none. */
    double[] next(double[] y) {
        int n = y.length;
        double[] crossing = new double[n];
        double[] before = {g(y)};
        boolean[] left = {false};
        boolean[] found = {false};
        double[] when = {0};
        double[] previousS = {0};
        dp.integrate(y, maxTime, sign, (s, state) -> {
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(state[i])) {
                    return false;
                }
                min[i] = Math.min(min[i], state[i]);
                max[i] = Math.max(max[i], state[i]);
            }
            double after = g(state);
            if (before[0] < 0 && after >= 0 && left[0]) {
                double theta = dp.crossing(this::g);
                dp.denseAt(theta, crossing);
                if (near(crossing)) {
                    when[0] = previousS[0] + theta * dp.lastStep();
                    found[0] = true;
                    return false;
                }
            }
            if (after < 0) {
                left[0] = true;
            }
            before[0] = after;
            previousS[0] = s;
            return true;
        });
        if (!found[0]) {
            return null;
        }
        lastReturnTime = when[0];
        System.arraycopy(crossing, 0, y, 0, n);
        return crossing.clone();
    }

    private boolean near(double[] x) {
        double[] sc = scale();
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i] - section[i]) > 0.25 * sc[i]) {
                return false;
            }
        }
        return true;
    }

    private double g(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += normal[i] * (x[i] - section[i]);
        }
        return s;
    }
}
