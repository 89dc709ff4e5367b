package org.neuropynamics.stability.ui;

import org.eclipse.swt.widgets.Composite;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.plot.Range;
import org.neuropynamics.plot.render.PlotFrame;
import org.neuropynamics.stability.draw.PlaneFigure;
import org.neuropynamics.stability.draw.PlanePainter;
import org.neuropynamics.stability.phaseplane.PlaneWindow;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.figures.FigureNavigation;

/**
 * The phase-plane drawing: a {@link FigureCanvas} painting a {@link PlaneFigure} (export from its context menu
 * and the view's toolbar), with the kit's navigation ({@link FigureNavigation}) zooming the portrait's window
 * (recomputed, not magnified): a click launches a trajectory (or selects the equilibrium under the pointer), a
 * dragged rectangle zooms into it, the wheel zooms about the pointer, dragging with the middle button or with
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

    PlaneCanvas(Composite parent, Listener listener) {
        super(parent);
        this.listener = listener;
        setExportName("phase-plane");
        setMessage("Computing...");
        FigureExportActions.installContextMenu(this);
        FigureNavigation navigation = enableNavigation();
        navigation.wheel(FigureNavigation.Wheel.BOTH).zoomWindow(new FigureNavigation.Window() {
            @Override
            public void zoomTo(Range x, Range y) {
                if (figure == null) {
                    return;
                }
                PlaneWindow w = figure.portrait().window();
                listener.windowChanged(new PlaneWindow(x.min(), x.max(), y == null ? w.yMin() : y.min(),
                        y == null ? w.yMax() : y.max()));
            }

            @Override
            public void reset() {
                // the view's Reset window button; a double-click is two clicks here
            }
        });
        navigation.addListener(new FigureNavigation.Listener() {
            @Override
            public boolean clicked(FigureNavigation.Pointer p, boolean twice) {
                if (!twice) {
                    click(p.frame(), p.px(), p.py(), p.x(), p.y());
                }
                return true;
            }
        });
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

    private void click(PlotFrame frame, int px, int py, double x, double y) {
        if (figure == null) {
            return;
        }
        var eq = figure.portrait().equilibria();
        for (int k = 0; k < eq.size(); k++) {
            Equilibrium q = eq.get(k);
            if (Math.hypot(frame.px(q.state()[0]) - px, frame.py(q.state()[1]) - py) <= 8) {
                listener.equilibriumSelected(k);
                return;
            }
        }
        listener.clicked(x, y);
    }
}
