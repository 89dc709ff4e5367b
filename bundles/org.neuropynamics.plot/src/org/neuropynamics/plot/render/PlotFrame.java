package org.neuropynamics.plot.render;

import org.neuropynamics.plot.Range;
import org.neuropynamics.plot.Ticks;
import org.neuropynamics.plot.render.Canvas.Align;
import org.neuropynamics.plot.render.Canvas.FontStyle;

/**
 * The rectangle of a plot inside a figure and its mapping from data to pixels, with textbook axes: a frame,
 * outward ticks at 1-2-5 steps ({@link Ticks}, the one tick algorithm), tick labels and axis titles. Every
 * painter of the figure layer draws its axes here.
 */
public final class PlotFrame {

    /** Size of tick labels (points). */
    public static final double TICK_FONT = 9;
    /** Size of axis titles (points). */
    public static final double TITLE_FONT = 11;
    private static final int INK = 0x000000;
    private static final int GRID = 0xE6E6E6;

    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;

    /**
     * A plot filling a figure, with the standard margins.
     *
     * @param figureWidth figure width in pixels
     * @param figureHeight figure height in pixels
     * @param hasTitle leave room for a title above the plot
     */
    public PlotFrame(double figureWidth, double figureHeight, boolean hasTitle, double x0, double x1, double y0,
            double y1) {
        this(margins(new double[] {0, 0, figureWidth, figureHeight}, hasTitle), x0, x1, y0, y1);
    }

    /** A plot in a panel {x, y, w, h} of a figure, with the standard margins inside the panel. */
    public static PlotFrame inPanel(double[] panel, boolean hasTitle, double x0, double x1, double y0, double y1) {
        return new PlotFrame(margins(panel, hasTitle), x0, x1, y0, y1);
    }

    private static double[] margins(double[] p, boolean hasTitle) {
        double top = hasTitle ? 44 : 26;
        return new double[] {p[0] + 64, p[1] + top, p[2] - 64 - 18, p[3] - top - 50};
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

    /** The same rectangle with another y range (a secondary axis). */
    public PlotFrame withY(Range y) {
        return new PlotFrame(area(), x0, x1, y.min(), y.max());
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

    /** The data x range. */
    public Range xRange() {
        return new Range(x0, x1);
    }

    /** The data y range. */
    public Range yRange() {
        return new Range(y0, y1);
    }

    /** True when the pixel lies in the plot rectangle. */
    public boolean inside(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    private int xTarget() {
        return Math.max(3, (int) (width / 90));
    }

    private int yTarget() {
        return Math.max(3, (int) (height / 60));
    }

    /** Light grid lines at the tick positions (under the data). */
    public void drawGrid(Canvas d) {
        d.color(GRID);
        d.stroke(1, false);
        for (double t : Ticks.positions(xRange(), xTarget())) {
            d.line(px(t), top, px(t), top + height);
        }
        for (double t : Ticks.positions(yRange(), yTarget())) {
            d.line(left, py(t), left + width, py(t));
        }
    }

    /** Draws frame, ticks, tick labels, axis titles (the y title above the axis) and the optional title. */
    public void drawAxes(Canvas d, String xTitle, String yTitle, String title) {
        frameAndXAxis(d, xTitle);
        yTicks(d, false);
        // the y title above the axis, as in many textbooks
        d.text(yTitle, left, top - 11, Align.CENTER, TITLE_FONT, true);
        if (title != null && !title.isEmpty()) {
            drawTitle(d, title);
        }
    }

    /**
     * The title centred above the plot, within the figure's margins: smaller when it is wider than the room
     * (down to 9 points), then on two lines (a long phase-plane title beside a tutorial was cut, issue 18).
     */
    private void drawTitle(Canvas d, String title) {
        double room = width + 2 * 18 - 4;
        if (d.textWidth(title, TITLE_FONT) <= room) {
            d.text(title, left + width / 2, top - 30, Align.CENTER, TITLE_FONT, false);
            return;
        }
        double size = Math.max(9, TITLE_FONT * room / d.textWidth(title, TITLE_FONT));
        if (d.textWidth(title, size) <= room) {
            d.text(title, left + width / 2, top - 30, Align.CENTER, size, false);
            return;
        }
        size = 9;
        java.util.List<String> lines = LabelPlacer.wrap(d, title, size, room);
        if (lines.size() > 2) {
            lines = java.util.List.of(lines.get(0), String.join(" ", lines.subList(1, lines.size())));
        }
        double y = top - 37;
        for (String line : lines) {
            d.text(line, left + width / 2, y, Align.CENTER, size, false);
            y += 12;
        }
    }

    /**
     * Frame, ticks and labels with the y title written upwards beside the axis (for stacked panels), and an
     * optional secondary y-axis on the right.
     *
     * @param secondary the frame of the right axis (same rectangle, its own y range), or null
     * @param secondaryTitle title of the right axis
     */
    public void drawAxesBeside(Canvas d, String xTitle, String yTitle, PlotFrame secondary, String secondaryTitle) {
        frameAndXAxis(d, xTitle);
        double widest = yTicks(d, false);
        d.text(yTitle, left - widest - 18, top + height / 2, Align.CENTER, TITLE_FONT, FontStyle.PLAIN, true);
        if (secondary != null) {
            double w2 = secondary.yTicks(d, true);
            d.text(secondaryTitle, left + width + w2 + 18, top + height / 2, Align.CENTER, TITLE_FONT,
                    FontStyle.PLAIN, true);
        }
    }

    private void frameAndXAxis(Canvas d, String xTitle) {
        d.color(INK);
        d.stroke(1, false);
        d.rectangle(left, top, width, height, false);
        Range xr = xRange();
        double step = Ticks.spacing(xr, xTarget());
        for (double t : Ticks.positions(xr, xTarget())) {
            double p = px(t);
            d.line(p, top + height, p, top + height + 5);
            d.text(label(t, step), p, top + height + 15, Align.CENTER, TICK_FONT, false);
        }
        if (xTitle != null && !xTitle.isEmpty()) {
            d.text(xTitle, left + width / 2, top + height + 35, Align.CENTER, TITLE_FONT, true);
        }
    }

    /** Ticks and labels on the left (or right) edge; returns the widest label's width. */
    private double yTicks(Canvas d, boolean right) {
        d.color(INK);
        d.stroke(1, false);
        Range yr = yRange();
        double step = Ticks.spacing(yr, yTarget());
        double edge = right ? left + width : left;
        double dir = right ? 1 : -1;
        double widest = 0;
        for (double t : Ticks.positions(yr, yTarget())) {
            double p = py(t);
            String label = label(t, step);
            widest = Math.max(widest, d.textWidth(label, TICK_FONT));
            d.line(edge, p, edge + dir * 5, p);
            d.text(label, edge + dir * 8, p, right ? Align.LEFT : Align.RIGHT, TICK_FONT, false);
        }
        return widest;
    }

    /** A tick label: {@link Ticks#label} with a typographic minus. */
    public static String label(double t, double step) {
        return Ticks.label(t, step).replace("-", "\u2212");
    }
}
