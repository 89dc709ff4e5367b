package org.neuropynamics.plot.render;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.plot.Decimation;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.Plot;
import org.neuropynamics.plot.Range;
import org.neuropynamics.plot.Series;
import org.neuropynamics.plot.SeriesStyle;
import org.neuropynamics.plot.render.Canvas.Align;
import org.neuropynamics.plot.render.Canvas.FontStyle;

/**
 * Paints a {@link Figure} of stacked panels on a {@link Canvas}: for each panel a title, a {@link Legend} row,
 * the framed plot area with grid and ticks ({@link PlotFrame}), the y titles beside the axes (left, and right for
 * a secondary axis) and the shared time axis. The same painter serves the screen, PNG, SVG and {@code render}.
 */
public final class FigurePainter {

    private static final double FONT = 9;
    private static final double LEFT = 78;
    private static final double RIGHT_WITH_AXIS = 78;
    private static final double RIGHT = 24;
    private static final double BOTTOM = 46;

    private FigurePainter() {
    }

    /** Paints the figure over the whole canvas of {@code width} x {@code height}; returns each panel's frame. */
    public static List<PlotFrame> paint(Figure figure, Canvas c, int width, int height) {
        c.color(0xFFFFFF);
        c.rectangle(0, 0, width, height, true);
        double top = 0;
        if (!figure.title().isEmpty()) {
            c.color(0x222222);
            c.text(fitted(c, figure.title(), width - 16.0, FONT + 2.5), width / 2.0, 20, Align.CENTER, FONT + 2.5,
                    FontStyle.BOLD, false);
            top = 34;
        }
        double total = 0;
        for (double h : figure.heights()) {
            total += h;
        }
        double y = top;
        // one right margin for all panels so that their time axes line up
        double right = figure.panels().stream().anyMatch(Plot::hasSecondaryAxis) ? RIGHT_WITH_AXIS : RIGHT;
        List<PlotFrame> frames = new ArrayList<>();
        for (int i = 0; i < figure.panels().size(); i++) {
            double h = (height - top) * figure.heights()[i] / total;
            frames.add(paintPanel(figure.panels().get(i), c, y, width, h, right));
            y += h;
        }
        return frames;
    }

    private static PlotFrame paintPanel(Plot plot, Canvas c, double y0, double w, double h, double right) {
        double headerTop = y0 + 8;
        if (!plot.title().isEmpty()) {
            c.color(0x222222);
            c.text(plot.title(), LEFT, headerTop + 8, Align.LEFT, FONT + 1, FontStyle.BOLD, false);
            headerTop += 20;
        }
        // the legend rows may reach over the right axis's margin (they stand above the plot): fewer rows in a
        // narrow figure (issue 18: four rows took a quarter of the Single Neuron panel at 1280x720)
        double legendBottom = Legend.row(c, LEFT, headerTop, w - LEFT - 8, entries(plot));
        double[] area = {LEFT, legendBottom + 6, w - LEFT - right, y0 + h - BOTTOM - legendBottom - 6};
        Range xr = plot.effectiveXRange();
        Range yr = plot.effectiveYRange(false);
        PlotFrame frame = PlotFrame.at(area, xr.min(), xr.max(), yr.min(), yr.max());
        if (area[2] < 20 || area[3] < 20) {
            return frame;
        }
        PlotFrame secondary = plot.hasSecondaryAxis() ? frame.withY(plot.effectiveYRange(true)) : null;
        frame.drawGrid(c);
        c.clip(frame.area());
        for (Series s : plot.series()) {
            drawSeries(c, s, s.secondaryAxis() ? secondary : frame);
        }
        c.clip(null);
        frame.drawAxesBeside(c, plot.xTitle(), plot.yTitle(), secondary,
                plot.secondaryYTitle() == null ? "" : plot.secondaryYTitle());
        return frame;
    }

    private static List<Legend.Entry> entries(Plot plot) {
        List<Legend.Entry> entries = new ArrayList<>();
        for (Series s : plot.series()) {
            if (s.label().isEmpty()) {
                continue;
            }
            entries.add(s.style() == SeriesStyle.MARKERS ? Legend.Entry.marker(s.label(), s.rgb())
                    : Legend.Entry.line(s.label(), s.rgb(), 2, s.style() == SeriesStyle.DASHED));
        }
        return entries;
    }

    private static void drawSeries(Canvas c, Series s, PlotFrame f) {
        double[] a = f.area();
        double[][] shown = visible(s.x(), s.y(), f.xRange());
        double[][] d = Decimation.minMax(shown[0], shown[1], (int) Math.max(64, a[2] * 4));
        int n = d[0].length;
        double[] xy = new double[2 * n];
        for (int k = 0; k < n; k++) {
            xy[2 * k] = clamp(f.px(d[0][k]));
            xy[2 * k + 1] = clamp(f.py(d[1][k]));
        }
        c.color(s.rgb());
        if (s.style() != SeriesStyle.MARKERS) {
            c.stroke(s.style() == SeriesStyle.LINE ? 1.6 : 1.3, s.style() == SeriesStyle.DASHED);
            if (s.style() == SeriesStyle.DOTTED) {
                // dotted: short dashes drawn as a dashed stroke of width 1
                c.stroke(1, true);
            }
            c.polyline(xy, n);
            c.stroke(1, false);
        }
        if (s.style() == SeriesStyle.MARKERS || s.style() == SeriesStyle.LINE_AND_MARKERS) {
            for (int k = 0; k < n; k++) {
                Markers.triangle(c, xy[2 * k], xy[2 * k + 1], 8);
            }
        }
    }

    /**
     * The samples of an x-ordered series inside the x range plus one on each side, so that a zoomed panel is
     * decimated over what it shows and keeps its detail; the series itself when it lies inside the range or x
     * does not increase.
     */
    static double[][] visible(double[] x, double[] y, Range range) {
        int n = x.length;
        if (n < 3 || (x[0] >= range.min() && x[n - 1] <= range.max())) {
            return new double[][] {x, y};
        }
        for (int i = 1; i < n; i++) {
            if (!(x[i] >= x[i - 1])) {
                return new double[][] {x, y};
            }
        }
        int from = java.util.Arrays.binarySearch(x, range.min());
        int to = java.util.Arrays.binarySearch(x, range.max());
        from = Math.max(0, (from < 0 ? -from - 1 : from) - 1);
        to = Math.max(from, Math.min(n, (to < 0 ? -to - 1 : to) + 2));
        if (from == 0 && to == n) {
            return new double[][] {x, y};
        }
        return new double[][] {java.util.Arrays.copyOfRange(x, from, to), java.util.Arrays.copyOfRange(y, from, to)};
    }

    /**
     * The text, or its beginning with an ellipsis, that fits the width (measured plain, plus 15 % for bold),
     * so that a long title is shortened instead of running off a narrow figure.
     */
    static String fitted(Canvas c, String text, double width, double size) {
        if (c.textWidth(text, size) * 1.15 <= width) {
            return text;
        }
        int n = text.length();
        while (n > 1 && c.textWidth(text.substring(0, n) + "\u2026", size) * 1.15 > width) {
            n--;
        }
        return text.substring(0, n).stripTrailing() + "\u2026";
    }

    private static double clamp(double p) {
        return Math.max(-1e4, Math.min(1e4, p));
    }
}
