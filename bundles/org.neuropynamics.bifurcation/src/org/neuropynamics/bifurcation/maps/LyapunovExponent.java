package org.neuropynamics.bifurcation.maps;

/**
 * The largest Lyapunov exponent of a map along an orbit: the average of {@code ln |v_{k+1}| / |v_k|} for a
 * tangent vector carried by the Jacobian and renormalised every iteration (for a 1-D map exactly the average
 * of {@code ln |f'(x_k)|}). Negative on attracting cycles, positive on chaotic attractors (ln 2 for the
 * logistic map at r = 4).
 */
public final class LyapunovExponent {

    private LyapunovExponent() {
    }

    /**
     * @param map the map
     * @param y0 the start (not modified)
     * @param discarded iterations discarded first
     * @param iterations iterations averaged
     * @return the exponent per iteration (-infinity when the orbit hits a critical point exactly)
     */
    public static double largest(IteratedMap map, double[] y0, long discarded, long iterations) {
        int n = map.dimension();
        double[] y = y0.clone();
        map.iterate(y, discarded);
        double[][] jac = new double[n][n];
        double[] v = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1 / Math.sqrt(n);
        }
        double sum = 0;
        for (long k = 0; k < iterations; k++) {
            map.jacobian(y, jac);
            double norm = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += jac[i][j] * v[j];
                }
                w[i] = s;
                norm += s * s;
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += Math.log(norm);
            for (int i = 0; i < n; i++) {
                v[i] = w[i] / norm;
            }
            map.step(y);
        }
        return sum / iterations;
    }
}
