package org.neuropynamics.stability.ui;

import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.neuropynamics.stability.phaseplane.Trajectory;
import org.neuropynamics.stability.draw.TimeSeriesPainter;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;

/** The time course x(t), y(t) of the selected trajectory, drawn by {@link TimeSeriesPainter}. */
public final class SeriesCanvas extends FigureCanvas {

    static final String HINT = "Select a trajectory (click on the plane or in the list) to see its time course.";

    private Trajectory trajectory;
    private String xName = "x";
    private String yName = "y";

    SeriesCanvas(Composite parent) {
        super(parent);
        setExportName("trajectory");
        FigureExportActions.installContextMenu(this);
        show(null, xName, yName, true);
    }

    /** Shows a trajectory (null for none). */
    void show(Trajectory t, String x, String y) {
        show(t, x, y, false);
    }

    private void show(Trajectory t, String x, String y, boolean always) {
        if (!always && t == trajectory && x.equals(xName) && y.equals(yName)) {
            return;
        }
        trajectory = t;
        xName = x;
        yName = y;
        setPainting((c, w, h) -> {
            TimeSeriesPainter.paint(c, w, h, t, x, y, HINT);
            return null;
        }, t == null ? null : () -> csv(t, x, y));
    }

    private static String csv(Trajectory t, String x, String y) {
        StringBuilder s = new StringBuilder("t," + x + "," + y + "\n");
        for (int i = 0; i < t.size(); i++) {
            s.append(String.format(Locale.ROOT, "%.10g,%.10g,%.10g%n", t.t()[i], t.x()[i], t.y()[i]));
        }
        return s.toString();
    }

    /** The trajectory shown, or null. */
    public Trajectory trajectory() {
        return trajectory;
    }
}
