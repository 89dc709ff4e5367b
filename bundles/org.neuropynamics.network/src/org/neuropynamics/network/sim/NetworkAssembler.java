package org.neuropynamics.network.sim;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.InitialCondition;
import org.neuropynamics.network.model.Input;
import org.neuropynamics.network.model.Monitor;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.ParameterValue;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.RateMonitor;
import org.neuropynamics.network.model.RunSettings;
import org.neuropynamics.network.model.SpikeGenerator;
import org.neuropynamics.network.model.SpikeSource;
import org.neuropynamics.network.model.SpikeTrain;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.SynapseKind;

/**
 * Turns a network model into a {@link CompiledNetwork}: resolves models from the registry, applies parameter
 * values and initial conditions, draws connectivity, weights and delays. Random numbers come from one seeded
 * generator split in model order, so the same file and seed give the same network and the same run.
 */
final class NetworkAssembler {

    private final ModelRegistry registry;
    private final Map<SpikeSource, SpikingGroup> groups = new HashMap<>();

    NetworkAssembler(ModelRegistry registry) {
        this.registry = registry;
    }

    /**
     * Forward Euler with the event order of LEMS (jNeuroML): a step tests the conditions on the state at its
     * start, integrates, then applies the resets of the neurons that met them, so a state above threshold is
     * seen for one step before its reset. Networks opened from NeuroML/LEMS files use it, so that their spike
     * times are those jNeuroML publishes.
     */
    static final String LEMS_EULER = "euler-lems";

    CompiledNetwork assemble(Network network, RunOptions options) {
        RunSettings run = network.getRun();
        double dt = run == null ? 0.1 : run.getDt();
        double duration = !Double.isNaN(options.durationMs()) ? options.durationMs()
                : run == null ? 1000 : run.getDuration();
        long seed = options.seed() != null ? options.seed() : run == null ? 1 : run.getSeed();
        String method = run == null || run.getMethod() == null ? "euler" : run.getMethod();
        if (!(dt > 0)) {
            throw new NetworkBuildException("Run settings: dt must be positive, got " + dt + " ms.");
        }
        if (!(duration >= 0)) {
            throw new NetworkBuildException("Run settings: duration must not be negative, got " + duration + " ms.");
        }
        if (!method.equals("euler") && !method.equals("rk4") && !method.equals("exact")
                && !method.equals(LEMS_EULER)) {
            throw new NetworkBuildException("Run settings: unknown method '" + method
                    + "' (use euler, rk4, exact or " + LEMS_EULER + ").");
        }
        try {
            ModelDefinitions.install(network, registry); // models kept in the file (issue 15)
        } catch (IllegalArgumentException e) {
            throw new NetworkBuildException(e.getMessage());
        }
        NetworkSize.check(network, dt, duration, registry);
        CompiledNetwork net = new CompiledNetwork(dt, (int) Math.round(duration / dt), seed);
        SplittableRandom root = new SplittableRandom(seed);
        for (Population p : network.getPopulations()) {
            NeuronGroup g = population(p, dt, method, root.split());
            net.populations.add(g);
            net.groups.add(g);
            groups.put(p, g);
        }
        for (Input in : network.getInputs()) {
            SpikingGroup g = input(in, dt, root.split());
            net.groups.add(g);
            groups.put(in, g);
            if (g instanceof PoissonInput pi) {
                net.poissonInputs.add(pi);
            } else {
                net.generators.add((GeneratorInput) g);
            }
        }
        for (Projection pr : network.getProjections()) {
            net.projections.add(new ProjectionWiring(groups, dt, net.steps).wire(pr, root.split()));
        }
        for (CurrentInjection ci : network.getCurrents()) {
            NeuronGroup target = (NeuronGroup) groups.get(ci.getTarget());
            if (target == null) {
                throw new NetworkBuildException("Current injection " + ci.getName() + " has no target population.");
            }
            if (target.currentIndex < 0) {
                throw new NetworkBuildException("Current injection " + ci.getName() + ": model "
                        + target.model.id() + " of " + target.name + " has no input-current parameter.");
            }
            int from = (int) Math.round(ci.getStart() / dt);
            int to = ci.getStop() <= ci.getStart() ? Integer.MAX_VALUE : (int) Math.round(ci.getStop() / dt);
            net.currentSteps.add(new CompiledNetwork.CurrentStep(target, ci.getAmplitude(), from, to, ci.getSlope() * dt));
        }
        for (Monitor m : network.getMonitors()) {
            monitor(m, net);
        }
        for (NeuronGroup g : net.populations) {
            if (g.kernel instanceof LifExactKernel lif) {
                lif.prepare(g, dt);
            }
        }
        return net;
    }

