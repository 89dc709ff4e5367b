package org.neuropynamics.plot;

/**
 * Compresses long traces for display while keeping what the eye sees: the samples are split into buckets and
 * each bucket keeps its first, minimum, maximum and last point in time order, so spikes one sample wide survive.
 * The full-resolution data stays in the {@link Series} for export.
 */
public final class Decimation {

    private Decimation() {
    }

    /**
     * At most about {@code maxPoints} points of (x, y) (x ascending). Returns the arrays themselves when they are
     * short enough.
     *
     * @return {x, y}
     */
    public static double[][] minMax(double[] x, double[] y, int maxPoints) {
        int n = x.length;
        if (n <= maxPoints || maxPoints < 8) {
            return new double[][] { x, y };
        }
        int buckets = maxPoints / 4;
        double[] ox = new double[buckets * 4 + 1];
        double[] oy = new double[ox.length];
        int m = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            if (to <= from) {
                continue;
            }
            int lo = from;
            int hi = from;
            for (int k = from + 1; k < to; k++) {
                if (y[k] < y[lo]) {
                    lo = k;
                }
                if (y[k] > y[hi]) {
                    hi = k;
                }
            }
            int[] keep = { from, Math.min(lo, hi), Math.max(lo, hi), to - 1 };
            int last = -1;
            for (int k : keep) {
                if (k != last) {
                    ox[m] = x[k];
                    oy[m] = y[k];
                    m++;
                    last = k;
                }
            }
        }
        return new double[][] { java.util.Arrays.copyOf(ox, m), java.util.Arrays.copyOf(oy, m) };
    }
}
