package org.neuropynamics.stability.draw;

import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.render.Canvas;
import org.neuropynamics.plot.render.PlotFrame;

import org.neuropynamics.stability.phaseplane.Trajectory;

/**
 * Paints the time course of a phase-plane trajectory: x(t) above y(t), sharing the time axis, in the
 * nullclines' colours (x blue, y red), with a marker at the launch time t = 0 when the trajectory was also
 * integrated backwards.
 */
public final class TimeSeriesPainter {

    private TimeSeriesPainter() {
    }

    /**
     * @param t the trajectory (null: only the hint is shown)
     * @param xName the first variable's name
     * @param yName the second variable's name
     * @param hint the text shown when there is no trajectory
     */
    public static void paint(Canvas d, int width, int height, Trajectory t, String xName, String yName,
            String hint) {
        d.color(0xFFFFFF);
        d.rectangle(0, 0, width, height, true);
        if (t == null || t.size() < 2) {
            d.color(90, 90, 90);
            // wrapped to the figure (cut at both sides beside a tutorial, issue 18)
            java.util.List<String> lines = org.neuropynamics.plot.render.LabelPlacer.wrap(d, hint, 10,
                    Math.max(40, width - 20));
            double y = height / 2.0 - 7 * (lines.size() - 1);
            for (String line : lines) {
                d.text(line, width / 2.0, y, Canvas.Align.CENTER, 10, false);
                y += 14;
            }
            return;
        }
        double t0 = Math.min(t.t()[0], t.t()[t.size() - 1]);
        double t1 = Math.max(t.t()[0], t.t()[t.size() - 1]);
        if (!(t1 > t0)) {
            t1 = t0 + 1;
        }
        double left = 64;
        double plotWidth = width - left - 18;
        double gap = 36;
        double panel = (height - 20 - gap - 40) / 2.0;
        double[] top = {20, 20 + panel + gap};
        double[][] values = {t.x(), t.y()};
        String[] names = {xName, yName};
        int[] colors = {Palette.X_NULLCLINE, Palette.Y_NULLCLINE};
        for (int k = 0; k < 2; k++) {
            double[] range = range(values[k], t.size());
            PlotFrame frame = PlotFrame.at(new double[] {left, top[k], plotWidth, panel}, t0, t1, range[0], range[1]);
            d.clip(frame.area());
            if (t0 < 0 && t1 > 0) {
                d.color(190, 190, 190);
                d.stroke(1, true);
                d.line(frame.px(0), top[k], frame.px(0), top[k] + panel);
            }
            d.color(colors[k]);
            d.stroke(1.8, false);
            double[] xy = new double[2 * t.size()];
            for (int i = 0; i < t.size(); i++) {
                xy[2 * i] = frame.px(t.t()[i]);
                xy[2 * i + 1] = frame.py(values[k][i]);
            }
            d.polyline(xy, t.size());
            d.clip(null);
            frame.drawAxes(d, k == 1 ? "t" : "", names[k] + "(t)", null);
        }
    }

    private static double[] range(double[] v, int n) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(v[i])) {
                lo = Math.min(lo, v[i]);
                hi = Math.max(hi, v[i]);
            }
        }
        if (!(hi >= lo)) {
            return new double[] {-1, 1};
        }
        double pad = Math.max(0.06 * (hi - lo), 1e-9 * Math.max(1, Math.abs(hi)));
        return new double[] {lo - pad, hi + pad};
    }
}
