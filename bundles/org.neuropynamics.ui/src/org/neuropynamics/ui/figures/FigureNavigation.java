package org.neuropynamics.ui.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.Plot;
import org.neuropynamics.plot.Range;
import org.neuropynamics.plot.Series;
import org.neuropynamics.plot.SeriesStyle;
import org.neuropynamics.plot.render.Canvas;
import org.neuropynamics.plot.render.Canvas.Align;
import org.neuropynamics.plot.render.PlotFrame;

/**
 * Zoom, pan, pick and hover on a {@link FigureCanvas} that shows a {@link Figure} of stacked panels sharing the x
 * axis, the way scientific plotting tools do it:
 * <ul>
 * <li>drag a rectangle with the left button to zoom into it (a flat rectangle zooms x only);</li>
 * <li>the mouse wheel zooms x about the pointer, with Ctrl the y axis of the panel under the pointer;</li>
 * <li>drag with Shift or with the middle button to pan;</li>
 * <li>double-click to return to the whole figure;</li>
 * <li>a click (no drag) picks a point: {@link Listener#picked};</li>
 * <li>hovering shows the data under the pointer: a cursor line through every panel and the values of the hovered
 * panel's series at that x (on screen only, not exported).</li>
 * </ul>
 * The zoom is a set of data ranges applied to each new figure ({@link #apply}): x shared by every panel, y per
 * panel, so a figure replaced by a new computation keeps the detail in view until the reset. Ranges are data, not
 * pixels: the exports write the zoomed figure with the same painter at any size. A {@link Chart} shown with
 * {@link FigureCanvas#showChart} is zoomed the same way (one panel). A drawing whose ranges are a window of the
 * view's own model (the phase plane's window, the orbit diagram's recomputed range) hands the ranges to a
 * {@link Window} instead ({@link #zoomWindow}): the gestures are the same, the view recomputes.
 * The workbench's one zoom/pan/pick/hover component (docs/architecture.md, "The figure layer").
 */
public final class FigureNavigation {

    /**
     * Where the pointer is: the panel (0 = top), its data-to-pixel mapping of the last paint, the data
     * coordinates and the pixel.
     */
    public record Pointer(int panel, PlotFrame frame, double x, double y, int px, int py) {
    }

    /** What the pointer did, in data coordinates of a panel (0 = top). */
    public interface Listener {
        /** A click without drag inside a panel's plot area. */
        default void picked(int panel, double x, double y) {
        }

        /**
         * A click without drag (twice: the second click of a double-click, reported after the single clicks);
         * returns true when the click was used (a double-click then does not reset the zoom).
         */
        default boolean clicked(Pointer p, boolean twice) {
            return false;
        }

        /** The pointer moved over a plot area with no button held (null: it left the plot areas). */
        default void hovered(Pointer p) {
        }

        /** The zoom changed (by the mouse or {@link #zoomTo}). */
        default void zoomed() {
        }
    }

    /**
     * The ranges of a drawing that is a window of the view's own model: the view recomputes for the window asked
     * (the phase plane, the orbit diagram).
     */
    public interface Window {
        /** Shows x by y (y null: keep the shown y range). */
        void zoomTo(Range x, Range y);

        /** Back to the view's whole window (double-click). */
        void reset();
    }

    /** What the mouse wheel zooms. */
    public enum Wheel {
        /** x about the pointer, with Ctrl the y of the panel under the pointer (time courses). */
        X_OR_Y,
        /** both axes about the pointer (a phase plane). */
        BOTH,
        /** nothing. */
        NONE
    }

    private static final int MIN_DRAG = 5;
    /** The zoom factor of one wheel notch. */
    public static final double WHEEL_FACTOR = 1.25;

    private enum Mode {
        NONE, BOX, PAN
    }

    private final FigureCanvas canvas;
    private final List<Listener> listeners = new ArrayList<>();
    private Range x;
    private final Map<Integer, Range> y = new HashMap<>();
    private Mode mode = Mode.NONE;
    private int panel = -1;
    private PlotFrame downFrame;
    private int downX;
    private int downY;
    private int lastX;
    private int lastY;
    private int hoverX = -1;
    private int hoverY = -1;
    private boolean hover = true;
    private Window window;
    private Wheel wheelMode = Wheel.X_OR_Y;
    private boolean box = true;
    private boolean hovering;

