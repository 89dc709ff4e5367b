package org.neuropynamics.bifurcation.maps;

/**
 * Cobweb plot data of a 1-D map: the graph of f on an interval and the staircase
 * {@code (x0, 0) -> (x0, x1) -> (x1, x1) -> (x1, x2) -> ...} between the graph and the diagonal.
 *
 * @param graphX abscissae of the sampled graph
 * @param graphY f at those abscissae
 * @param pathX abscissae of the staircase vertices
 * @param pathY ordinates of the staircase vertices
 */
public record Cobweb(double[] graphX, double[] graphY, double[] pathX, double[] pathY) {

    /**
     * @param map a 1-D map
     * @param x0 the start
     * @param steps iterations drawn
     * @param lo lower end of the graph's interval
     * @param hi upper end of the graph's interval
     * @param samples points of the graph
     */
    public static Cobweb of(IteratedMap map, double x0, int steps, double lo, double hi, int samples) {
        if (map.dimension() != 1) {
            throw new IllegalArgumentException("cobweb plots are for 1-D maps; " + map.model().id() + " has "
                    + map.dimension() + " variables");
        }
        double[] gx = new double[samples];
        double[] gy = new double[samples];
        double[] y = new double[1];
        for (int i = 0; i < samples; i++) {
            gx[i] = lo + (hi - lo) * i / Math.max(1, samples - 1);
            y[0] = gx[i];
            map.step(y);
            gy[i] = y[0];
        }
        double[] px = new double[2 * steps + 1];
        double[] py = new double[2 * steps + 1];
        double x = x0;
        px[0] = x;
        py[0] = 0;
        for (int k = 0; k < steps; k++) {
            y[0] = x;
            map.step(y);
            double next = y[0];
            px[2 * k + 1] = x;
            py[2 * k + 1] = next;
            px[2 * k + 2] = next;
            py[2 * k + 2] = next;
            x = next;
        }
        return new Cobweb(gx, gy, px, py);
    }
}
