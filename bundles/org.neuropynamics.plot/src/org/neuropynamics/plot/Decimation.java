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

    /**
     * Drops the points of a pixel polyline that lie within {@code tolerance} pixels of the simplified line
     * (Douglas-Peucker with the distance to the segment, so a min/max column keeps its extremes): a flat or
     * straight stretch of a decimated trace becomes one segment. Every removed point lies within the tolerance of
     * the polyline that is kept; the first and last points are kept. Works in place on the first {@code n} points of
     * xy (x0, y0, x1, y1, ...) and returns how many are kept. The screen uses it to stroke fewer segments
     * (docs/architecture.md, "The figure layer").
     *
     * @param work a scratch array of at least {@code n} ints (reused across calls to avoid allocating per frame)
     */
    public static int simplify(double[] xy, int n, double tolerance, int[] work) {
        if (n < 3) {
            return n;
        }
        // work marks the points kept; the segments still to examine are (from, to) pairs on an explicit stack
        java.util.Arrays.fill(work, 0, n, 0);
        work[0] = 1;
        work[n - 1] = 1;
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = n - 1;
        double t2 = tolerance * tolerance;
        while (top > 0) {
            int to = stack[--top];
            int from = stack[--top];
            double ax = xy[2 * from];
            double ay = xy[2 * from + 1];
            double dx = xy[2 * to] - ax;
            double dy = xy[2 * to + 1] - ay;
            double len2 = dx * dx + dy * dy;
            double worst = t2;
            int at = -1;
            for (int k = from + 1; k < to; k++) {
                double px = xy[2 * k] - ax;
                double py = xy[2 * k + 1] - ay;
                double u = len2 > 0 ? Math.max(0, Math.min(1, (px * dx + py * dy) / len2)) : 0;
                double ex = px - u * dx;
                double ey = py - u * dy;
                double d2 = ex * ex + ey * ey;
                if (d2 > worst) {
                    worst = d2;
                    at = k;
                }
            }
            if (at >= 0) {
                work[at] = 1;
                if (top + 4 > stack.length) {
                    stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                }
                if (at - from > 1) {
                    stack[top++] = from;
                    stack[top++] = at;
                }
                if (to - at > 1) {
                    stack[top++] = at;
                    stack[top++] = to;
                }
            }
        }
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (work[k] != 0) {
                xy[2 * m] = xy[2 * k];
                xy[2 * m + 1] = xy[2 * k + 1];
                m++;
            }
        }
        return m;
    }
}
