package org.neuropynamics.stability.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rectangle of a plot inside a figure and its mapping from data to pixels, with textbook axes: a black
 * frame, outward ticks at 1-2-5 steps, tick labels and italic axis titles.
 */
public final class PlotFrame {

    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;

    /**
     * @param figureWidth figure width in pixels
     * @param figureHeight figure height in pixels
     * @param hasTitle leave room for a title above the plot
     */
    public PlotFrame(double figureWidth, double figureHeight, boolean hasTitle, double x0, double x1, double y0,
            double y1) {
        this.left = 64;
        this.top = hasTitle ? 44 : 26;
        this.width = Math.max(10, figureWidth - left - 18);
        this.height = Math.max(10, figureHeight - top - 50);
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
    }

    private PlotFrame(double[] rect, double x0, double x1, double y0, double y1) {
        this.left = rect[0];
        this.top = rect[1];
        this.width = Math.max(10, rect[2]);
        this.height = Math.max(10, rect[3]);
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
    }

    /**
     * A plot whose rectangle is given directly (for several plots in one figure).
     *
     * @param rect the plot rectangle {x, y, w, h} in pixels (axes and labels go outside it)
     */
    public static PlotFrame at(double[] rect, double x0, double x1, double y0, double y1) {
        return new PlotFrame(rect, x0, x1, y0, y1);
    }

    /** Pixel x of data x. */
    public double px(double x) {
        return left + (x - x0) / (x1 - x0) * width;
    }

    /** Pixel y of data y. */
    public double py(double y) {
        return top + (y1 - y) / (y1 - y0) * height;
    }

    /** Data x of pixel x. */
    public double dataX(double px) {
        return x0 + (px - left) / width * (x1 - x0);
    }

    /** Data y of pixel y. */
    public double dataY(double py) {
        return y1 - (py - top) / height * (y1 - y0);
    }

    /** The plot rectangle {x, y, w, h} in pixels. */
    public double[] area() {
        return new double[] {left, top, width, height};
    }

    /** True when the pixel lies in the plot rectangle. */
    public boolean inside(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    /** Draws frame, ticks, tick labels, axis titles and the optional title. */
    public void drawAxes(Drawing d, String xTitle, String yTitle, String title) {
        d.color(0, 0, 0);
        d.stroke(1, false);
        d.rectangle(left, top, width, height, false);
        for (double t : ticks(x0, x1, Math.max(3, (int) (width / 90)))) {
            double p = px(t);
            d.line(p, top + height, p, top + height + 5);
            d.text(label(t, x0, x1), p, top + height + 15, Drawing.Align.CENTER, 9, false);
        }
        for (double t : ticks(y0, y1, Math.max(3, (int) (height / 60)))) {
            double p = py(t);
            d.line(left - 5, p, left, p);
            d.text(label(t, y0, y1), left - 8, p, Drawing.Align.RIGHT, 9, false);
        }
        d.text(xTitle, left + width / 2, top + height + 35, Drawing.Align.CENTER, 11, true);
        // the y title above the axis, as in many textbooks (no rotated text needed)
        d.text(yTitle, left, top - 11, Drawing.Align.CENTER, 11, true);
        if (title != null && !title.isEmpty()) {
            d.text(title, left + width / 2, 14, Drawing.Align.CENTER, 11, false);
        }
    }

    /** Tick positions at a 1-2-5 step giving about {@code target} ticks in [a, b]. */
    public static List<Double> ticks(double a, double b, int target) {
        double raw = (b - a) / target;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(a / step) * step; t <= b + 1e-9 * step; t += step) {
            ticks.add(Math.abs(t) < 1e-12 * step ? 0 : t);
        }
        return ticks;
    }

    private static String label(double t, double a, double b) {
        double span = Math.abs(b - a);
        int decimals = (int) Math.max(0, Math.min(6, Math.ceil(-Math.log10(span / 10)) ));
        return String.format(Locale.ROOT, "%." + decimals + "f", t).replace("-", "\u2212");
    }
}
