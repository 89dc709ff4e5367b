package org.neuropynamics.dendrites.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.neuropynamics.dendrites.jeffress.DelayLine;
import org.neuropynamics.dendrites.jeffress.DetectorResponse;
import org.neuropynamics.dendrites.jeffress.JeffressResult;
import org.neuropynamics.dendrites.jeffress.TuningCurve;

/**
 * The Jeffress figure in four panels: the delay-line graph (edges bent in proportion to their delay), the
 * raster with the input times marked, the heat map of detector potentials and the tuning curve.
 */
final class JeffressFigure extends Canvas {

    private static final Color LEFT = new Color(30, 90, 200);
    private static final Color RIGHT = new Color(210, 50, 40);
    private static final Color WINNER = new Color(250, 170, 0);
    private JeffressResult result;
    private List<TuningCurve.Point> tuning = List.of();

    JeffressFigure(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
    }

    /** Replaces the data and redraws. */
    void setInput(JeffressResult r, List<TuningCurve.Point> curve) {
        this.result = r;
        this.tuning = List.copyOf(curve);
        redraw();
    }

    JeffressResult result() {
        return result;
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        Rectangle a = getClientArea();
        if (result == null) {
            gc.drawText("computing...", 10, 10);
            return;
        }
        int w = a.width / 2;
        int h = a.height / 2;
        graph(gc, new Rectangle(0, 0, w, h));
        raster(gc, new Rectangle(w, 0, a.width - w, h));
        heat(gc, new Rectangle(0, h, w, a.height - h));
        curve(gc, new Rectangle(w, h, a.width - w, a.height - h));
    }

    private void graph(GC gc, Rectangle r) {
        DelayLine line = result.config().line();
        int n = line.size();
        int top = r.y + 40;
        int bottom = r.y + r.height - 40;
        int lx = r.x + r.width / 4;
        int rx = r.x + 3 * r.width / 4;
        double maxDelay = (n + 1) * line.delta();
        int winner = result.winner().orElse(0);
        for (int k = 1; k <= n; k++) {
            int dx = detectorX(r, k, n);
            bent(gc, LEFT, lx, top, dx, bottom, line.leftDelay(k) / maxDelay * r.width * 0.25, k == winner);
            bent(gc, RIGHT, rx, top, dx, bottom, -line.rightDelay(k) / maxDelay * r.width * 0.25, k == winner);
        }
        node(gc, lx, top, LEFT, "L " + Axes.label(result.config().leftTime()) + " ms");
        node(gc, rx, top, RIGHT, "R " + Axes.label(result.config().rightTime()) + " ms");
        for (int k = 1; k <= n; k++) {
            node(gc, detectorX(r, k, n), bottom, k == winner ? WINNER : getDisplay().getSystemColor(SWT.COLOR_GRAY),
                    Integer.toString(k));
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText("Delay lines: curvature ~ delay; winner " + (winner == 0 ? "none" : winner) + ", k* = "
                + Axes.label(result.config().coincidentDetector()), r.x + 8, r.y + 4, true);
    }

    private static int detectorX(Rectangle r, int k, int n) {
        return r.x + 30 + (int) Math.round((r.width - 60) * (n == 1 ? 0.5 : (k - 1.0) / (n - 1)));
    }

    private void bent(GC gc, Color c, int x0, int y0, int x1, int y1, double bend, boolean bold) {
        Path p = new Path(getDisplay());
        p.moveTo(x0, y0);
        float cx = (float) ((x0 + x1) / 2.0 + bend);
        float cy = (float) ((y0 + y1) / 2.0);
        p.quadTo(cx, cy, x1, y1);
        gc.setForeground(c);
        gc.setLineWidth(bold ? 3 : 1);
        gc.drawPath(p);
        gc.setLineWidth(1);
        p.dispose();
    }

    private void node(GC gc, int x, int y, Color fill, String label) {
        gc.setBackground(fill);
        gc.fillOval(x - 8, y - 8, 16, 16);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawOval(x - 8, y - 8, 16, 16);
        gc.drawText(label, x - gc.textExtent(label).x / 2, y + (y > getClientArea().height / 4 ? 10 : -26), true);
    }

    private void raster(GC gc, Rectangle r) {
        int n = result.detectors().size();
        Axes ax = new Axes(r, 0, result.endTime(), 0.5, n + 0.5, 0);
        ax.draw(gc, "Spikes (| ) and inputs (o left, x right)", "t (ms)", "detector");
        int bottom = ax.plot.y + ax.plot.height;
        int xl = ax.px(result.config().leftTime());
        int xr0 = ax.px(result.config().rightTime());
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setForeground(LEFT);
        gc.drawLine(xl, ax.plot.y, xl, bottom);
        gc.setForeground(RIGHT);
        gc.drawLine(xr0, ax.plot.y, xr0, bottom);
        gc.setLineStyle(SWT.LINE_SOLID);
        for (DetectorResponse d : result.detectors()) {
            int y = ax.py(d.index());
            gc.setForeground(LEFT);
            gc.drawOval(ax.px(d.leftArrival()) - 3, y - 3, 6, 6);
            gc.setForeground(RIGHT);
            int xr = ax.px(d.rightArrival());
            gc.drawLine(xr - 3, y - 3, xr + 3, y + 3);
            gc.drawLine(xr - 3, y + 3, xr + 3, y - 3);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.setLineWidth(2);
            for (double t : d.spikeTimes()) {
                gc.drawLine(ax.px(t), y - 7, ax.px(t), y + 7);
            }
            gc.setLineWidth(1);
        }
    }

    private void heat(GC gc, Rectangle r) {
        int n = result.detectors().size();
        double step = Math.max(0.02, result.endTime() / 400);
        double[][] grid = result.potentialGrid(step);
        Axes ax = new Axes(r, 0, result.endTime(), 0.5, n + 0.5, 40);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : grid) {
            for (double v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        HeatMap.paint(gc, ax, grid, lo, Math.max(hi, lo + 1));
        ax.draw(gc, "Membrane potential of the detectors", "t (ms)", "detector");
    }

    private void curve(GC gc, Rectangle r) {
        int n = result.detectors().size();
        if (tuning.isEmpty()) {
            return;
        }
        double lo = tuning.get(0).itd();
        double hi = tuning.get(tuning.size() - 1).itd();
        Axes ax = new Axes(r, lo, hi, 0, n + 1, 0);
        ax.draw(gc, "Tuning curve: winner against ITD (line: k*)", "ITD = t_R - t_L (ms)", "winner");
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.setLineStyle(SWT.LINE_DOT);
        double k0 = Math.max(0, Math.min(n + 1, tuning.get(0).analytic()));
        double k1 = Math.max(0, Math.min(n + 1, tuning.get(tuning.size() - 1).analytic()));
        gc.drawLine(ax.px(lo), ax.py(k0), ax.px(hi), ax.py(k1));
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setBackground(LEFT);
        for (TuningCurve.Point p : tuning) {
            if (p.winner() > 0) {
                gc.fillOval(ax.px(p.itd()) - 3, ax.py(p.winner()) - 3, 6, 6);
            }
        }
        double itd = result.config().itd();
        gc.setForeground(WINNER);
        gc.setLineWidth(2);
        gc.drawLine(ax.px(itd), ax.plot.y, ax.px(itd), ax.plot.y + ax.plot.height);
        gc.setLineWidth(1);
    }
}
