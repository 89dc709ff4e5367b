package org.neuropynamics.plot.render;

import org.neuropynamics.plot.Decimation;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.Plot;
import org.neuropynamics.plot.Range;
import org.neuropynamics.plot.Series;
import org.neuropynamics.plot.SeriesStyle;
import org.neuropynamics.plot.Ticks;
import org.neuropynamics.plot.render.Canvas.Anchor;

/**
 * Paints a {@link Figure} on a {@link Canvas}: for each panel a title, a legend row, the framed plot area with
 * ticks and grid, axis titles on the left, right (secondary axis) and bottom. The same painter serves SVG
 * export and the headless PNG of {@code neuropynamics render}, so both show the same figure.
 */
public final class FigurePainter {

    private static final int INK = 0x222222;
    private static final int GRID = 0xE6E6E6;
    private static final double FONT = 12;
    private static final double LEFT = 78;
    private static final double RIGHT_WITH_AXIS = 78;
    private static final double RIGHT = 24;
    private static final double BOTTOM = 46;

    private FigurePainter() {
    }

    /** Paints the figure over the whole canvas of {@code width} x {@code height}. */
    public static void paint(Figure figure, Canvas c, int width, int height) {
        c.background(0xFFFFFF);
        double top = 0;
        if (!figure.title().isEmpty()) {
            c.text(width / 2.0, 24, figure.title(), FONT + 3, true, Anchor.MIDDLE, false, INK);
            top = 34;
        }
        double total = 0;
        for (double h : figure.heights()) {
            total += h;
        }
        double y = top;
        // one right margin for all panels so that their time axes line up
        double right = figure.panels().stream().anyMatch(Plot::hasSecondaryAxis) ? RIGHT_WITH_AXIS : RIGHT;
        for (int i = 0; i < figure.panels().size(); i++) {
            double h = (height - top) * figure.heights()[i] / total;
            paintPanel(figure.panels().get(i), c, 0, y, width, h, right);
            y += h;
        }
    }

    private static void paintPanel(Plot plot, Canvas c, double x0, double y0, double w, double h, double right) {
        double headerTop = y0 + 8;
        if (!plot.title().isEmpty()) {
            c.text(x0 + LEFT, headerTop + FONT, plot.title(), FONT + 1, true, Anchor.START, false, INK);
            headerTop += FONT + 8;
        }
        double legendBottom = legend(plot, c, x0 + LEFT, headerTop, w - LEFT - right);
        double[] area = { x0 + LEFT, legendBottom + 6, w - LEFT - right, y0 + h - BOTTOM - legendBottom - 6 };
        if (area[2] < 20 || area[3] < 20) {
            return;
        }
        Range xr = plot.effectiveXRange();
        Range yr = plot.effectiveYRange(false);
        Range y2r = plot.effectiveYRange(true);
        grid(c, area, xr, yr);
        c.clip(area);
        for (Series s : plot.series()) {
            drawSeries(c, s, area, xr, s.secondaryAxis() ? y2r : yr);
        }
        c.clip(null);
        c.rect(area[0], area[1], area[2], area[3], INK);
        xAxis(c, plot, area, xr);
        yAxis(c, plot.yTitle(), area, yr, false);
        if (plot.hasSecondaryAxis()) {
            yAxis(c, plot.secondaryYTitle() == null ? "" : plot.secondaryYTitle(), area, y2r, true);
        }
    }

    private static double legend(Plot plot, Canvas c, double x, double y, double width) {
        double cx = x;
        double baseline = y + FONT;
        boolean any = false;
        for (Series s : plot.series()) {
            if (s.label().isEmpty()) {
                continue;
            }
            any = true;
            double entry = 28 + c.textWidth(s.label(), FONT - 1) + 16;
            if (cx + entry > x + width && cx > x) {
                cx = x;
                baseline += FONT + 6;
            }
            double my = baseline - FONT / 3;
            if (s.style() == SeriesStyle.MARKERS) {
                c.marker(cx + 11, my, 8, s.rgb());
            } else {
                c.polyline(new double[] { cx, cx + 22 }, new double[] { my, my }, 2, s.style(), s.rgb(), 2);
            }
            c.text(cx + 28, baseline, s.label(), FONT - 1, false, Anchor.START, false, INK);
            cx += entry;
        }
        return any ? baseline + 4 : y;
    }

