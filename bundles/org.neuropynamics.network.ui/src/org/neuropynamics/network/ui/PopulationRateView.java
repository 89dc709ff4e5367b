package org.neuropynamics.network.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.RateRecording;

/**
 * Population rates over time (Hz per neuron), one line per group, coloured as in the raster. Uses the rate
 * monitors of the network; groups without one are binned from their spikes (5 ms bins).
 */
public final class PopulationRateView extends ResultView {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.rates";
    static final double DEFAULT_BIN_MS = 5;
    private static final int LEFT = 70;
    private static final int BOTTOM = 44;

    /** The rate of every population and input: its rate monitor's if it has one, else binned spikes. */
    public List<RateRecording> rates() {
        if (result() == null) {
            return List.of();
        }
        List<RateRecording> out = new java.util.ArrayList<>();
        for (GroupSpikes g : result().spikes()) {
            RateRecording own = null;
            for (RateRecording r : result().rates()) {
                if (r.group().equals(g.name())) {
                    own = r;
                }
            }
            out.add(own != null ? own : bin(g, DEFAULT_BIN_MS));
        }
        return out;
    }

    static RateRecording bin(GroupSpikes g, double binMs) {
        int bins = Math.max(1, (int) Math.ceil(g.durationMs() / binMs));
        double[] starts = new double[bins];
        double[] rates = new double[bins];
        for (double t : g.times()) {
            rates[Math.min(bins - 1, (int) (t / binMs))]++;
        }
        for (int b = 0; b < bins; b++) {
            starts[b] = b * binMs;
            rates[b] = g.size() == 0 ? 0 : rates[b] / (g.size() * binMs / 1000.0);
        }
        return new RateRecording(g.name(), binMs, starts, rates);
    }

    @Override
    public boolean hasData() {
        return !rates().isEmpty();
    }

    @Override
    protected String emptyMessage() {
        return "Run a network to see the rate of each population here.";
    }

    @Override
    protected void paint(GC gc, Rectangle a) {
        List<RateRecording> rates = rates();
        double max = 1;
        for (RateRecording r : rates) {
            for (double x : r.ratesHz()) {
                max = Math.max(max, x);
            }
        }
        max = Math.ceil(max / PlotAxes.tickStep(max, 5)) * PlotAxes.tickStep(max, 5);
        int w = Math.max(10, a.width - LEFT - 170);
        int top = 24;
        int bottom = Math.max(top + 10, a.height - BOTTOM);
        double t1 = result().durationMs();
        PlotAxes.valueAxis(gc, LEFT, top, bottom, 0, max, 5);
        gc.drawString("rate (Hz)", 6, 4, true);
        int legendY = top;
        for (int k = 0; k < rates.size(); k++) {
            RateRecording r = rates.get(k);
            gc.setForeground(RasterColors.of((Display) gc.getDevice(), k));
            gc.setLineWidth(2);
            double[] s = r.binStarts();
            double[] y = r.ratesHz();
            int[] pts = new int[4 * s.length];
            for (int b = 0; b < s.length; b++) {
                int x0 = LEFT + (int) Math.round(s[b] / t1 * w);
                int x1 = LEFT + (int) Math.round(Math.min(t1, s[b] + r.binMs()) / t1 * w);
                int yy = bottom - (int) Math.round(y[b] / max * (bottom - top));
                pts[4 * b] = x0;
                pts[4 * b + 1] = yy;
                pts[4 * b + 2] = x1;
                pts[4 * b + 3] = yy;
            }
            gc.drawPolyline(pts);
            gc.drawLine(LEFT + w + 20, legendY + 8, LEFT + w + 40, legendY + 8);
            gc.setForeground(color(SWT.COLOR_BLACK));
            gc.drawString(r.group(), LEFT + w + 46, legendY, true);
            legendY += gc.getFontMetrics().getHeight() + 6;
        }
        gc.setLineWidth(1);
        PlotAxes.timeAxis(gc, LEFT, LEFT + w, bottom, 0, t1);
    }
}
