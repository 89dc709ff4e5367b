package org.neuropynamics.plot;

/**
 * A closed interval of data values, for axis ranges.
 *
 * @param min lower end
 * @param max upper end (greater than {@code min} after {@link #padded(double)} or {@link #of})
 */
public record Range(double min, double max) {

    /** The smallest range holding every finite value of the arrays, or null when there is none. */
    public static Range of(double[]... arrays) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] a : arrays) {
            for (double v : a) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo > hi ? null : new Range(lo, hi);
    }

    /** The union of two ranges (either may be null). */
    public static Range union(Range a, Range b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new Range(Math.min(a.min, b.min), Math.max(a.max, b.max));
    }

    /** This range grown by {@code fraction} of its length on both sides; a point grows to a unit interval. */
    public Range padded(double fraction) {
        double span = max - min;
        if (span <= 0) {
            double half = Math.max(Math.abs(min) * 0.1, 0.5);
            return new Range(min - half, max + half);
        }
        return new Range(min - span * fraction, max + span * fraction);
    }

    /** Length of the interval. */
    public double span() {
        return max - min;
    }
}
