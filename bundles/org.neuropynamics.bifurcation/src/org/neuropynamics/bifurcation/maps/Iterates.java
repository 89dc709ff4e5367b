package org.neuropynamics.bifurcation.maps;

import java.util.Arrays;

/**
 * The orbit of a map after a transient, as one series per variable: the attractor of a 2-D map drawn in
 * the plane of its variables (the Henon map's strange attractor), or the time series of a 1-D map. An orbit
 * that escapes to infinity stops there: the remaining values are NaN.
 *
 * @param values {@code values[variable][k]}, the k-th kept iterate
 * @param escapedAt the index of the first non-finite iterate counted from the start (transient included), or
 *        -1 when the orbit stayed finite
 */
public record Iterates(double[][] values, long escapedAt) {

    /**
     * @param map the map
     * @param y0 the start (not modified)
     * @param discarded iterations discarded first
     * @param kept iterations kept
     */
    public static Iterates of(IteratedMap map, double[] y0, long discarded, int kept) {
        int n = map.dimension();
        double[] y = y0.clone();
        double[][] values = new double[n][kept];
        for (double[] v : values) {
            Arrays.fill(v, Double.NaN);
        }
        for (long k = 0; k < discarded + kept; k++) {
            map.step(y);
            if (!finite(y)) {
                return new Iterates(values, k);
            }
            if (k >= discarded) {
                for (int i = 0; i < n; i++) {
                    values[i][(int) (k - discarded)] = y[i];
                }
            }
        }
        return new Iterates(values, -1);
    }

    /** True when the orbit escaped to infinity (or left the map's domain). */
    public boolean escaped() {
        return escapedAt >= 0;
    }

    private static boolean finite(double[] y) {
        for (double v : y) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
