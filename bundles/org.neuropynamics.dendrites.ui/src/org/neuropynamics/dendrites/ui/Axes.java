package org.neuropynamics.dendrites.ui;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/** A plot panel on a plain SWT canvas: a data rectangle mapped to pixels, a frame, ticks and labels. */
final class Axes {

    private static final int LEFT = 48;
    private static final int BOTTOM = 38;
    private static final int TOP = 20;
    private static final int RIGHT = 12;

    final Rectangle plot;
    final double x0;
    final double x1;
    final double y0;
    final double y1;

    Axes(Rectangle panel, double x0, double x1, double y0, double y1, int extraRight) {
        this.plot = new Rectangle(panel.x + LEFT, panel.y + TOP, Math.max(10, panel.width - LEFT - RIGHT - extraRight),
                Math.max(10, panel.height - TOP - BOTTOM));
        this.x0 = x0;
        this.x1 = x1 > x0 ? x1 : x0 + 1;
        this.y0 = y0;
        this.y1 = y1 > y0 ? y1 : y0 + 1;
    }

    int px(double x) {
        return plot.x + (int) Math.round((x - x0) / (x1 - x0) * plot.width);
    }

    int py(double y) {
        return plot.y + plot.height - (int) Math.round((y - y0) / (y1 - y0) * plot.height);
    }

    /** Frame, ticks, tick labels, axis labels and title. */
    void draw(GC gc, String title, String xLabel, String yLabel) {
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        gc.drawRectangle(plot);
        for (double t : ticks(x0, x1)) {
            int x = px(t);
            gc.drawLine(x, plot.y + plot.height, x, plot.y + plot.height + 4);
            String s = label(t);
            Point e = gc.textExtent(s);
            gc.drawText(s, x - e.x / 2, plot.y + plot.height + 5, true);
        }
        for (double t : ticks(y0, y1)) {
            int y = py(t);
            gc.drawLine(plot.x - 4, y, plot.x, y);
            String s = label(t);
            Point e = gc.textExtent(s);
            gc.drawText(s, plot.x - 6 - e.x, y - e.y / 2, true);
        }
        Point xe = gc.textExtent(xLabel);
        gc.drawText(xLabel, plot.x + plot.width - xe.x, plot.y + plot.height + 5 + xe.y - 2, true);
        gc.drawText(yLabel, plot.x - LEFT + 2, plot.y - TOP + 2, true);
        Point te = gc.textExtent(title);
        gc.drawText(title, plot.x + (plot.width - te.x) / 2, plot.y - TOP + 2, true);
    }

    static double[] ticks(double lo, double hi) {
        double span = hi - lo;
        double raw = span / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        double first = Math.ceil(lo / step - 1e-9) * step;
        int n = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        double[] t = new double[Math.max(0, n)];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
        }
        return t;
    }

    static String label(double v) {
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (!s.contains("e") && s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** A blue-white-red-yellow colour scale for t in [0, 1]. */
    static RGB heat(double t) {
        double u = Math.max(0, Math.min(1, t));
        int[][] stops = { { 20, 20, 90 }, { 40, 90, 200 }, { 230, 230, 230 }, { 220, 60, 40 }, { 250, 220, 60 } };
        double x = u * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) x);
        double f = x - i;
        return new RGB((int) (stops[i][0] + f * (stops[i + 1][0] - stops[i][0])),
                (int) (stops[i][1] + f * (stops[i + 1][1] - stops[i][1])),
                (int) (stops[i][2] + f * (stops[i + 1][2] - stops[i][2])));
    }
}
