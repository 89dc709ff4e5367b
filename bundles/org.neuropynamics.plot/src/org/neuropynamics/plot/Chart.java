package org.neuropynamics.plot;

import java.util.List;

/**
 * One textbook-style x-y figure: axes with titles, fixed ranges, an optional heat map under the data, layers of
 * data (lines, dashed lines, dots, raster ticks) and labelled marks (special points). Immutable and display-free;
 * {@code org.neuropynamics.plot.render.ChartPainter} draws it on screen, into PNG and into SVG alike.
 *
 * @param title title above the plot (may be empty)
 * @param xTitle x-axis title with unit
 * @param yTitle y-axis title with unit
 * @param xRange {min, max} of the x-axis
 * @param yRange {min, max} of the y-axis
 * @param layers data, drawn in order (later on top)
 * @param marks labelled points, drawn above the layers
 * @param heat a heat map filling the plot under the layers, or null
 */
public record Chart(String title, String xTitle, String yTitle, double[] xRange, double[] yRange, List<Layer> layers,
        List<Mark> marks, Heat heat) {

    /** A chart without a heat map. */
    public Chart(String title, String xTitle, String yTitle, double[] xRange, double[] yRange, List<Layer> layers,
            List<Mark> marks) {
        this(title, xTitle, yTitle, xRange, yRange, layers, marks, null);
    }

    /** How a layer is drawn. */
    public enum Style {
        /** Solid polyline (stable branches). */
        LINE,
        /** Dashed polyline (unstable branches). */
        DASHED,
        /** One small dot per point (orbit diagrams, sweeps). */
        DOTS,
        /** A short vertical bar per point, {@code width} pixels tall (spike rasters). */
        TICKS
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

    /**
     * Values on a regular grid, drawn as coloured cells with a colour bar.
     *
     * @param x0 left edge of the first column
     * @param x1 right edge of the last column
     * @param y0 lower edge of the first row
     * @param y1 upper edge of the last row
     * @param values values[row][column], rows from y0 upwards
     * @param min value of the colour bar's lower end
     * @param max value of the colour bar's upper end
     * @param title colour bar title with unit
     */
    public record Heat(double x0, double x1, double y0, double y1, double[][] values, double min, double max,
            String title) {
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

    /**
     * The chart's data as CSV text, for a figure that has no table of its own: a header {@code series,X,Y} (the
     * axis titles), then a row per point of every layer (the series named by its legend, else {@code layer N};
     * the NaN breaks of a line left out) and per labelled mark (named by its label). The heat map is not written.
     */
    public String csv() {
        StringBuilder s = new StringBuilder("series,").append(cell(xTitle)).append(',').append(cell(yTitle))
                .append('\n');
        for (int k = 0; k < layers.size(); k++) {
            Layer l = layers.get(k);
            String name = cell(l.legend().isEmpty() ? "layer " + (k + 1) : l.legend());
            for (int i = 0; i < l.x().length; i++) {
                if (!Double.isNaN(l.x()[i]) && !Double.isNaN(l.y()[i])) {
                    s.append(name).append(',').append(l.x()[i]).append(',').append(l.y()[i]).append('\n');
                }
            }
        }
        for (Mark m : marks) {
            s.append(cell(m.label())).append(',').append(m.x()).append(',').append(m.y()).append('\n');
        }
        return s.toString();
    }

    private static String cell(String text) {
        String t = text == null || text.isEmpty() ? "value" : text;
        return t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0
                ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }

    /** This chart with other axis ranges (zoom). */
    public Chart withRanges(double[] x, double[] y) {
        return new Chart(title, xTitle, yTitle, x, y, layers, marks, heat);
    }

    /** This chart with another title. */
    public Chart withTitle(String t) {
        return new Chart(t, xTitle, yTitle, xRange, yRange, layers, marks, heat);
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
