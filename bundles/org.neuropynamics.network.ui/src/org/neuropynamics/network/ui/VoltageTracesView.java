package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.StateRecording;

/**
 * Stacked traces of the state monitors: one panel per recorded neuron (at most {@link #MAX_TRACES}), each
 * with its own value axis, all sharing the time axis; coloured by population.
 */
public final class VoltageTracesView extends ResultView {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.traces";
    static final int MAX_TRACES = 8;
    private static final int LEFT = 120;
    private static final int BOTTOM = 44;

    /** One drawn trace: a row of a recording. */
    record Trace(StateRecording recording, int row) {
    }

    /** The traces drawn, in order (at most {@link #MAX_TRACES}). */
    public List<Trace> traces() {
        List<Trace> out = new ArrayList<>();
        if (result() != null) {
            for (StateRecording r : result().states()) {
                for (int n = 0; n < r.neurons().length && out.size() < MAX_TRACES; n++) {
                    out.add(new Trace(r, n));
                }
            }
        }
        return out;
    }

    @Override
    public boolean hasData() {
        return !traces().isEmpty();
    }

    @Override
    protected String emptyMessage() {
        return "Add a state monitor to a population and run the network to see its traces.";
    }

    @Override
    protected void paint(GC gc, Rectangle a) {
        List<Trace> traces = traces();
        NetworkResult result = result();
        int w = Math.max(10, a.width - LEFT - 28);
        // one value range for all panels, so that traces compare at a glance
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Trace tr : traces) {
            for (double v : tr.recording().values()[tr.row()]) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi > lo)) {
            lo -= 1;
            hi += 1;
        }
        int total = Math.max(10, a.height - BOTTOM - 8);
        int panel = total / traces.size();
        double t0 = 0;
        double t1 = result.durationMs();
        for (int p = 0; p < traces.size(); p++) {
            Trace tr = traces.get(p);
            double[] t = tr.recording().times();
            double[] y = tr.recording().values()[tr.row()];
            int top = 8 + p * panel + 4;
            int bottom = 8 + (p + 1) * panel - 4;
            PlotAxes.valueAxis(gc, LEFT, top, bottom, lo, hi, 2);
            Color c = RasterColors.of((org.eclipse.swt.widgets.Display) gc.getDevice(),
                    groupIndex(tr.recording().population()));
            gc.setForeground(c);
            gc.setLineWidth(1);
            int[] pts = new int[2 * Math.min(t.length, 4 * w)];
            int m = pts.length / 2;
            for (int k = 0; k < m; k++) {
                int i = (int) ((long) k * t.length / m);
                pts[2 * k] = LEFT + (int) Math.round((t[i] - t0) / (t1 - t0) * w);
                pts[2 * k + 1] = bottom - (int) Math.round((y[i] - lo) / (hi - lo) * (bottom - top));
            }
            gc.drawPolyline(pts);
            gc.setForeground(color(SWT.COLOR_BLACK));
            String label = tr.recording().population() + " #" + tr.recording().neurons()[tr.row()];
            gc.drawString(label, 6, (top + bottom) / 2 - gc.getFontMetrics().getHeight(), true);
            gc.setForeground(color(SWT.COLOR_DARK_GRAY));
            gc.drawString(tr.recording().variable() + " (" + HeatMapView.unit(tr.recording().variable()) + ")", 6,
                    (top + bottom) / 2, true);
        }
        PlotAxes.timeAxis(gc, LEFT, LEFT + w, 8 + traces.size() * panel, t0, t1);
    }

    /** The colour index of a group: its position in the result's spike list (populations, then inputs). */
    private int groupIndex(String group) {
        for (int k = 0; k < result().spikes().size(); k++) {
            if (result().spikes().get(k).name().equals(group)) {
                return k;
            }
        }
        return 0;
    }
}
