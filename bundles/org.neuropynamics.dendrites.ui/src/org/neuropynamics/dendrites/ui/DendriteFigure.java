package org.neuropynamics.dendrites.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.neuropynamics.dendrites.cable.CableTrace;
import org.neuropynamics.dendrites.cable.DendriticCoincidence;
import org.neuropynamics.dendrites.cable.EpspSpread;

/**
 * The dendrite figure: V along the cable over time (heat map), V at the synapse and the soma, the peak and
 * its delay along the dendrite, and the soma's response against the lag of two inputs.
 */
final class DendriteFigure extends Canvas {

    private static final Color SOMA = new Color(30, 90, 200);
    private static final Color SYNAPSE = new Color(210, 50, 40);
    private EpspSpread spread;
    private int site;
    private List<DendriticCoincidence.Point> coincidence = List.of();

    DendriteFigure(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
    }

    void setInput(EpspSpread s, int synapseCompartment, List<DendriticCoincidence.Point> lagCurve) {
        this.spread = s;
        this.site = synapseCompartment;
        this.coincidence = List.copyOf(lagCurve);
        redraw();
    }

    EpspSpread spread() {
        return spread;
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        Rectangle a = getClientArea();
        if (spread == null) {
            gc.drawText("computing...", 10, 10);
            return;
        }
        int w = a.width / 2;
        int h = a.height / 2;
        heat(gc, new Rectangle(0, 0, w, h));
        traces(gc, new Rectangle(w, 0, a.width - w, h));
        profile(gc, new Rectangle(0, h, w, a.height - h));
        lag(gc, new Rectangle(w, h, a.width - w, a.height - h));
    }

    private void heat(GC gc, Rectangle r) {
        CableTrace t = spread.trace();
        double[][] v = t.potential();
        int stride = Math.max(1, t.times().length / 400);
        double[][] grid = new double[v.length][];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            int cols = v[i].length / stride;
            grid[i] = new double[cols];
            for (int j = 0; j < cols; j++) {
                grid[i][j] = v[i][j * stride];
                lo = Math.min(lo, grid[i][j]);
                hi = Math.max(hi, grid[i][j]);
            }
        }
        double[] times = t.times();
        Axes ax = new Axes(r, 0, times[times.length - 1], -0.5, v.length - 0.5, 40);
        HeatMap.paint(gc, ax, grid, lo, Math.max(hi, lo + 1));
        ax.draw(gc, "V along the dendrite (0 = soma)", "t (ms)", "compartment");
    }

    private void traces(GC gc, Rectangle r) {
        CableTrace t = spread.trace();
        double[] times = t.times();
        double[] syn = t.potential(site);
        double[] soma = t.potential(0);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < times.length; j++) {
            lo = Math.min(lo, Math.min(syn[j], soma[j]));
            hi = Math.max(hi, Math.max(syn[j], soma[j]));
        }
        Axes ax = new Axes(r, 0, times[times.length - 1], lo - 0.5, hi + 0.5, 0);
        ax.draw(gc, "V at the synapse (red) and the soma (blue)", "t (ms)", "V (mV)");
        line(gc, ax, times, syn, SYNAPSE);
        line(gc, ax, times, soma, SOMA);
    }

    private void profile(GC gc, Rectangle r) {
        double[] x = spread.positions();
        double[] peak = spread.peak();
        double max = 0;
        for (double p : peak) {
            max = Math.max(max, p);
        }
        Axes ax = new Axes(r, 0, x[x.length - 1], 0, max * 1.05, 0);
        ax.draw(gc, "Peak depolarisation (red) and its delay (blue, ms, right)", "distance from soma (um)", "mV");
        line(gc, ax, x, peak, SYNAPSE);
        double maxDelay = 0;
        for (double d : spread.delay()) {
            maxDelay = Math.max(maxDelay, d);
        }
        double[] scaled = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            scaled[i] = spread.delay()[i] / Math.max(maxDelay, 1e-9) * max;
        }
        line(gc, ax, x, scaled, SOMA);
        gc.setForeground(SOMA);
        gc.drawText("max " + Axes.label(maxDelay) + " ms", ax.plot.x + ax.plot.width - 80, ax.plot.y + 4, true);
    }

    private void lag(GC gc, Rectangle r) {
        if (coincidence.isEmpty()) {
            return;
        }
        int n = coincidence.size();
        double[] lags = new double[n];
        double[] peaks = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            lags[i] = coincidence.get(i).lag();
            peaks[i] = coincidence.get(i).somaPeak();
            max = Math.max(max, peaks[i]);
        }
        Axes ax = new Axes(r, lags[0], lags[n - 1], 0, max * 1.05, 0);
        ax.draw(gc, "Soma peak against the lag of a proximal input after a distal one", "lag (ms)", "mV");
        line(gc, ax, lags, peaks, SOMA);
    }

    private static void line(GC gc, Axes ax, double[] x, double[] y, Color c) {
        gc.setForeground(c);
        gc.setLineWidth(2);
        int[] pts = new int[2 * x.length];
        for (int i = 0; i < x.length; i++) {
            pts[2 * i] = ax.px(x[i]);
            pts[2 * i + 1] = ax.py(y[i]);
        }
        gc.drawPolyline(pts);
        gc.setLineWidth(1);
    }
}
