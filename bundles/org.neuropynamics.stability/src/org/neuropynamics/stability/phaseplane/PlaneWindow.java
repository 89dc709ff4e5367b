package org.neuropynamics.stability.phaseplane;

import org.neuropynamics.core.analysis.StateWindow;

/**
 * The visible rectangle of a phase plane, {@code [xMin, xMax] x [yMin, yMax]}, in the units of the two
 * plotted variables.
 *
 * @param xMin left edge
 * @param xMax right edge
 * @param yMin bottom edge
 * @param yMax top edge
 */
public record PlaneWindow(double xMin, double xMax, double yMin, double yMax) {

    /** Validates the ranges (finite, non-empty). */
    public PlaneWindow {
        if (!(xMin < xMax) || !(yMin < yMax) || !Double.isFinite(xMin) || !Double.isFinite(xMax)
                || !Double.isFinite(yMin) || !Double.isFinite(yMax)) {
            throw new IllegalArgumentException("window: bad ranges [" + xMin + ", " + xMax + "] x [" + yMin + ", "
                    + yMax + "]");
        }
    }

    /** xMax - xMin. */
    public double width() {
        return xMax - xMin;
    }

    /** yMax - yMin. */
    public double height() {
        return yMax - yMin;
    }

    /** The window grown by {@code fraction} of its width and height on every side. */
    public PlaneWindow enlarged(double fraction) {
        double dx = fraction * width();
        double dy = fraction * height();
        return new PlaneWindow(xMin - dx, xMax + dx, yMin - dy, yMax + dy);
    }

    /** True when (x, y) lies inside (edges included). */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /** The window scaled by {@code factor} (&lt; 1 zooms in) about the point (cx, cy). */
    public PlaneWindow zoom(double factor, double cx, double cy) {
        return new PlaneWindow(cx + (xMin - cx) * factor, cx + (xMax - cx) * factor, cy + (yMin - cy) * factor,
                cy + (yMax - cy) * factor);
    }

    /** The window moved by (dx, dy). */
    public PlaneWindow shifted(double dx, double dy) {
        return new PlaneWindow(xMin + dx, xMax + dx, yMin + dy, yMax + dy);
    }

    /** The same box as a two-variable {@link StateWindow} (for the equilibrium finder). */
    public StateWindow toStateWindow() {
        return StateWindow.of(xMin, xMax, yMin, yMax);
    }
}
