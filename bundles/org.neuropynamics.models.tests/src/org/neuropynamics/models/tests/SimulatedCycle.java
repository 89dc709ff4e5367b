package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;

/**
 * A limit cycle measured by long direct integration, independently of continuation: Dormand-Prince with
 * tolerances 1e-11, a settle, then the period from the last upward crossings of a level (interpolated)
 * and the min/max of one variable over the recorded window (sampled every {@code sample} time units, refined
 * by the parabola through the three samples around each extremum).
 *
 * @param period the period
 * @param min the minimum of the variable over the recorded window
 * @param max the maximum
 */
record SimulatedCycle(double period, double min, double max) {

    /**
     * @param model the model
     * @param parameters all parameter values
     * @param start the initial state (in the basin of the cycle)
     * @param variable the observed variable
     * @param level the crossing level (between min and max)
     * @param settle time discarded (transient)
     * @param window time recorded after the settle (several periods)
     * @param sample sampling interval of the recorded window
     */
    static SimulatedCycle of(Model model, double[] parameters, double[] start, String variable, double level,
            double settle, double window, double sample) {
        Trace trace = Simulation.run(SimulationRequest.builder(model).parameters(parameters).initialState(start)
                .tEnd(settle + window).method("dopri5").tolerances(1e-11, 1e-11).sampleInterval(sample)
                .build());
        double[] t = trace.times();
        double[] v = trace.values(variable);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double first = Double.NaN;
        double last = Double.NaN;
        int crossings = 0;
        for (int k = 1; k < t.length; k++) {
            if (t[k] < settle) {
                continue;
            }
            min = Math.min(min, v[k]);
            max = Math.max(max, v[k]);
            if (k + 1 < t.length) {
                // the vertex of the parabola through three samples around a local extremum
                double curvature = v[k + 1] + v[k - 1] - 2 * v[k];
                if (curvature != 0 && (v[k] - v[k - 1]) * (v[k + 1] - v[k]) <= 0) {
                    double vertex = v[k] - (v[k + 1] - v[k - 1]) * (v[k + 1] - v[k - 1]) / (8 * curvature);
                    min = Math.min(min, vertex);
                    max = Math.max(max, vertex);
                }
            }
            if (v[k - 1] < level && v[k] >= level) {
                double at = t[k - 1] + (level - v[k - 1]) / (v[k] - v[k - 1]) * (t[k] - t[k - 1]);
                if (crossings == 0) {
                    first = at;
                }
                last = at;
                crossings++;
            }
        }
        if (crossings < 2) {
            throw new IllegalStateException("no oscillation in the window: " + crossings + " crossings of " + level);
        }
        return new SimulatedCycle((last - first) / (crossings - 1), min, max);
    }
}
