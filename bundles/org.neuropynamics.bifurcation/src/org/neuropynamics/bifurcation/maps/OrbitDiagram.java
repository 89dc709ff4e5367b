package org.neuropynamics.bifurcation.maps;

import java.util.stream.IntStream;

import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;

/**
 * The orbit (bifurcation) diagram of a map: for each of N parameter values spread evenly over [from, to],
 * iterate from the model's initial state, discard a transient and keep the observed variable of the next
 * points; optionally the Lyapunov exponent at each value. Values are computed in parallel.
 *
 * @param parameter values of the swept parameter, one per column
 * @param points {@code points[i]}: the observed values kept at {@code parameter[i]}
 * @param lyapunov the largest Lyapunov exponent at each value, or null when not asked for
 */
public record OrbitDiagram(double[] parameter, double[][] points, double[] lyapunov) {

    /** What to compute. */
    public record Request(Model model, double[] parameters, String sweptParameter, double from, double to,
            int values, String observed, int discarded, int kept, boolean withLyapunov) {
        public Request {
            if (values < 1 || kept < 1 || discarded < 0) {
                throw new IllegalArgumentException("need at least one value and one kept point and a non-negative transient");
            }
            if (model.kind() != Model.Kind.MAP) {
                throw new IllegalArgumentException(model.id() + " is a flow; orbit diagrams are for maps");
            }
            if (model.parameterIndex(sweptParameter) < 0) {
                throw new IllegalArgumentException("map " + model.id() + " has no parameter '" + sweptParameter + "'");
            }
            if (model.variableIndex(observed) < 0) {
                throw new IllegalArgumentException("map " + model.id() + " has no variable '" + observed + "'");
            }
        }

        /** Logistic-style defaults: 300 kept points after a transient of 1000 iterations, no exponent. */
        public static Request of(Model model, String swept, double from, double to, int values) {
            return new Request(model, model.defaultParameters(), swept, from, to, values,
                    model.variableNames().get(0), 1000, 300, false);
        }
    }

    /** Computes the diagram; parallel over the parameter values. */
    public static OrbitDiagram compute(Request r, RunMonitor monitor) {
        int n = r.values();
        double[] ps = new double[n];
        double[][] pts = new double[n][];
        double[] lyap = r.withLyapunov() ? new double[n] : null;
        int var = r.model().variableIndex(r.observed());
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        IntStream.range(0, n).parallel().forEach(i -> {
            if (monitor.isCanceled()) {
                return;
            }
            double p = n == 1 ? r.from() : r.from() + (r.to() - r.from()) * i / (n - 1);
            ps[i] = p;
            IteratedMap map = new IteratedMap(r.model(), r.parameters());
            map.set(r.sweptParameter(), p);
            double[] y = r.model().initialState(map.parameters());
            map.iterate(y, r.discarded());
            double[] kept = new double[r.kept()];
            double[] start = y.clone();
            for (int k = 0; k < kept.length; k++) {
                map.step(y);
                kept[k] = y[var];
            }
            pts[i] = kept;
            if (lyap != null) {
                lyap[i] = LyapunovExponent.largest(map, start, 0, Math.max(kept.length, 2000));
            }
            monitor.worked((double) done.incrementAndGet() / n);
        });
        if (monitor.isCanceled()) {
            throw new RunCanceledException(0);
        }
        return new OrbitDiagram(ps, pts, lyap);
    }
}