    private static void grid(Canvas c, double[] a, Range xr, Range yr) {
        for (double t : Ticks.positions(xr, 8)) {
            double px = px(t, xr, a);
            c.polyline(new double[] { px, px }, new double[] { a[1], a[1] + a[3] }, 2, SeriesStyle.LINE, GRID, 1);
        }
        for (double t : Ticks.positions(yr, 5)) {
            double py = py(t, yr, a);
            c.polyline(new double[] { a[0], a[0] + a[2] }, new double[] { py, py }, 2, SeriesStyle.LINE, GRID, 1);
        }
    }

    private static void drawSeries(Canvas c, Series s, double[] a, Range xr, Range yr) {
        double[][] d = Decimation.minMax(s.x(), s.y(), (int) Math.max(64, a[2] * 4));
        int n = d[0].length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = px(d[0][k], xr, a);
            ys[k] = py(d[1][k], yr, a);
        }
        if (s.style() != SeriesStyle.MARKERS) {
            c.polyline(xs, ys, n, s.style(), s.rgb(), s.style() == SeriesStyle.LINE ? 1.6 : 1.3);
        }
        if (s.style() == SeriesStyle.MARKERS || s.style() == SeriesStyle.LINE_AND_MARKERS) {
            for (int k = 0; k < n; k++) {
                c.marker(xs[k], ys[k], 8, s.rgb());
            }
        }
    }

    private static void xAxis(Canvas c, Plot plot, double[] a, Range xr) {
        double step = Ticks.spacing(xr, 8);
        double bottom = a[1] + a[3];
        for (double t : Ticks.positions(xr, 8)) {
            double px = px(t, xr, a);
            c.polyline(new double[] { px, px }, new double[] { bottom, bottom + 4 }, 2, SeriesStyle.LINE, INK, 1);
            c.text(px, bottom + 17, Ticks.label(t, step), FONT - 1, false, Anchor.MIDDLE, false, INK);
        }
        c.text(a[0] + a[2] / 2, bottom + 36, plot.xTitle(), FONT, false, Anchor.MIDDLE, false, INK);
    }

    private static void yAxis(Canvas c, String title, double[] a, Range yr, boolean secondary) {
        double step = Ticks.spacing(yr, 5);
        double edge = secondary ? a[0] + a[2] : a[0];
        double dir = secondary ? 1 : -1;
        double widest = 0;
        for (double t : Ticks.positions(yr, 5)) {
            double py = py(t, yr, a);
            String label = Ticks.label(t, step);
            widest = Math.max(widest, c.textWidth(label, FONT - 1));
            c.polyline(new double[] { edge, edge + 4 * dir }, new double[] { py, py }, 2, SeriesStyle.LINE, INK, 1);
            c.text(edge + 7 * dir, py + 4, label, FONT - 1, false, secondary ? Anchor.START : Anchor.END, false,
                    INK);
        }
        double tx = edge + dir * (widest + 18);
        c.text(secondary ? tx + 4 : tx, a[1] + a[3] / 2, title, FONT, false, Anchor.MIDDLE, true, INK);
    }

    private static double px(double v, Range r, double[] a) {
        return a[0] + (v - r.min()) / r.span() * a[2];
    }

    private static double py(double v, Range r, double[] a) {
        double p = a[1] + a[3] - (v - r.min()) / r.span() * a[3];
        return Math.max(-1e4, Math.min(1e4, p));
    }
}
