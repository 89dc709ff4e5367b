package org.neuropynamics.network.ui;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;

/** Small helpers shared by the result views: tick values and axis drawing on a GC. */
final class PlotAxes {

    private PlotAxes() {
    }

    /** A "nice" tick spacing (1, 2 or 5 times a power of ten) giving about {@code n} ticks over span. */
    static double tickStep(double span, int n) {
        double raw = span / Math.max(1, n);
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
    }

    static String format(double v) {
        if (Math.abs(v) < 1e-9) {
            return "0";
        }
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A time axis along the bottom of [x0, x1] at y, labelled in ms, from t0 to t1. */
    static void timeAxis(GC gc, int x0, int x1, int y, double t0, double t1) {
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.drawLine(x0, y, x1, y);
        double step = tickStep(t1 - t0, 8);
        for (double t = Math.ceil(t0 / step) * step; t <= t1 + 1e-9; t += step) {
            int x = x0 + (int) Math.round((t - t0) / (t1 - t0) * (x1 - x0));
            gc.drawLine(x, y, x, y + 4);
            String s = format(t);
            gc.drawString(s, x - gc.textExtent(s).x / 2, y + 5, true);
        }
        String label = "time (ms)";
        gc.drawString(label, (x0 + x1) / 2 - gc.textExtent(label).x / 2, y + 5 + gc.getFontMetrics().getHeight(),
                true);
    }

    /** A vertical value axis on the left of a panel [y0 (top), y1 (bottom)] from v0 (bottom) to v1 (top). */
    static void valueAxis(GC gc, int x, int y0, int y1, double v0, double v1, int ticks) {
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.drawLine(x, y0, x, y1);
        double step = tickStep(v1 - v0, ticks);
        for (double v = Math.ceil(v0 / step) * step; v <= v1 + 1e-9; v += step) {
            int y = y1 - (int) Math.round((v - v0) / (v1 - v0) * (y1 - y0));
            gc.drawLine(x - 4, y, x, y);
            String s = format(v);
            gc.drawString(s, x - 6 - gc.textExtent(s).x, y - gc.getFontMetrics().getHeight() / 2, true);
        }
    }
}
