package org.neuropynamics.core.analysis;

import java.util.Arrays;

import org.neuropynamics.core.model.Model;

/**
 * A box in state space, {@code lower[i] <= y_i <= upper[i]}: where equilibria are searched and reported
 * (the phase-plane window, the F(V) plot range).
 *
 * @param lower lower bounds per variable
 * @param upper upper bounds per variable
 */
public record StateWindow(double[] lower, double[] upper) {

    /** Validates and copies the bounds. */
    public StateWindow {
        if (lower.length != upper.length || lower.length == 0) {
            throw new IllegalArgumentException("window bounds of different or zero length");
        }
        lower = lower.clone();
        upper = upper.clone();
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] < upper[i]) || !Double.isFinite(lower[i]) || !Double.isFinite(upper[i])) {
                throw new IllegalArgumentException("window: bad range [" + lower[i] + ", " + upper[i]
                        + "] for variable " + i);
            }
        }
    }

    /** A window from alternating bounds: {@code of(x0, x1, y0, y1, ...)}. */
    public static StateWindow of(double... bounds) {
        if (bounds.length % 2 != 0) {
            throw new IllegalArgumentException("window needs pairs of bounds");
        }
        double[] lo = new double[bounds.length / 2];
        double[] hi = new double[bounds.length / 2];
        for (int i = 0; i < lo.length; i++) {
            lo[i] = bounds[2 * i];
            hi[i] = bounds[2 * i + 1];
        }
        return new StateWindow(lo, hi);
    }

    /**
     * A default window when the user gives none: [-120, 60] for variables in mV; [-0.5, 1.5] for
     * dimensionless variables whose initial value lies in [0, 1] (gates); otherwise the initial value
     * plus or minus max(2 |y0|, 3).
     */
    public static StateWindow defaultFor(Model model, double[] p) {
        double[] y0 = model.initialState(p);
        int n = model.dimension();
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            String unit = model.variables().get(i).unit();
            if ("mV".equals(unit)) {
                lo[i] = -120;
                hi[i] = 60;
            } else if (unit.isEmpty() && y0[i] >= 0 && y0[i] <= 1) {
                lo[i] = -0.5;
                hi[i] = 1.5;
            } else {
                double r = Math.max(2 * Math.abs(y0[i]), 3);
                lo[i] = y0[i] - r;
                hi[i] = y0[i] + r;
            }
        }
        return new StateWindow(lo, hi);
    }

    /** Number of variables. */
    public int dimension() {
        return lower.length;
    }

    /** upper - lower of variable i. */
    public double width(int i) {
        return upper[i] - lower[i];
    }

    /** True when y lies in the window enlarged by {@code slack} widths on each side. */
    public boolean contains(double[] y, double slack) {
        for (int i = 0; i < lower.length; i++) {
            double s = slack * width(i);
            if (!(y[i] >= lower[i] - s && y[i] <= upper[i] + s)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "StateWindow" + Arrays.toString(lower) + ".." + Arrays.toString(upper);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateWindow w && Arrays.equals(lower, w.lower) && Arrays.equals(upper, w.upper);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lower) + Arrays.hashCode(upper);
    }
}