    FigureNavigation(FigureCanvas canvas) {
        this.canvas = canvas;
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.MouseExit, e -> {
            clearHover();
            hovered(null);
        });
        // the readout goes while the context menu is open (it stayed over the menu, issue 18); the next move
        // after the menu closes brings it back
        canvas.addListener(SWT.MenuDetect, e -> {
            clearHover();
            hovered(null);
        });
    }

    private void clearHover() {
        if (hoverX >= 0) {
            hoverX = -1;
            canvas.redraw();
        }
    }

    /** True while the hover readout is drawn (the pointer over a panel, no drag, no context menu). */
    public boolean isHoverShown() {
        return hover && hoverX >= 0 && mode == Mode.NONE;
    }

    /**
     * Hands the zoom to the view's own window instead of applying ranges to the figure (returns this): box,
     * wheel and pan ask {@code w} for a window, a double-click resets it.
     */
    public FigureNavigation zoomWindow(Window w) {
        this.window = w;
        return this;
    }

    /** What the wheel zooms (returns this). */
    public FigureNavigation wheel(Wheel mode) {
        this.wheelMode = mode;
        return this;
    }

    /** Whether a dragged rectangle zooms (returns this); without, a drag does nothing and a click picks. */
    public FigureNavigation boxZoom(boolean on) {
        this.box = on;
        return this;
    }

    private void doubleClick(Event e) {
        if (e.button != 1) {
            return;
        }
        Pointer p = pointer(e.x, e.y);
        boolean used = false;
        if (p != null) {
            for (Listener l : List.copyOf(listeners)) {
                used |= l.clicked(p, true);
            }
        }
        if (!used) {
            reset();
        }
    }

    private Pointer pointer(int px, int py) {
        int at = panelAt(px, py);
        PlotFrame f = frame(at);
        return f == null ? null : new Pointer(at, f, f.dataX(px), f.dataY(py), px, py);
    }

    private void hovered(Pointer p) {
        if (p == null && !hovering) {
            return;
        }
        hovering = p != null;
        for (Listener l : List.copyOf(listeners)) {
            l.hovered(p);
        }
    }

    /** Adds a listener. */
    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** Turns the hover readout on or off (on by default). */
    public void setHover(boolean on) {
        hover = on;
        hoverX = -1;
        canvas.redraw();
    }

    /** The x range zoomed to, or null for the figure's own. */
    public Range xZoom() {
        return x;
    }

    /** The y range of a panel zoomed to, or null for the figure's own. */
    public Range yZoom(int panelIndex) {
        return y.get(panelIndex);
    }

    /**
     * Zooms to an x range (null: the figure's own) and, for one panel (ignored when negative), a y range (null:
     * the panel's own), as a drag would.
     */
    public void zoomTo(Range xRange, int panelIndex, Range yRange) {
        if (window != null) {
            if (valid(xRange) != null) {
                window.zoomTo(xRange, valid(yRange));
            }
            return;
        }
        x = valid(xRange);
        if (panelIndex >= 0) {
            if (valid(yRange) == null) {
                y.remove(panelIndex);
            } else {
                y.put(panelIndex, yRange);
            }
        }
        changed();
    }

    /** Back to the whole figure (what a double-click does). */
    public void reset() {
        if (window != null) {
            window.reset();
            return;
        }
        x = null;
        y.clear();
        changed();
    }

    private void changed() {
        canvas.redraw();
        for (Listener l : List.copyOf(listeners)) {
            l.zoomed();
        }
    }

    private static Range valid(Range r) {
        return r != null && Double.isFinite(r.min()) && Double.isFinite(r.max()) && r.max() > r.min() ? r : null;
    }

    /** The figure with the zoomed ranges: x on every panel, y on the panels zoomed (secondary axes unchanged). */
    public Figure apply(Figure f) {
        if (x == null && y.isEmpty()) {
            return f;
        }
        List<Plot> panels = new ArrayList<>();
        for (int i = 0; i < f.panels().size(); i++) {
            Plot p = f.panels().get(i);
            if (x != null) {
                p = p.withXRange(x);
            }
            Range yr = y.get(i);
            if (yr != null) {
                p = p.withYRanges(yr, p.secondaryYRange());
            }
            panels.add(p);
        }
        return new Figure(f.title(), panels, f.heights());
    }

    /** The chart with the zoomed ranges (x, and the y of panel 0). */
    public Chart apply(Chart c) {
        Range yr = y.get(0);
        if (x == null && yr == null) {
            return c;
        }
        return c.withRanges(x == null ? c.xRange() : new double[] {x.min(), x.max()},
                yr == null ? c.yRange() : new double[] {yr.min(), yr.max()});
    }

    private int panelAt(int px, int py) {
        List<PlotFrame> frames = canvas.frames();
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).inside(px, py)) {
                return i;
            }
        }
        return -1;
    }

    private PlotFrame frame(int i) {
        List<PlotFrame> frames = canvas.frames();
        return i >= 0 && i < frames.size() ? frames.get(i) : null;
    }

    private void down(Event e) {
        boolean pan = e.button == 2 || (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0);
        int at = panelAt(e.x, e.y);
        if ((e.button != 1 && !pan) || at < 0 || !canvas.showsSomething()) {
            return;
        }
        hovered(null);
        mode = pan ? Mode.PAN : Mode.BOX;
        panel = at;
        downFrame = frame(at);
        downX = lastX = e.x;
        downY = lastY = e.y;
    }

    private void move(Event e) {
        if (mode == Mode.PAN) {
            // relative to the press, in the mapping of the press: moves between two paints add up exactly
            PlotFrame f = downFrame;
            Range xs = f.xRange();
            Range ys = f.yRange();
            double dx = f.dataX(downX) - f.dataX(e.x);
            double dy = f.dataY(downY) - f.dataY(e.y);
            lastX = e.x;
            lastY = e.y;
            zoomTo(new Range(xs.min() + dx, xs.max() + dx), panel, new Range(ys.min() + dy, ys.max() + dy));
        } else if (mode == Mode.BOX) {
            lastX = e.x;
            lastY = e.y;
            if (box) {
                canvas.redraw();
            }
        } else {
            hovered(pointer(e.x, e.y));
        }
        if (mode == Mode.NONE && hover && canvas.shownFigure() != null) {
            int before = hoverX;
            boolean inside = panelAt(e.x, e.y) >= 0;
            hoverX = inside ? e.x : -1;
            hoverY = e.y;
            if (inside || before >= 0) {
                canvas.redraw();
            }
        }
    }

    private void up(Event e) {
        Mode was = mode;
        mode = Mode.NONE;
        if (was != Mode.BOX) {
            return;
        }
        canvas.redraw();
        PlotFrame f = downFrame;
        int w = Math.abs(e.x - downX);
        int h = Math.abs(e.y - downY);
        if (w < MIN_DRAG && h < MIN_DRAG) {
            Pointer p = new Pointer(panel, f, f.dataX(e.x), f.dataY(e.y), e.x, e.y);
            for (Listener l : List.copyOf(listeners)) {
                l.picked(panel, p.x(), p.y());
                l.clicked(p, false);
            }
            return;
        }
        if (w < MIN_DRAG || !box) {
            return;
        }
        Range xs = new Range(Math.min(f.dataX(downX), f.dataX(e.x)), Math.max(f.dataX(downX), f.dataX(e.x)));
        Range ys = h < MIN_DRAG ? y.get(panel)
                : new Range(Math.min(f.dataY(downY), f.dataY(e.y)), Math.max(f.dataY(downY), f.dataY(e.y)));
        zoomTo(xs, panel, ys);
    }

    private void wheel(Event e) {
        int at = panelAt(e.x, e.y);
        PlotFrame f = frame(at);
        if (e.count == 0 || f == null || wheelMode == Wheel.NONE) {
            return;
        }
        double factor = e.count > 0 ? 1 / WHEEL_FACTOR : WHEEL_FACTOR;
        // from the zoom set last (notches faster than paints add up), mapped on the painted rectangle
        double[] a = f.area();
        if (wheelMode == Wheel.BOTH) {
            Range xs = f.xRange();
            Range ys = f.yRange();
            zoomTo(scaled(xs, f.dataX(e.x), factor), at, scaled(ys, f.dataY(e.y), factor));
        } else if ((e.stateMask & SWT.CTRL) != 0) {
            Range r = y.get(at) != null ? y.get(at) : f.yRange();
            double pointer = r.max() - (e.y - a[1]) / a[3] * r.span();
            zoomTo(x, at, scaled(r, pointer, factor));
        } else {
            Range r = x != null ? x : f.xRange();
            double pointer = r.min() + (e.x - a[0]) / a[2] * r.span();
            zoomTo(scaled(r, pointer, factor), -1, null);
        }
    }

    private static Range scaled(Range r, double at, double factor) {
        return new Range(at - (at - r.min()) * factor, at + (r.max() - at) * factor);
    }

    /** Draws the drag rectangle and the hover readout (screen only). */
    void paintOverlay(Canvas d, List<PlotFrame> frames) {
        if (mode == Mode.BOX && box && (Math.abs(lastX - downX) >= MIN_DRAG || Math.abs(lastY - downY) >= MIN_DRAG)) {
            d.color(0x5A5A5A);
            d.stroke(1, true);
            d.rectangle(Math.min(downX, lastX), Math.min(downY, lastY), Math.abs(lastX - downX),
                    Math.abs(lastY - downY), false);
            d.stroke(1, false);
            return;
        }
        if (hoverX < 0 || mode != Mode.NONE || !hover) {
            return;
        }
        int at = panelAt(hoverX, hoverY);
        Figure fig = canvas.shownFigure();
        if (at < 0 || fig == null || at >= fig.panels().size()) {
            return;
        }
        d.color(0x9A9A9A);
        d.stroke(1, true);
        for (PlotFrame f : frames) {
            double[] a = f.area();
            d.line(hoverX, a[1], hoverX, a[1] + a[3]);
        }
        d.stroke(1, false);
        PlotFrame f = frames.get(at);
        List<String> lines = readout(fig.panels().get(at), f.dataX(hoverX));
        double[] a = f.area();
        double size = PlotFrame.TICK_FONT;
        double width = 0;
        for (String s : lines) {
            width = Math.max(width, d.textWidth(s, size));
        }
        double lineHeight = size * Canvas.PX_PER_PT + 3;
        double left = hoverX + 10 + width + 8 > a[0] + a[2] ? hoverX - 10 - width - 8 : hoverX + 10;
        double top = a[1] + 6;
        d.color(0xFFFFFF);
        d.rectangle(left, top, width + 8, lines.size() * lineHeight + 4, true);
        d.color(0xB0B0B0);
        d.rectangle(left, top, width + 8, lines.size() * lineHeight + 4, false);
        d.color(0x222222);
        for (int i = 0; i < lines.size(); i++) {
            d.text(lines.get(i), left + 4, top + 2 + lineHeight * (i + 0.5), Align.LEFT, size, false);
        }
    }

    /**
     * The hover readout of a panel at data x: x itself, then each labelled line series's value at the nearest
     * sample (what the box beside the pointer shows).
     */
    public static List<String> readout(Plot plot, double at) {
        List<String> lines = new ArrayList<>();
        lines.add((plot.xTitle().isEmpty() ? "x" : plot.xTitle()) + " = " + number(at));
        for (Series s : plot.series()) {
            if (s.label().isEmpty() || s.style() == SeriesStyle.MARKERS || s.size() == 0) {
                continue;
            }
            int k = nearest(s.x(), at);
            if (k >= 0) {
                lines.add(s.label() + " = " + number(s.y()[k]));
            }
        }
        return lines;
    }

    /** Index of the sample nearest to x (binary search when x increases, else a scan), or -1. */
    static int nearest(double[] xs, double at) {
        int n = xs.length;
        if (n == 0) {
            return -1;
        }
        if (xs[n - 1] >= xs[0]) {
            int k = java.util.Arrays.binarySearch(xs, at);
            if (k >= 0) {
                return k;
            }
            int i = -k - 1;
            if (i <= 0) {
                return 0;
            }
            if (i >= n) {
                return n - 1;
            }
            return at - xs[i - 1] <= xs[i] - at ? i - 1 : i;
        }
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (Math.abs(xs[k] - at) < Math.abs(xs[best] - at)) {
                best = k;
            }
        }
        return best;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)",
                "$1").replace("-", "\u2212");
    }
}
