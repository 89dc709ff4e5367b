package org.neuropynamics.stability.phaseplane;

import org.neuropynamics.core.model.Model;

/**
 * The planar vector field sampled on a regular grid of cell centres (for the arrows of a phase portrait).
 *
 * @param x abscissae of the columns
 * @param y ordinates of the rows
 * @param dx {@code dx[i][j]}: rate of the horizontal variable at (x[i], y[j])
 * @param dy {@code dy[i][j]}: rate of the vertical variable at (x[i], y[j])
 */
public record VectorFieldGrid(double[] x, double[] y, double[][] dx, double[][] dy) {

    /**
     * Samples the field of a two-variable model at the centres of {@code columns x rows} cells of the window.
     *
     * @param planar a model with two variables (for instance {@link PlaneProjection#planarModel()})
     * @param p parameter values
     */
    public static VectorFieldGrid sample(Model planar, double[] p, PlaneWindow window, int columns, int rows) {
        if (planar.dimension() != 2 || columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a field grid needs a planar model and at least one cell");
        }
        double[] xs = new double[columns];
        double[] ys = new double[rows];
        for (int i = 0; i < columns; i++) {
            xs[i] = window.xMin() + window.width() * (i + 0.5) / columns;
        }
        for (int j = 0; j < rows; j++) {
            ys[j] = window.yMin() + window.height() * (j + 0.5) / rows;
        }
        double[][] u = new double[columns][rows];
        double[][] v = new double[columns][rows];
        double[] s = new double[2];
        double[] f = new double[2];
        for (int i = 0; i < columns; i++) {
            for (int j = 0; j < rows; j++) {
                s[0] = xs[i];
                s[1] = ys[j];
                planar.field().derivatives(0, s, p, f);
                u[i][j] = f[0];
                v[i][j] = f[1];
            }
        }
        return new VectorFieldGrid(xs, ys, u, v);
    }

    /**
     * The arrow at (i, j) as a direction in window-relative units (both axes scaled to [0, 1]), normalised to
     * length 1; {0, 0} where the field vanishes or is not finite. Drawing in window-relative units keeps
     * arrows meaningful when the two variables have very different ranges (mV against a gate in [0, 1]).
     */
    public double[] unitDirection(int i, int j, PlaneWindow window) {
        double a = dx[i][j] / window.width();
        double b = dy[i][j] / window.height();
        double len = Math.hypot(a, b);
        if (!(len > 0) || !Double.isFinite(len)) {
            return new double[] {0, 0};
        }
        return new double[] {a / len, b / len};
    }

    /** The speed at (i, j) in window-relative units per unit time (for arrows scaled by magnitude). */
    public double relativeSpeed(int i, int j, PlaneWindow window) {
        return Math.hypot(dx[i][j] / window.width(), dy[i][j] / window.height());
    }
}
