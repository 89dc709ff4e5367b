package org.neuropynamics.network.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/**
 * Panning of the network canvas: drag with the middle mouse button, or scroll with the wheel (Shift+wheel
 * scrolls sideways; Ctrl+wheel stays the zoom). It keeps the diagram's pixel origin and, registered before the
 * other mouse listeners, hands them event coordinates in diagram pixels, so hit tests and gestures need not know
 * about the offset. Zoom to Fit centres the diagram.
 */
final class CanvasPan {

    private static final int WHEEL_STEP = 12;

    private final NetworkCanvas canvas;
    private int originX;
    private int originY;
    private Point last;

    CanvasPan(NetworkCanvas canvas) {
        this.canvas = canvas;
        for (int type : new int[] {SWT.MouseDown, SWT.MouseMove, SWT.MouseUp, SWT.MouseDoubleClick,
                SWT.MouseVerticalWheel}) {
            canvas.addListener(type, this::handle);
        }
    }

    /** Where the diagram's (0, 0) is drawn, in canvas pixels. */
    Point origin() {
        return new Point(originX, originY);
    }

    /** Moves the diagram by the given pixels. */
    void panBy(int dx, int dy) {
        if (dx != 0 || dy != 0) {
            originX += dx;
            originY += dy;
            canvas.redraw();
        }
    }

    /** Back to the corner. */
    void reset() {
        panBy(-originX, -originY);
    }

    /** Draws the diagram's (0, 0) at (x, y) (Zoom to Fit centres the diagram). */
    void moveTo(int x, int y) {
        panBy(x - originX, y - originY);
    }

    private void handle(Event e) {
        if (e.type == SWT.MouseDown && e.button == 2) {
            last = new Point(e.x, e.y);
            e.type = SWT.None; // consumed: the other listeners do not see it
            return;
        }
        if (last != null && e.type == SWT.MouseMove) {
            canvas.viewChosen();
            panBy(e.x - last.x, e.y - last.y);
            last = new Point(e.x, e.y);
            e.type = SWT.None;
            return;
        }
        if (last != null && e.type == SWT.MouseUp && e.button == 2) {
            last = null;
            e.type = SWT.None;
            return;
        }
        if (e.type == SWT.MouseVerticalWheel && (e.stateMask & SWT.MOD1) == 0) {
            int step = Integer.signum(e.count) * WHEEL_STEP * Math.max(1, Math.abs(e.count));
            canvas.viewChosen();
            if ((e.stateMask & SWT.SHIFT) != 0) {
                panBy(step, 0);
            } else {
                panBy(0, step);
            }
            e.type = SWT.None;
            return;
        }
        e.x -= originX;
        e.y -= originY;
    }
}
