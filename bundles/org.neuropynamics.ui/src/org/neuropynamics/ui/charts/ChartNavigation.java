package org.neuropynamics.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.IAxis;
import org.neuropynamics.plot.Range;

/**
 * Zoom and pan on the plot area of a {@link TraceChart}, the way scientific plotting tools do it:
 * <ul>
 * <li>drag a rectangle with the left button to zoom into it (a flat rectangle zooms the time axis only);</li>
 * <li>the mouse wheel zooms the x axis around the pointer, with Ctrl the y axis;</li>
 * <li>drag with Shift or with the middle button to pan;</li>
 * <li>double-click to return to the whole plot.</li>
 * </ul>
 * The zoomed ranges survive new inputs (sliders re-simulate while a detail stays in view) until the reset.
 * Listeners hear every change of the x range, so that charts on a shared time axis can follow each other.
 */
final class ChartNavigation {

    private static final int MIN_DRAG = 5;
    private static final double WHEEL_FACTOR = 1.25;

    private final TraceChart chart;
    private final Control area;
    private final List<Consumer<Range>> xListeners = new ArrayList<>();
    private Range xZoom;
    private Range yZoom;
    private int downX;
    private int downY;
    private int lastX;
    private int lastY;
    private Mode mode = Mode.NONE;

    private enum Mode { NONE, BOX, PAN }

    ChartNavigation(TraceChart chart) {
        this.chart = chart;
        this.area = chart.getChart().getPlotArea().getControl();
        area.addListener(SWT.MouseDown, this::down);
        area.addListener(SWT.MouseMove, this::move);
        area.addListener(SWT.MouseUp, this::up);
        area.addListener(SWT.MouseVerticalWheel, this::wheel);
        area.addListener(SWT.MouseDoubleClick, e -> reset());
        area.addListener(SWT.Paint, this::paintBox);
    }

    /** The x range the user zoomed to, or null for the whole plot. */
    Range xZoom() {
        return xZoom;
    }

    /** The y range the user zoomed to, or null for the automatic range. */
    Range yZoom() {
        return yZoom;
    }

    void addXRangeListener(Consumer<Range> listener) {
        xListeners.add(listener);
    }

    /** Shows {@code x} (null: the whole plot) on the x axis, without telling the listeners. */
    void showX(Range x) {
        xZoom = x;
        chart.applyZoom();
    }

    /** Zooms to the given ranges (null keeps an axis automatic) and tells the x listeners. */
    void zoomTo(Range x, Range y) {
        xZoom = x;
        yZoom = y;
        chart.applyZoom();
        xListeners.forEach(l -> l.accept(x));
    }

    /** Back to the whole plot. */
    void reset() {
        zoomTo(null, null);
    }

    private IAxis xAxis() {
        return chart.getChart().getAxisSet().getXAxis(0);
    }

    private IAxis yAxis() {
        return chart.getChart().getAxisSet().getYAxis(0);
    }

    private void down(Event e) {
        boolean pan = e.button == 2 || (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0);
        if (e.button != 1 && !pan) {
            return;
        }
        mode = pan ? Mode.PAN : Mode.BOX;
        downX = lastX = e.x;
        downY = lastY = e.y;
    }

    private void move(Event e) {
        if (mode == Mode.PAN) {
            Range x = shifted(xAxis(), lastX - e.x);
            Range y = shifted(yAxis(), lastY - e.y);
            lastX = e.x;
            lastY = e.y;
            zoomTo(x, y);
        } else if (mode == Mode.BOX) {
            lastX = e.x;
            lastY = e.y;
            area.redraw();
        }
    }

    private void up(Event e) {
        Mode was = mode;
        mode = Mode.NONE;
        if (was != Mode.BOX) {
            return;
        }
        area.redraw();
        int w = Math.abs(e.x - downX);
        int h = Math.abs(e.y - downY);
        if (w < MIN_DRAG) {
            return;
        }
        Range x = between(xAxis(), downX, e.x);
        Range y = h < MIN_DRAG ? yZoom : between(yAxis(), downY, e.y);
        zoomTo(x, y);
    }

    private void wheel(Event e) {
        if (e.count == 0) {
            return;
        }
        double factor = e.count > 0 ? 1 / WHEEL_FACTOR : WHEEL_FACTOR;
        boolean vertical = (e.stateMask & SWT.CTRL) != 0;
        IAxis axis = vertical ? yAxis() : xAxis();
        double at = axis.getDataCoordinate(vertical ? e.y : e.x);
        org.eclipse.swtchart.Range r = axis.getRange();
        Range zoomed = new Range(at - (at - r.lower) * factor, at + (r.upper - at) * factor);
        if (vertical) {
            zoomTo(xZoom, zoomed);
        } else {
            zoomTo(zoomed, yZoom);
        }
    }

    private static Range between(IAxis axis, int p, int q) {
        double a = axis.getDataCoordinate(p);
        double b = axis.getDataCoordinate(q);
        return new Range(Math.min(a, b), Math.max(a, b));
    }

    private static Range shifted(IAxis axis, int pixels) {
        org.eclipse.swtchart.Range r = axis.getRange();
        double d = axis.getDataCoordinate(pixels) - axis.getDataCoordinate(0);
        return new Range(r.lower + d, r.upper + d);
    }

    private void paintBox(Event e) {
        if (mode != Mode.BOX) {
            return;
        }
        GC gc = e.gc;
        Rectangle box = new Rectangle(Math.min(downX, lastX), Math.min(downY, lastY), Math.abs(lastX - downX),
                Math.abs(lastY - downY));
        gc.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawRectangle(box);
    }
}
