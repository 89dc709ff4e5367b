package org.neuropynamics.network.ui;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.RateMonitor;
import org.neuropynamics.network.model.StateMonitor;

/**
 * Paints the badges of {@link DiagramBadges}: a white tag with a coloured border, a small icon (raster ticks
 * for spikes, a voltage trace for a state monitor, histogram bars for a rate, a current step for an
 * injection) and the badge's text. A selected badge gets the orange halo of the selection.
 */
final class BadgePainter {

    private final Display display;
    private final Color spikes;
    private final Color state;
    private final Color rate;
    private final Color current;
    private final Color highlight;
    private final Color highlightGround;

    BadgePainter(Display display) {
        this.display = display;
        spikes = new Color(display, 28, 52, 120);
        state = new Color(display, 20, 120, 70);
        rate = new Color(display, 120, 50, 140);
        current = new Color(display, 190, 70, 20);
        highlight = new Color(display, 255, 140, 0);
        highlightGround = new Color(display, 255, 236, 210);
    }

    void paint(GC gc, Map<EObject, Rectangle> badges, CanvasSelection selection) {
        for (Map.Entry<EObject, Rectangle> e : badges.entrySet()) {
            badge(gc, e.getKey(), e.getValue(), selection.contains(e.getKey()));
        }
    }

    private void badge(GC gc, EObject element, Rectangle r, boolean selected) {
        Color ink = element instanceof StateMonitor ? state : element instanceof RateMonitor ? rate
                : element instanceof CurrentInjection ? current : spikes;
        if (selected) {
            gc.setBackground(highlight);
            gc.fillRoundRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6, 8, 8);
        }
        gc.setBackground(selected ? highlightGround : display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 6, 6);
        gc.setLineWidth(1);
        gc.setForeground(ink);
        gc.drawRoundRectangle(r.x, r.y, r.width - 1, r.height - 1, 6, 6);
        int s = DiagramBadges.icon(r.height);
        int ix = r.x + 4;
        int iy = r.y + (r.height - s) / 2;
        icon(gc, element, ix, iy, s);
        String text = DiagramBadges.label(element);
        Point ext = gc.textExtent(text);
        gc.drawString(text, ix + s + 3, r.y + (r.height - ext.y) / 2, true);
    }

    /** The kind's icon in an s x s square at (x, y), in the foreground colour. */
    private static void icon(GC gc, EObject element, int x, int y, int s) {
        if (element instanceof StateMonitor) {
            gc.drawPolyline(new int[] {x, y + s * 3 / 4, x + s / 3, y + s * 2 / 3, x + s / 2, y,
                x + s * 7 / 12, y + s, x + s * 3 / 4, y + s * 3 / 4, x + s, y + s * 2 / 3});
        } else if (element instanceof RateMonitor) {
            gc.setBackground(gc.getForeground());
            int w = Math.max(1, s / 4);
            int[] heights = {s / 2, s, s * 3 / 4};
            for (int k = 0; k < 3; k++) {
                gc.fillRectangle(x + k * (w + 1), y + s - heights[k], w, heights[k]);
            }
        } else if (element instanceof CurrentInjection) {
            gc.drawPolyline(new int[] {x, y + s, x + s / 4, y + s, x + s / 4, y + s / 5, x + s * 3 / 4, y + s / 5,
                x + s * 3 / 4, y + s, x + s, y + s});
        } else {
            // a little raster: rows of spike ticks
            for (int k = 0; k < 3; k++) {
                int row = y + k * s / 3;
                int h = Math.max(2, s / 3 - 1);
                for (int j = 0; j < 2; j++) {
                    int tx = x + ((k * 3 + j * 5) % 7) * s / 7 + j;
                    gc.drawLine(tx, row, tx, row + h - 1);
                }
            }
        }
    }

    void dispose() {
        spikes.dispose();
        state.dispose();
        rate.dispose();
        current.dispose();
        highlight.dispose();
        highlightGround.dispose();
    }
}
