package org.neuropynamics.stability.phaseplane;

/**
 * A connected piece of a curve in the plane.
 *
 * @param x abscissae of the vertices
 * @param y ordinates of the vertices
 * @param closed true when the last vertex joins the first (a closed loop inside the window)
 */
public record Polyline(double[] x, double[] y, boolean closed) {

    /** Checks that both coordinate arrays have the same length. */
    public Polyline {
        if (x.length != y.length) {
            throw new IllegalArgumentException("polyline with " + x.length + " x and " + y.length + " y values");
        }
    }

    /** Number of vertices. */
    public int size() {
        return x.length;
    }
}
