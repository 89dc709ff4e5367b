package org.neuropynamics.dendrites.jeffress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the coincidence detectors are modelled: a model id from the registry, the voltage jump each input
 * causes on the membrane variable (variable 0), the integration method and step, and parameter overrides.
 * The model's input current parameter is set to 0 (the detectors are driven by their inputs only).
 * <p>
 * Default weights are about threshold / sqrt(2), so that one input alone stays below threshold and two
 * coincident inputs cross it with the same margin (about 1.4 times threshold). The single-input thresholds,
 * measured from rest by bisection with this simulation (a spike within 40 ms of the input) and checked by
 * {@code DetectorWeightTest}:
 * <ul>
 * <li>{@code hh-traub} (exponential Euler, dt 0.05 ms, as the course): a jump from rest fires from 5.40 mV
 * on; w = 4 mV. (The course added 40 mV per input, so every single input fired every detector
 * and nothing was detected as coincident.)</li>
 * <li>{@code lif} (exponential Euler, exact for this linear model): EL = -59, Vth = -50 mV, threshold 9 mV;
 * w = 6 mV. Two inputs cross the threshold at the instant of the second.</li>
 * <li>{@code izhikevich} (RK4, dt 0.05 ms): from rest (v = -70, u = -14) a jump fires from 15.16 mV on;
 * w = 10 mV.</li>
 * </ul>
 *
 * @param modelId registry id of the detector model
 * @param weight voltage jump per input in mV
 * @param method integration method name
 * @param dt step in ms
 * @param parameters parameter overrides by name (copied)
 */
public record DetectorSettings(String modelId, double weight, String method, double dt,
        Map<String, Double> parameters) {

    /** The detector models with tuned defaults. */
    public static final List<String> MODELS = List.of("hh-traub", "lif", "izhikevich");

    /** Validates and copies. */
    public DetectorSettings {
        Objects.requireNonNull(modelId, "detector model id");
        Objects.requireNonNull(method, "integration method");
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("input weight must be a finite number of mV, got " + weight);
        }
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("detector step dt must be positive, got " + dt + " ms");
        }
        parameters = Map.copyOf(parameters);
    }

    /**
     * The tuned defaults for one of {@link #MODELS}; another model gets RK4 at dt 0.01 ms and a weight of
     * 10 mV, to be adjusted with {@link #withWeight(double)}.
     */
    public static DetectorSettings defaults(String modelId) {
        return switch (modelId) {
            case "hh-traub" -> new DetectorSettings(modelId, 4, "exp-euler", 0.05, Map.of());
            case "lif" -> new DetectorSettings(modelId, 6, "exp-euler", 0.05, Map.of());
            case "izhikevich" -> new DetectorSettings(modelId, 10, "rk4", 0.05, Map.of());
            default -> new DetectorSettings(modelId, 10, "rk4", 0.01, Map.of());
        };
    }

    /** A copy with another weight. */
    public DetectorSettings withWeight(double w) {
        return new DetectorSettings(modelId, w, method, dt, parameters);
    }

    /** A copy with another method and step. */
    public DetectorSettings withIntegration(String m, double step) {
        return new DetectorSettings(modelId, weight, m, step, parameters);
    }

    /** A copy with one more parameter override. */
    public DetectorSettings withParameter(String name, double value) {
        Map<String, Double> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new DetectorSettings(modelId, weight, method, dt, p);
    }
}
