package org.neuropynamics.dendrites.jeffress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;

/**
 * The Jeffress (1948) place code for interaural time differences as an exact event-driven simulation: two
 * input spikes, two opposed delay lines ({@link DelayLine}) and N coincidence detectors, each an independent
 * run of a registry model ({@link CoincidenceDetector}). It is a small network (2 sources, N targets, 2N
 * delayed synapses adding a voltage jump) and can later be expressed with the network simulator; it is
 * kept here so the topic does not depend on it.
 *
 * <pre>{@code
 * JeffressResult r = JeffressModel.simulate(JeffressConfig.of(2.0, 2.2, 7, 0.1, "hh-traub"));
 * int winner = r.winner().getAsInt(); // 5 = (7 + 1) / 2 + 0.2 / 0.2
 * }</pre>
 */
public final class JeffressModel {

    /** Length of the input-free run that brings the detectors to rest, ms. */
    static final double SETTLING_TIME = 2000;
    /** Resting states of the default registry's models by settings (slider drags re-simulate often). */
    private static final Map<DetectorSettings, Prepared> PREPARED = new ConcurrentHashMap<>();

    private JeffressModel() {
    }

    /** Simulates the experiment with the default registry. */
    public static JeffressResult simulate(JeffressConfig config) {
        return simulate(config, ModelRegistry.getDefault(), RunMonitor.NONE);
    }

    /**
     * Simulates the experiment.
     *
     * @param registry where the detector model is looked up
     * @param monitor polled between detectors
     * @throws IllegalArgumentException for an unknown model or parameter, naming it
     * @throws RunCanceledException when the monitor cancels
     */
    public static JeffressResult simulate(JeffressConfig config, ModelRegistry registry, RunMonitor monitor) {
        return run(config, prepare(config.detector(), registry), monitor);
    }

    static JeffressResult run(JeffressConfig config, Prepared prepared, RunMonitor monitor) {
        DelayLine line = config.line();
        double tEnd = config.endTime();
        List<DetectorResponse> responses = new ArrayList<>(line.size());
        for (int k = 1; k <= line.size(); k++) {
            if (monitor.isCanceled()) {
                throw new RunCanceledException(0);
            }
            double left = config.leftTime() + line.leftDelay(k);
            double right = config.rightTime() + line.rightDelay(k);
            responses.add(prepared.detector.respond(k, left, right, tEnd));
            monitor.worked((double) k / line.size());
        }
        return new JeffressResult(config, responses, WinnerRule.select(responses), tEnd);
    }

    /**
     * Resolves the model, applies the overrides (the input current is 0 unless overridden) and finds the
     * resting state by an input-free run.
     */
    static Prepared prepare(DetectorSettings settings, ModelRegistry registry) {
        if (registry != ModelRegistry.getDefault()) {
            return settle(settings, registry);
        }
        if (PREPARED.size() > 64) {
            PREPARED.clear();
        }
        return PREPARED.computeIfAbsent(settings, s -> settle(s, registry));
    }

    private static Prepared settle(DetectorSettings settings, ModelRegistry registry) {
        Model model = registry.get(settings.modelId());
        if (model.kind() != Model.Kind.FLOW) {
            throw new IllegalArgumentException("detector model " + model.id() + " is a map, not a neuron");
        }
        double[] p = model.defaultParameters();
        model.currentParameterIndex().ifPresent(i -> p[i] = 0);
        for (Map.Entry<String, Double> e : settings.parameters().entrySet()) {
            int i = model.parameterIndex(e.getKey());
            if (i < 0) {
                throw new IllegalArgumentException("detector model " + model.id() + " has no parameter '"
                        + e.getKey() + "'");
            }
            p[i] = e.getValue();
        }
        double[] rest = Simulation.run(SimulationRequest.builder(model).parameters(p).tEnd(SETTLING_TIME)
                .dt(settings.dt()).method(settings.method()).sampleInterval(SETTLING_TIME).build()).finalState();
        return new Prepared(model, p, rest, new CoincidenceDetector(model, p, rest, settings));
    }

    /** A detector model ready to run: parameters and resting state resolved once. */
    record Prepared(Model model, double[] parameters, double[] rest, CoincidenceDetector detector) {
    }
}
