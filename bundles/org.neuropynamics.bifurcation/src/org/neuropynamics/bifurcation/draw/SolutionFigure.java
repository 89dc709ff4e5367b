package org.neuropynamics.bifurcation.draw;

import java.util.List;
import java.util.Locale;

import org.neuropynamics.bifurcation.continuation.BranchPoint;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Palette;

/**
 * The time series of one solution of a diagram: from a cycle's point over three periods, or from an equilibrium
 * nudged by 1 % of its scale (a stable one returns, an unstable one leaves), at that parameter value; simulated
 * and charted without a display for the Continuation Diagram view.
 */
public final class SolutionFigure {

    private SolutionFigure() {
    }

    /** Simulates and returns the plotted variable against time as a small chart. */
    public static Chart compute(Model model, double[] parameters, String parameter, BranchPoint point, int variable,
            RunMonitor monitor) {
        double[] p = parameters.clone();
        p[model.parameterIndex(parameter)] = point.parameter();
        double[] y0 = point.state().clone();
        double duration;
        if (point.isCycle()) {
            duration = 3 * point.period();
        } else {
            for (int i = 0; i < y0.length; i++) {
                y0[i] += 0.01 * Math.max(1e-3, Math.abs(point.max()[i] - point.min()[i]) + Math.abs(y0[i]) * 0.1);
            }
            duration = 200;
        }
        SimulationRequest request = SimulationRequest.builder(model).parameters(p).initialState(y0).tStart(0)
                .tEnd(duration).dt(Math.min(0.01, duration / 2000)).method("rk4")
                .sampleInterval(duration / 1500).build();
        Trace t = Simulation.run(request, monitor);
        double[] v = t.values()[variable];
        String name = model.variableNames().get(variable);
        String unit = model.variables().get(variable).unit();
        String title = String.format(Locale.ROOT, "%s at %s = %.6g: %s", name, parameter, point.parameter(),
                describe(point));
        Chart.Layer layer = new Chart.Layer(Chart.Style.LINE, Palette.VOLTAGE, 1.6, t.times(), v, "");
        return new Chart(title, "t (ms)", name + (unit == null || unit.isEmpty() ? "" : " (" + unit + ")"),
                new double[] {0, duration}, Chart.range(0.08, v), List.of(layer), List.of());
    }

    /** "stable equilibrium", "unstable cycle, T = 12.3 ms" and the like. */
    public static String describe(BranchPoint point) {
        String s = point.stable() ? "stable " : "unstable ";
        if (point.isCycle()) {
            return s + String.format(Locale.ROOT, "limit cycle, T = %.4g ms", point.period());
        }
        return s + "equilibrium";
    }
}
