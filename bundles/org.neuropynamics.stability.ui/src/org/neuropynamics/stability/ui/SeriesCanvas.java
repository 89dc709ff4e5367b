package org.neuropynamics.stability.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.neuropynamics.core.phaseplane.Trajectory;
import org.neuropynamics.stability.draw.TimeSeriesPainter;
import org.neuropynamics.stability.ui.draw.GcDrawing;

/** The time course x(t), y(t) of the selected trajectory, drawn by {@link TimeSeriesPainter}. */
public final class SeriesCanvas extends Canvas {

    static final String HINT = "Select a trajectory (click on the plane or in the list) to see its time course.";

    private Trajectory trajectory;
    private String xName = "x";
    private String yName = "y";

    SeriesCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addListener(SWT.Paint, e -> {
            Point size = getSize();
            GcDrawing d = new GcDrawing(e.gc);
            try {
                TimeSeriesPainter.paint(d, size.x, size.y, trajectory, xName, yName, HINT);
            } finally {
                d.dispose();
            }
        });
    }

    /** Shows a trajectory (null for none). */
    void show(Trajectory t, String x, String y) {
        if (t == trajectory && x.equals(xName) && y.equals(yName)) {
            return;
        }
        trajectory = t;
        xName = x;
        yName = y;
        redraw();
    }

    /** The trajectory shown, or null. */
    public Trajectory trajectory() {
        return trajectory;
    }
}
