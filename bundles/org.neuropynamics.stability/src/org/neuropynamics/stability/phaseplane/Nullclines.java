package org.neuropynamics.stability.phaseplane;

import java.util.List;

import org.neuropynamics.core.model.Model;

/**
 * The nullclines of a planar system, by contouring each component of the field on a grid (any system, every
 * branch; no symbolic solving): the x-nullcline is where {@code x' = 0}, the y-nullcline where {@code y' = 0}.
 *
 * @param xNullcline the branches of {@code x' = 0}
 * @param yNullcline the branches of {@code y' = 0}
 */
public record Nullclines(List<Polyline> xNullcline, List<Polyline> yNullcline) {

    /**
     * Contours both components on a {@code resolution x resolution} node grid spanning the window, with the
     * crossings refined on the grid edges (so every point satisfies the nullcline equation to rounding).
     *
     * @param planar a two-variable model
     * @param p parameter values
     * @param window the plane window
     * @param resolution nodes per axis (&gt;= 2); 100-200 is typical
     */
    public static Nullclines compute(Model planar, double[] p, PlaneWindow window, int resolution) {
        if (planar.dimension() != 2 || resolution < 2) {
            throw new IllegalArgumentException("nullclines need a planar model and at least 2 nodes per axis");
        }
        double[] xs = new double[resolution];
        double[] ys = new double[resolution];
        for (int k = 0; k < resolution; k++) {
            xs[k] = window.xMin() + window.width() * k / (resolution - 1);
            ys[k] = window.yMin() + window.height() * k / (resolution - 1);
        }
        double[][] fx = new double[resolution][resolution];
        double[][] fy = new double[resolution][resolution];
        double[] s = new double[2];
        double[] f = new double[2];
        for (int i = 0; i < resolution; i++) {
            s[0] = xs[i];
            for (int j = 0; j < resolution; j++) {
                s[1] = ys[j];
                planar.field().derivatives(0, s, p, f);
                fx[i][j] = f[0];
                fy[i][j] = f[1];
            }
        }
        double[] at = new double[2];
        double[] rate = new double[2];
        ScalarField first = (x, y) -> component(planar, p, at, rate, x, y, 0);
        ScalarField second = (x, y) -> component(planar, p, at, rate, x, y, 1);
        return new Nullclines(List.copyOf(ContourTracer.zeroContour(xs, ys, fx, first)),
                List.copyOf(ContourTracer.zeroContour(xs, ys, fy, second)));
    }

    private static double component(Model planar, double[] p, double[] at, double[] rate, double x, double y,
            int k) {
        at[0] = x;
        at[1] = y;
        planar.field().derivatives(0, at, p, rate);
        return rate[k];
    }
}
