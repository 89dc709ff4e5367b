package org.neuropynamics.network.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.sim.NetworkResult;

/**
 * A view that draws one aspect of the last network run on a double-buffered canvas (the pattern of the
 * spike raster): {@link #setResult} stores the run and the network it came from and repaints.
 */
public abstract class ResultView extends ViewPart {

    private Canvas canvas;
    private NetworkResult result;
    private Network network;

    @Override
    public void createPartControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addPaintListener(e -> {
            Rectangle a = canvas.getClientArea();
            e.gc.setBackground(color(SWT.COLOR_WHITE));
            e.gc.fillRectangle(a);
            e.gc.setForeground(color(SWT.COLOR_BLACK));
            e.gc.setAntialias(SWT.ON);
            e.gc.setTextAntialias(SWT.ON);
            if (result == null && network == null || !hasData()) {
                e.gc.drawString(emptyMessage(), 10, 10, true);
            } else {
                paint(e.gc, a);
            }
        });
    }

    /** Shows a run of {@code net} (net may be null when only the result is known). */
    public void setResult(NetworkResult r, Network net) {
        result = r;
        network = net;
        if (canvas != null && !canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** The result shown, or null. */
    public NetworkResult result() {
        return result;
    }

    /** The network of the result shown, or null. */
    protected Network network() {
        return network;
    }

    /** True when the result holds what this view draws. */
    public abstract boolean hasData();

    /** What the view says while it has nothing to draw. */
    protected abstract String emptyMessage();

    /** Draws the result into {@code area}. */
    protected abstract void paint(GC gc, Rectangle area);

    protected final Canvas canvas() {
        return canvas;
    }

    protected final Color color(int swtColor) {
        return canvas.getDisplay().getSystemColor(swtColor);
    }

    /** Says above the view which network and run it shows ("" for none). */
    public void showsRun(String label) {
        setContentDescription(label == null ? "" : label);
    }

    /** What the view says about the run it shows. */
    public String runLabel() {
        return getContentDescription();
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
