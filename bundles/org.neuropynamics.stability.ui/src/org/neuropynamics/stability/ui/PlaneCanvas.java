package org.neuropynamics.stability.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.stability.phaseplane.PlaneWindow;
import org.neuropynamics.plot.render.PlotFrame;
import org.neuropynamics.stability.draw.PlaneFigure;
import org.neuropynamics.stability.draw.PlanePainter;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;

/**
 * The phase-plane drawing: a {@link FigureCanvas} painting a {@link PlaneFigure} (export from its context menu
 * and the view's toolbar); a click launches a trajectory (or selects the
 * equilibrium under the pointer), the wheel zooms about the pointer, dragging with the middle button or with
 * Shift pans.
 */
public final class PlaneCanvas extends FigureCanvas {

    /** What the user did on the plane. */
    interface Listener {
        void clicked(double x, double y);

        void equilibriumSelected(int index);

        void windowChanged(PlaneWindow window);
    }

    private final Listener listener;
    private PlaneFigure figure;
    private Point dragStart;
    private PlaneWindow dragWindow;

    PlaneCanvas(Composite parent, Listener listener) {
        super(parent);
        this.listener = listener;
        setExportName("phase-plane");
        setMessage("Computing...");
        FigureExportActions.installContextMenu(this);
        addListener(SWT.MouseDown, this::down);
        addListener(SWT.MouseUp, this::up);
        addListener(SWT.MouseMove, this::move);
        addListener(SWT.MouseVerticalWheel, this::wheel);
    }

    /** Shows a new figure. */
    void setFigure(PlaneFigure f) {
        this.figure = f;
        setPainting((c, w, h) -> PlanePainter.paint(c, w, h, f), () -> Exports.csv(f));
    }

    /** The figure shown (null before the first result). */
    PlaneFigure figure() {
        return figure;
    }

    private void down(Event e) {
        PlotFrame frame = frame();
        if (frame == null || figure == null) {
            return;
        }
        if (e.button == 2 || (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0)) {
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
        PlotFrame frame = frame();
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
        PlotFrame frame = frame();
        if (frame == null || figure == null || !frame.inside(e.x, e.y)) {
            return;
        }
        double factor = e.count > 0 ? 0.8 : 1.25;
        listener.windowChanged(figure.portrait().window().zoom(factor, frame.dataX(e.x), frame.dataY(e.y)));
    }
}
