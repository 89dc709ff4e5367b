package org.neuropynamics.dendrites.jeffress;

import java.util.Arrays;

import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;

/**
 * One coincidence detector simulated exactly event by event: the core integrates the model from input to
 * input, each input adds the weight to variable 0 at its exact time (simultaneous inputs add up), and a jump
 * that takes the state across threshold is a spike at that instant (then the model's reset applies, as a
 * threshold test right after a synaptic update does in Brian2). Spikes between inputs are those of the core's
 * run (interpolated crossing times).
 * <p>
 * Limitation: a refractory period running when an input arrives is not carried into the next segment; the
 * default detectors have none ({@code lif} has tref = 0).
 */
final class CoincidenceDetector {

    private final Model model;
    private final double[] parameters;
    private final double[] rest;
    private final DetectorSettings settings;

    /**
     * @param model the detector model
     * @param parameters its parameter values
     * @param rest the state before any input
     * @param settings weight, method and step
     */
    CoincidenceDetector(Model model, double[] parameters, double[] rest, DetectorSettings settings) {
        this.model = model;
        this.parameters = parameters.clone();
        this.rest = rest.clone();
        this.settings = settings;
    }

    /**
     * Runs from 0 to tEnd with inputs at the given times.
     *
     * @param index detector number for the response
     * @param left arrival of the left input (ms, in [0, tEnd))
     * @param right arrival of the right input
     * @param tEnd end of the run
     */
    DetectorResponse respond(int index, double left, double right, double tEnd) {
        double[] inputs = { left, right };
        Arrays.sort(inputs);
        Samples samples = new Samples();
        double[] y = rest.clone();
        double t = 0;
        for (int e = 0; e <= inputs.length; e++) {
            double until = e < inputs.length ? Math.min(inputs[e], tEnd) : tEnd;
            if (until > t) {
                Trace trace = Simulation.run(SimulationRequest.builder(model).parameters(parameters)
                        .initialState(y).tStart(t).tEnd(until).dt(settings.dt()).method(settings.method())
                        .record(0).build());
                samples.add(trace);
                y = trace.finalState().clone();
                t = until;
            }
            if (e < inputs.length && inputs[e] < tEnd) {
                int count = 1;
                while (e + 1 < inputs.length && inputs[e + 1] == inputs[e]) {
                    count++;
                    e++;
                }
                jump(t, y, count * settings.weight(), samples);
            }
        }
        return new DetectorResponse(index, left, right, samples.spikes(), samples.times(), samples.values());
    }

    private void jump(double t, double[] y, double dv, Samples samples) {
        double before = switching(t, y);
        samples.point(t, y[0]);
        y[0] += dv;
        samples.point(t, y[0]);
        if (before < 0 && switching(t, y) >= 0) {
            samples.spike(t);
            SpikeRule rule = model.spikeRule();
            if (rule != null) {
                rule.reset(t, y, parameters);
                samples.point(t, y[0]);
            }
        }
    }

    private double switching(double t, double[] y) {
        SpikeRule rule = model.spikeRule();
        return rule != null ? rule.switching(t, y, parameters) : y[0] - model.spikeDetectionThreshold();
    }
}