    private NeuronGroup population(Population p, double dt, String method, SplittableRandom random) {
        String name = p.getName();
        if (p.getSize() < 0) {
            throw new NetworkBuildException("Population " + name + " has a negative size (" + p.getSize() + ").");
        }
        String id = p.getModelId();
        if (id == null || !registry.contains(id)) {
            throw new NetworkBuildException("Population " + name + ": unknown model '" + id + "' (known: "
                    + String.join(", ", registry.ids()) + ").");
        }
        Model model = registry.get(id);
        double[] params = model.defaultParameters();
        for (ParameterValue v : p.getParameters()) {
            int k = model.parameterIndex(v.getName());
            if (k < 0) {
                throw new NetworkBuildException("Population " + name + ": model " + id + " has no parameter '"
                        + v.getName() + "' (parameters: " + NeuronGroup.names(model.parameters().stream()
                                .map(x -> x.name()).toList()) + ").");
            }
            if (!Double.isFinite(v.getValue())) {
                throw new NetworkBuildException("Population " + name + ": parameter " + v.getName() + " is "
                        + v.getValue() + "; it must be a finite number.");
            }
            params[k] = v.getValue();
        }
        NeuronGroup g = new NeuronGroup(name, p.getSize(), model, params, dt);
        g.kernel = kernelFor(name, model, params, method, dt);
        g.lemsOrder = method.equals(LEMS_EULER);
        if (g.lemsOrder && g.refractorySteps > 0) {
            // LEMS leaves the refractory regime at the first test with t > lastSpikeTime + refract (a step after
            // equality), and the transition takes effect after that step's integration (one more step)
            g.refractorySteps += 2;
        }
        g.initialiseFromModel();
        for (InitialCondition c : p.getInitialConditions()) {
            int k = model.variableIndex(c.getVariable());
            if (k < 0) {
                throw new NetworkBuildException("Population " + name + ": model " + id + " has no variable '"
                        + c.getVariable() + "' (variables: " + model.variableNames() + ").");
            }
            Sampler s = new Sampler(c.getValue(), g.vars[k].length == 0 ? 0 : g.vars[k][0],
                    "Population " + name + ": the initial value of " + c.getVariable());
            for (int i = 0; i < g.size; i++) {
                g.vars[k][i] = s.draw(random);
            }
        }
        g.syncLastV();
        return g;
    }

    private static StepKernel kernelFor(String name, Model model, double[] params, String method, double dt) {
        if (model.id().equals("lif") && !(params[model.parameterIndex("tau")] > 0)) {
            throw new NetworkBuildException("Population " + name + ": tau must be positive, got "
                    + params[model.parameterIndex("tau")] + " ms.");
        }
        if (method.equals("exact") && model.id().equals("lif")) {
            return new LifExactKernel(params[model.parameterIndex("tau")], params[model.parameterIndex("EL")],
                    params[model.parameterIndex("I")], params[model.parameterIndex("Vth")], dt);
        }
        return new ModelKernel(model.field(), !method.equals("euler") && !method.equals(LEMS_EULER));
    }

    private static SpikingGroup input(Input in, double dt, SplittableRandom random) {
        String name = in.getName();
        if (in.getSize() < 0) {
            throw new NetworkBuildException("Input " + name + " has a negative size (" + in.getSize() + ").");
        }
        if (in instanceof PoissonGroup pg) {
            if (pg.getRate() < 0) {
                throw new NetworkBuildException("Poisson group " + name + " has a negative rate.");
            }
            return new PoissonInput(name, pg.getSize(), pg.getRate(), dt, random);
        }
        SpikeGenerator sg = (SpikeGenerator) in;
        int n = 0;
        for (SpikeTrain t : sg.getTrains()) {
            n += t.getTimes().size();
        }
        long[] events = new long[n];
        int k = 0;
        for (SpikeTrain t : sg.getTrains()) {
            if (t.getNeuron() < 0 || t.getNeuron() >= sg.getSize()) {
                throw new NetworkBuildException("Spike generator " + name + ": neuron " + t.getNeuron()
                        + " is out of range (size " + sg.getSize() + ").");
            }
            for (double time : t.getTimes()) {
                events[k++] = GeneratorInput.encode((int) Math.round(time / dt), t.getNeuron());
            }
        }
        return new GeneratorInput(name, sg.getSize(), events);
    }

    private void monitor(Monitor m, CompiledNetwork net) {
        SpikingGroup g = groups.get(m.getTarget());
        if (g == null) {
            throw new NetworkBuildException("Monitor " + m.getName() + " watches nothing: set its target.");
        }
        if (m instanceof RateMonitor rm) {
            net.rateRecorders.add(new RateRecorder(g, rm.getBin(), net.dt, net.steps));
        } else if (m instanceof StateMonitor sm) {
            if (!(g instanceof NeuronGroup ng)) {
                throw new NetworkBuildException("State monitor " + m.getName() + ": " + g.name
                        + " is an input and has no state variables.");
            }
            int[] neurons = sm.getNeurons().isEmpty() ? java.util.stream.IntStream.range(0, ng.size).toArray()
                    : sm.getNeurons().stream().mapToInt(Integer::intValue).toArray();
            for (int i : neurons) {
                if (i < 0 || i >= ng.size) {
                    throw new NetworkBuildException("State monitor " + m.getName() + ": neuron " + i
                            + " is out of range (size " + ng.size + ").");
                }
            }
            int every = sm.getInterval() <= 0 ? 1 : (int) Math.round(sm.getInterval() / net.dt);
            for (String v : sm.getVariables().isEmpty() ? ng.model.variableNames() : sm.getVariables()) {
                int k = ng.model.variableIndex(v);
                if (k < 0) {
                    throw new NetworkBuildException("State monitor " + m.getName() + ": model " + ng.model.id()
                            + " has no variable '" + v + "' (variables: " + ng.model.variableNames() + ").");
                }
                net.stateRecorders.add(new StateRecorder(ng, v, k, neurons, every, net.steps));
            }
        }
        // spike monitors: every group's spikes are recorded anyway
    }

    static boolean isExponential(SynapseKind k) {
        return k == SynapseKind.EXPONENTIAL_CURRENT || k == SynapseKind.EXPONENTIAL_CONDUCTANCE;
    }
}
