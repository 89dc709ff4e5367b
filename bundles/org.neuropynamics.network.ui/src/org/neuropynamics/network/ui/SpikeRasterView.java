package org.neuropynamics.network.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;

/** Spike raster of the last run: one row per neuron, groups stacked and coloured, labelled on the left. */
public final class SpikeRasterView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.raster";
    private static final int LEFT = 110;
    private static final int BOTTOM = 44;

    private Canvas canvas;
    private NetworkResult result;

    @Override
    public void createPartControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    /** Shows the spikes of a run. */
    public void setResult(NetworkResult r) {
        result = r;
        canvas.redraw();
    }

    /** The result shown, or null. */
    public NetworkResult result() {
        return result;
    }

    private void paint(GC gc) {
        Rectangle a = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(a);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.setTextAntialias(SWT.ON);
        if (result == null) {
            gc.drawString("Run a network (Run in the network editor's palette) to see its spikes here.", 10, 10);
            return;
        }
        int total = 0;
        for (GroupSpikes g : result.spikes()) {
            total += g.size();
        }
        int w = Math.max(1, a.width - LEFT - 24);
        int h = Math.max(1, a.height - BOTTOM - 10);
        double rowH = (double) h / Math.max(1, total);
        int row = 0;
        int index = 0;
        // the editor colours populations first, then inputs, the order of result.spikes()
        for (GroupSpikes g : result.spikes()) {
            Color c = RasterColors.of(canvas.getDisplay(), index++);
            gc.setForeground(c);
            gc.setBackground(c);
            double[] t = g.times();
            int[] n = g.neurons();
            // a dot per spike in crowded rows; in tall rows (few neurons) a tick centred in the neuron's row
            int dot = Math.max(1, (int) Math.min(3, rowH));
            int tick = rowH >= 6 ? (int) Math.min(rowH * 0.7, 14) : dot;
            int width = rowH >= 6 ? 2 : dot;
            for (int k = 0; k < t.length; k++) {
                int x = LEFT + (int) (t[k] / result.durationMs() * w);
                int y = 5 + (int) ((row + n[k] + 0.5) * rowH) - tick / 2;
                gc.fillRectangle(x, y, width, tick);
            }
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            int mid = 5 + (int) ((row + g.size() / 2.0) * rowH) - gc.getFontMetrics().getHeight() / 2;
            gc.drawString(g.name(), 6, mid, true);
            row += g.size();
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
            gc.drawLine(LEFT, 5 + (int) (row * rowH), LEFT + w, 5 + (int) (row * rowH));
        }
        PlotAxes.timeAxis(gc, LEFT, LEFT + w, 5 + h, 0, result.durationMs());
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
