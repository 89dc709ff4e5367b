package org.neuropynamics.bifurcation.sweep;

import org.neuropynamics.core.model.Model;

/**
 * A spike-triggered bifurcation sweep: for each of {@code values} parameter values spread evenly over
 * [from, to], run the model for a transient, then record the observed variable at every spike during the
 * recorded interval (a Poincare section on the spike threshold).
 *
 * @param model a spiking model (threshold/reset rule or a detection threshold)
 * @param parameters values of all parameters (the swept one is overwritten)
 * @param parameter the swept parameter
 * @param from first value
 * @param to last value
 * @param values number of values N (&gt;= 1)
 * @param observed the variable recorded at each spike
 * @param transientMs discarded time in ms
 * @param recordedMs recorded time in ms after the transient
 * @param method integration method name
 * @param dt step in ms
 * @param threads worker threads (&lt;= 0: all cores)
 */
public record SweepRequest(Model model, double[] parameters, String parameter, double from, double to, int values,
        String observed, double transientMs, double recordedMs, String method, double dt, int threads) {

    public SweepRequest {
        if (model.kind() != Model.Kind.FLOW) {
            throw new IllegalArgumentException(model.id() + " is a map; sweep spiking flows (maps: orbit diagram)");
        }
        if (model.parameterIndex(parameter) < 0) {
            throw new IllegalArgumentException("model " + model.id() + " has no parameter '" + parameter
                    + "'; its parameters: " + String.join(", ", model.parameters().stream().map(p -> p.name()).toList()));
        }
        if (model.variableIndex(observed) < 0) {
            throw new IllegalArgumentException("model " + model.id() + " has no variable '" + observed
                    + "'; its variables: " + String.join(", ", model.variableNames()));
        }
        if (values < 1) {
            throw new IllegalArgumentException("the number of values must be at least 1, got " + values);
        }
        if (!(transientMs >= 0) || !(recordedMs > 0) || !(dt > 0)) {
            throw new IllegalArgumentException("transient >= 0, recorded time > 0 and dt > 0 needed");
        }
        parameters = parameters.clone();
    }

    /** A request with the model's defaults, RK4 at dt 0.01 ms, 1 s transient and 1 s recorded, all cores. */
    public static SweepRequest of(Model model, String parameter, double from, double to, int values, String observed) {
        return new SweepRequest(model, model.defaultParameters(), parameter, from, to, values, observed, 1000, 1000,
                "rk4", 0.01, 0);
    }

    /** The i-th parameter value. */
    public double value(int i) {
        return values == 1 ? from : from + (to - from) * i / (values - 1);
    }

    /** A copy with other durations. */
    public SweepRequest withTimes(double transientTime, double recorded) {
        return new SweepRequest(model, parameters, parameter, from, to, values, observed, transientTime, recorded, method,
                dt, threads);
    }

    /** A copy with another method and step. */
    public SweepRequest withMethod(String name, double step) {
        return new SweepRequest(model, parameters, parameter, from, to, values, observed, transientMs, recordedMs, name,
                step, threads);
    }

    /** A copy with a parameter set to a value. */
    public SweepRequest with(String name, double value) {
        int i = model.parameterIndex(name);
        if (i < 0) {
            throw new IllegalArgumentException("model " + model.id() + " has no parameter '" + name + "'");
        }
        double[] p = parameters.clone();
        p[i] = value;
        return new SweepRequest(model, p, parameter, from, to, values, observed, transientMs, recordedMs, method, dt,
                threads);
    }

    /** A copy with a number of threads. */
    public SweepRequest withThreads(int n) {
        return new SweepRequest(model, parameters, parameter, from, to, values, observed, transientMs, recordedMs,
                method, dt, n);
    }
}
