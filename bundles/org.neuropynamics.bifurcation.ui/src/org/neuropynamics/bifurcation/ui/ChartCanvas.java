package org.neuropynamics.bifurcation.ui;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.render.ChartPainter;
import org.neuropynamics.plot.render.PlotFrame;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;

/**
 * A {@link FigureCanvas} showing one {@link Chart} (export from its context menu). Reports pointer moves and
 * clicks in data coordinates and, when zooming is on, a rectangle dragged with the left button; draws an
 * optional highlight ring (on screen only).
 */
public class ChartCanvas extends FigureCanvas {

    /** What the pointer does on the plot (data coordinates). */
    interface PointerListener {
        default void moved(double x, double y, PlotFrame frame, int px, int py) {
        }

        default void clicked(double x, double y, PlotFrame frame, int px, int py, boolean doubleClick) {
        }

        default void dragged(double x0, double x1, double y0, double y1) {
        }
    }

    private Chart chart;
    private PointerListener listener = new PointerListener() {
    };
    private boolean zoomable;
    private Point dragStart;
    private Point dragNow;
    private double[] highlight;

    ChartCanvas(Composite parent) {
        super(parent);
        FigureExportActions.installContextMenu(this);
        setOverlay((d, frame) -> {
            if (highlight != null && frame != null) {
                d.color(Palette.HIGHLIGHT);
                d.stroke(2, false);
                d.circle(frame.px(highlight[0]), frame.py(highlight[1]), 7, false);
            }
            if (dragStart != null && dragNow != null) {
                d.color(0x5A5A5A);
                d.stroke(1, true);
                d.rectangle(Math.min(dragStart.x, dragNow.x), Math.min(dragStart.y, dragNow.y),
                        Math.abs(dragNow.x - dragStart.x), Math.abs(dragNow.y - dragStart.y), false);
                d.stroke(1, false);
            }
        });
        addListener(SWT.MouseMove, this::move);
        addListener(SWT.MouseDown, this::down);
        addListener(SWT.MouseUp, this::up);
        addListener(SWT.MouseDoubleClick, e -> click(e, true));
    }

    void setListener(PointerListener l) {
        this.listener = l;
    }

    /** Lets the user drag a rectangle (reported to {@link PointerListener#dragged}). */
    void setZoomable(boolean z) {
        this.zoomable = z;
    }

    void setChart(Chart c) {
        setChart(c, null);
    }

    /** Shows a chart with its data as CSV text for the export. */
    void setChart(Chart c, Supplier<String> csv) {
        this.chart = c;
        setPainting(c == null ? null : (d, w, h) -> ChartPainter.paint(d, w, h, c), csv);
    }

    public Chart chart() {
        return chart;
    }

    /** A ring around a data point (null to remove). */
    void setHighlight(double[] xy) {
        this.highlight = xy;
        redraw();
    }

    private void move(Event e) {
        PlotFrame frame = frame();
        if (frame == null) {
            return;
        }
        if (dragStart != null) {
            dragNow = new Point(e.x, e.y);
            redraw();
            return;
        }
        listener.moved(frame.dataX(e.x), frame.dataY(e.y), frame, e.x, e.y);
    }

    private void down(Event e) {
        PlotFrame frame = frame();
        if (e.button == 1 && zoomable && frame != null && frame.inside(e.x, e.y)) {
            dragStart = new Point(e.x, e.y);
            dragNow = null;
        }
    }

    private void up(Event e) {
        if (e.button != 1) {
            return;
        }
        PlotFrame frame = frame();
        Point start = dragStart;
        dragStart = null;
        if (start != null && dragNow != null && Math.abs(dragNow.x - start.x) > 6 && Math.abs(dragNow.y - start.y) > 6) {
            double x0 = frame.dataX(Math.min(start.x, dragNow.x));
            double x1 = frame.dataX(Math.max(start.x, dragNow.x));
            double y0 = frame.dataY(Math.max(start.y, dragNow.y));
            double y1 = frame.dataY(Math.min(start.y, dragNow.y));
            dragNow = null;
            redraw();
            listener.dragged(x0, x1, y0, y1);
            return;
        }
        dragNow = null;
        click(e, false);
    }

    private void click(Event e, boolean twice) {
        PlotFrame frame = frame();
        if (frame != null && frame.inside(e.x, e.y)) {
            listener.clicked(frame.dataX(e.x), frame.dataY(e.y), frame, e.x, e.y, twice);
        }
    }
}
