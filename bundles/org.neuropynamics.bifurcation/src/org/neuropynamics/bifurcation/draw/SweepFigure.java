package org.neuropynamics.bifurcation.draw;

import java.util.List;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.bifurcation.sweep.SweepRequest;
import org.neuropynamics.bifurcation.sweep.SweepResult;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Palette;

/**
 * The spike-triggered sweep as a figure without a display: one dot per spike, the parameter against the observed
 * variable at the spike (a Poincare section on the threshold). The Sweep view and
 * {@code neuropynamics render sweep} draw this chart.
 */
public final class SweepFigure {

    private SweepFigure() {
    }

    /** The chart of a sweep's points. */
    public static Chart chart(SweepRequest r, SweepResult res) {
        double[][] pts = res.points();
        double[] x = new double[pts.length];
        double[] y = new double[pts.length];
        for (int k = 0; k < pts.length; k++) {
            x[k] = pts[k][0];
            y[k] = pts[k][1];
        }
        Model m = r.model();
        String unit = m.variables().get(m.variableIndex(r.observed())).unit();
        String pUnit = m.parameters().get(m.parameterIndex(r.parameter())).unit();
        Chart.Layer dots = new Chart.Layer(Chart.Style.DOTS, Palette.ORBIT, 2, x, y, "");
        return new Chart(m.name() + ": " + r.observed() + " at each spike after " + (long) r.transientMs() + " ms",
                r.parameter() + (pUnit == null || pUnit.isEmpty() ? "" : " (" + pUnit + ")"),
                r.observed() + (unit == null || unit.isEmpty() ? "" : " (" + unit + ")"),
                Chart.range(0.02, new double[] {r.from(), r.to()}), Chart.range(0.05, y), List.of(dots), List.of());
    }

    /** The points as CSV: parameter, observed value. */
    public static String csv(SweepRequest r, SweepResult res) {
        StringBuilder s = new StringBuilder(r.parameter()).append(',').append(r.observed()).append('\n');
        for (double[] p : res.points()) {
            s.append(p[0]).append(',').append(p[1]).append('\n');
        }
        return s.toString();
    }
}
