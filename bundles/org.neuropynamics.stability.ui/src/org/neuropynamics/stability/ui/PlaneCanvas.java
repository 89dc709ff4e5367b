package org.neuropynamics.stability.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.core.phaseplane.PlaneWindow;
import org.neuropynamics.stability.ui.draw.GcDrawing;
import org.neuropynamics.stability.draw.PlaneFigure;
import org.neuropynamics.stability.draw.PlanePainter;
import org.neuropynamics.stability.draw.PlotFrame;

/**
 * The phase-plane drawing: paints a {@link PlaneFigure}; a click launches a trajectory (or selects the
 * equilibrium under the pointer), the wheel zooms about the pointer, dragging with the right button or with
 * Shift pans.
 */
public final class PlaneCanvas extends Canvas {

    /** What the user did on the plane. */
    interface Listener {
        void clicked(double x, double y);

        void equilibriumSelected(int index);

        void windowChanged(PlaneWindow window);
    }

    private final Listener listener;
    private PlaneFigure figure;
    private PlotFrame frame;
    private String message = "Computing...";
    private Point dragStart;
    private PlaneWindow dragWindow;

    PlaneCanvas(Composite parent, Listener listener) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.listener = listener;
        addListener(SWT.Paint, this::paint);
        addListener(SWT.MouseDown, this::down);
        addListener(SWT.MouseUp, this::up);
        addListener(SWT.MouseMove, this::move);
        addListener(SWT.MouseVerticalWheel, this::wheel);
    }

    /** Shows a new figure. */
    void setFigure(PlaneFigure f) {
        this.figure = f;
        this.message = null;
        redraw();
    }

    /** The figure shown (null before the first result). */
    PlaneFigure figure() {
        return figure;
    }

    /** Shows a message instead of (or over) the figure, e.g. when there is nothing valid to draw yet. */
    void setMessage(String text) {
        this.message = text;
        redraw();
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Point size = getSize();
        GcDrawing d = new GcDrawing(gc);
        try {
            if (figure != null) {
                frame = PlanePainter.paint(d, size.x, size.y, figure);
            } else {
                d.color(255, 255, 255);
                d.rectangle(0, 0, size.x, size.y, true);
            }
            if (message != null) {
                d.color(90, 90, 90);
                d.text(message, size.x / 2.0, size.y / 2.0, org.neuropynamics.stability.draw.Drawing.Align.CENTER,
                        11, false);
            }
        } finally {
            d.dispose();
        }
    }

    private void down(Event e) {
        if (frame == null || figure == null) {
            return;
        }
        if (e.button == 3 || (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0)) {
            dragStart = new Point(e.x, e.y);
            dragWindow = figure.portrait().window();
            return;
        }
        if (e.button != 1 || !frame.inside(e.x, e.y)) {
            return;
        }
        var eq = figure.portrait().equilibria();
        for (int k = 0; k < eq.size(); k++) {
            Equilibrium q = eq.get(k);
            if (Math.hypot(frame.px(q.state()[0]) - e.x, frame.py(q.state()[1]) - e.y) <= 8) {
                listener.equilibriumSelected(k);
                return;
            }
        }
        listener.clicked(frame.dataX(e.x), frame.dataY(e.y));
    }

    private void move(Event e) {
        if (dragStart == null || frame == null) {
            return;
        }
        double[] a = frame.area();
        double dx = -(e.x - dragStart.x) / a[2] * dragWindow.width();
        double dy = (e.y - dragStart.y) / a[3] * dragWindow.height();
        listener.windowChanged(dragWindow.shifted(dx, dy));
    }

    private void up(Event e) {
        dragStart = null;
    }

    private void wheel(Event e) {
        if (frame == null || figure == null || !frame.inside(e.x, e.y)) {
            return;
        }
        double factor = e.count > 0 ? 0.8 : 1.25;
        listener.windowChanged(figure.portrait().window().zoom(factor, frame.dataX(e.x), frame.dataY(e.y)));
    }
}
