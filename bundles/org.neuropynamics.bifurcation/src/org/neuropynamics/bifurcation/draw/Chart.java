package org.neuropynamics.bifurcation.draw;

import java.util.List;

/**
 * One textbook-style x-y figure: axes with titles, fixed ranges, layers of data (lines, dashed lines, dots)
 * and labelled marks (special points). Immutable; {@link ChartPainter} draws it on screen and into SVG alike.
 *
 * @param title title above the plot (may be empty)
 * @param xTitle x-axis title with unit
 * @param yTitle y-axis title with unit
 * @param xRange {min, max} of the x-axis
 * @param yRange {min, max} of the y-axis
 * @param layers data, drawn in order (later on top)
 * @param marks labelled points, drawn above the layers
 */
public record Chart(String title, String xTitle, String yTitle, double[] xRange, double[] yRange, List<Layer> layers,
        List<Mark> marks) {

    /** How a layer is drawn. */
    public enum Style {
        /** Solid polyline (stable branches). */
        LINE,
        /** Dashed polyline (unstable branches). */
        DASHED,
        /** One small dot per point (orbit diagrams, sweeps). */
        DOTS
    }

    /**
     * A polyline or a cloud of dots.
     *
     * @param style how it is drawn
     * @param rgb colour 0xRRGGBB
     * @param width line width or dot size in pixels
     * @param x abscissae
     * @param y ordinates (as many as x; NaN breaks a line)
     * @param legend legend entry, or empty for none
     */
    public record Layer(Style style, int rgb, double width, double[] x, double[] y, String legend) {
        public Layer {
            if (x.length != y.length) {
                throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
            }
            legend = legend == null ? "" : legend;
        }
    }

    /**
     * A labelled point.
     *
     * @param x abscissa
     * @param y ordinate
     * @param label text next to the point
     * @param rgb colour 0xRRGGBB
     * @param filled a filled disc (true) or a ring
     */
    public record Mark(double x, double y, String label, int rgb, boolean filled) {
    }

    public Chart {
        title = title == null ? "" : title;
        layers = List.copyOf(layers);
        marks = List.copyOf(marks);
        xRange = fix(xRange);
        yRange = fix(yRange);
    }

    private static double[] fix(double[] r) {
        double lo = r[0];
        double hi = r[1];
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new double[] {0, 1};
        }
        if (hi <= lo) {
            double half = Math.max(Math.abs(lo) * 0.05, 0.5);
            return new double[] {lo - half, hi + half};
        }
        return new double[] {lo, hi};
    }

    /** The range {min, max} of the finite values of the arrays, padded by a fraction of its span. */
    public static double[] range(double fraction, double[]... arrays) {
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
        if (lo > hi) {
            return new double[] {0, 1};
        }
        double pad = (hi - lo) * fraction;
        return new double[] {lo - pad, hi + pad};
    }
}
