package org.neuropynamics.singleneuron;

import java.util.Locale;

import org.neuropynamics.core.integrate.IntegrationMethods;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;

/**
 * One run of the single-neuron view: a model, its parameter values, the stimulus whose amplitude is the
 * current parameter, the duration, the integrator and its step. Immutable; the view builds a new one on every
 * slider move and the CLI's {@code render single-neuron} builds the same.
 *
 * @param model the model
 * @param parameters parameter values, indexed like {@code model.parameters()}
 * @param stimulus the input shape (ignored for models without a current parameter)
 * @param duration simulated time in ms
 * @param method integration method name ({@link IntegrationMethods#names()})
 * @param dt step in ms
 */
public record NeuronExperiment(Model model, double[] parameters, Stimulus stimulus, double duration, String method,
        double dt) {

    /** Most samples kept per variable; longer runs are sampled more sparsely. */
    public static final int MAX_SAMPLES = 200_000;

    /** Copies the parameters. */
    public NeuronExperiment {
        parameters = parameters.clone();
    }

    /**
     * The course's experiment for a model: defaults, the course's step protocol and its duration (700 ms; HH-type
     * models 120 ms), with the given integrator.
     */
    public static NeuronExperiment courseDefaults(Model model, String method, double dt) {
        boolean hh = isHodgkinHuxleyType(model);
        return new NeuronExperiment(model, model.defaultParameters(), Stimulus.courseStep(hh), hh ? 120 : 700,
                method, dt);
    }

    /** HH-type models use the course's 10/100/10 ms protocol. */
    public static boolean isHodgkinHuxleyType(Model model) {
        String id = model.id().toLowerCase(Locale.ROOT);
        return id.startsWith("hodgkin-huxley") || id.startsWith("hh-") || id.equals("hh");
    }

    /** The value of a parameter. */
    public double parameter(String name) {
        return parameters[index(name)];
    }

    /** A copy with one parameter changed. */
    public NeuronExperiment with(String name, double value) {
        double[] p = parameters.clone();
        p[index(name)] = value;
        return new NeuronExperiment(model, p, stimulus, duration, method, dt);
    }

    /** A copy with all parameter values replaced. */
    public NeuronExperiment withParameters(double[] values) {
        return new NeuronExperiment(model, values, stimulus, duration, method, dt);
    }

    /** A copy with another stimulus and duration. */
    public NeuronExperiment withStimulus(Stimulus s, double newDuration) {
        return new NeuronExperiment(model, parameters, s, newDuration, method, dt);
    }

    /** A copy with another integrator and step. */
    public NeuronExperiment withIntegrator(String newMethod, double newDt) {
        return new NeuronExperiment(model, parameters, stimulus, duration, newMethod, newDt);
    }

    /**
     * The window in which the input is on, {start, end} in ms (the whole run for a constant input or a model
     * without a current parameter): rates are counted over it, not over the silent parts of the protocol.
     */
    public double[] inputWindow() {
        if (model.currentParameterIndex().isEmpty() || stimulus.kind() == Stimulus.Kind.CONSTANT) {
            return new double[] { 0, duration };
        }
        double start = Math.min(stimulus.start(), duration);
        double end = Math.min(stimulus.end(), duration);
        return end > start ? new double[] { start, end } : new double[] { 0, duration };
    }

    /** True when {@link #inputWindow()} is a part of the run (a step, ramp or pulse train). */
    public boolean inputWindowIsPartOfRun() {
        double[] w = inputWindow();
        return w[0] > 0 || w[1] < duration;
    }

    /** The amplitude of the stimulus: the current parameter's value, or 0 without one. */
    public double amplitude() {
        return model.currentParameterIndex().isPresent() ? parameters[model.currentParameterIndex().getAsInt()] : 0;
    }

    /**
     * The simulation request: every variable recorded at every step (at most {@link #MAX_SAMPLES} samples).
     *
     * @throws IllegalArgumentException when the duration, step or method are not acceptable
     */
    public SimulationRequest request() {
        SimulationRequest.Builder b = SimulationRequest.builder(model).parameters(parameters).tEnd(duration).dt(dt)
                .method(IntegrationMethods.get(method)).sampleInterval(Math.max(dt, duration / MAX_SAMPLES));
        if (model.currentParameterIndex().isPresent()) {
            b.protocol(stimulus.protocol(amplitude()));
        }
        return b.build();
    }

    private int index(String name) {
        int i = model.parameterIndex(name);
        if (i < 0) {
            throw new IllegalArgumentException("model " + model.id() + " has no parameter '" + name + "'; its parameters: "
                    + String.join(", ", model.parameters().stream().map(Parameter::name).toList()));
        }
        return i;
    }
}
