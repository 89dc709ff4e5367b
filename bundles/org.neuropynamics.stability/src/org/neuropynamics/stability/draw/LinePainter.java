package org.neuropynamics.stability.draw;

import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.render.Canvas;
import org.neuropynamics.plot.render.Legend;
import org.neuropynamics.plot.render.PlotFrame;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neuropynamics.core.analysis.Classification;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.stability.phaseplane.PhaseLine;

/**
 * Paints the graph of F in {@code x' = F(x)} for a one-dimensional flow, as in Strogatz and Izhikevich: the
 * curve, the axis F = 0 with arrows showing the flow between equilibria, the equilibria coloured by type, a
 * legend, and a note of the saddle-node value.
 */
public final class LinePainter {

    private LinePainter() {
    }

    /**
     * @param line the computed phase line
     * @param variable the variable's name (axis title)
     * @param title title above the plot
     * @param note a line of text under the legend (e.g. the saddle-node value), or null
     */
    public static PlotFrame paint(Canvas d, int width, int height, PhaseLine line, String variable, String title,
            String note) {
        double[] x = line.x();
        double[] f = line.f();
        double lo = 0;
        double hi = 0;
        for (double v : f) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double pad = 0.08 * Math.max(hi - lo, 1e-9);
        d.color(0xFFFFFF);
        d.rectangle(0, 0, width, height, true);
        PlotFrame frame = new PlotFrame(width, height, true, x[0], x[x.length - 1], lo - pad, hi + pad);
        d.clip(frame.area());
        d.color(150, 150, 150);
        d.stroke(1, false);
        d.line(frame.px(x[0]), frame.py(0), frame.px(x[x.length - 1]), frame.py(0));
        d.color(Palette.X_NULLCLINE);
        d.stroke(2.2, false);
        double[] xy = new double[2 * x.length];
        for (int k = 0; k < x.length; k++) {
            xy[2 * k] = frame.px(x[k]);
            xy[2 * k + 1] = frame.py(f[k]);
        }
        d.polyline(xy, x.length);
        d.color(40, 40, 40);
        d.stroke(2, false);
        for (PhaseLine.Flow flow : line.flow()) {
            double a = frame.px(flow.from());
            double b = frame.px(flow.to());
            if (flow.direction() == 0 || b - a < 30) {
                continue;
            }
            double mid = 0.5 * (a + b);
            double half = Math.min(22, (b - a) / 2 - 10);
            double y = frame.py(0);
            PlanePainter.arrow(d, mid - flow.direction() * half, y, mid + flow.direction() * half, y, 9);
        }
        for (Equilibrium e : line.equilibria()) {
            PlanePainter.marker(d, frame.px(e.state()[0]), frame.py(0), e.type(), false);
        }
        d.clip(null);
        frame.drawAxes(d, variable, "d" + variable + "/dt", title);
        List<Legend.Entry> entries = new ArrayList<>();
        entries.add(Legend.Entry.line("F(" + variable + ") = d" + variable + "/dt", Palette.X_NULLCLINE, 2.2, false));
        Set<Classification> types = new LinkedHashSet<>();
        line.equilibria().forEach(e -> types.add(e.type()));
        types.forEach(t -> entries.add(EquilibriumMarker.legend(t.label() + " equilibrium", t)));
        Legend.draw(d, Legend.topRight(d, frame.area(), entries), entries);
        if (note != null) {
            // inside the plot at the bottom left, wrapped to its width (a long note was cut at the right, issue 18)
            double[] a = frame.area();
            List<String> lines = org.neuropynamics.plot.render.LabelPlacer.wrap(d, note, 10, a[2] - 20);
            d.color(0, 0, 0);
            double y = a[1] + a[3] - 14 - 13 * (lines.size() - 1);
            for (String s : lines) {
                d.text(s, a[0] + 10, y, Canvas.Align.LEFT, 10, false);
                y += 13;
            }
        }
        return frame;
    }
}
