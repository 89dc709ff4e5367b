package org.neuropynamics.network.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.AllToAll;
import org.neuropynamics.network.model.Connectivity;
import org.neuropynamics.network.model.Constant;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.Distribution;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.FixedInDegree;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.FixedTotalNumber;
import org.neuropynamics.network.model.InitialCondition;
import org.neuropynamics.network.model.Input;
import org.neuropynamics.network.model.Monitor;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Normal;
import org.neuropynamics.network.model.OneToOne;
import org.neuropynamics.network.model.Pair;
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
import org.neuropynamics.network.model.Stdp;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.Uniform;
import org.neuropynamics.network.sim.NetworkValidator;

/**
 * A network resolved for code generation, with the built-in simulator's semantics: models and parameter values
 * from the registry, initial states, the synaptic channels each population gets (one per distinct kind, tau
 * and reversal, as the simulator shares them), identifiers for every element. Checks what the simulator checks
 * (via {@link NetworkValidator}) and what it would find while building.
 */
final class ExportPlan {

    /** A spiking group: a population or an input. */
    abstract static class Group {
        String name;
        String ident;
        int size;
    }

    /** A population of model neurons. */
    static final class Pop extends Group {
        Model model;
        ModelEquations eq;
        double[] params;
        double[] initial;
        /** Per-variable initial distributions from the file, in file order (after the model's initial state). */
        final Map<Integer, Distribution> initialConditions = new LinkedHashMap<>();
        final List<Channel> channels = new ArrayList<>();
        final List<CurrentInjection> injections = new ArrayList<>();
        int currentIndex;

        double param(String n) {
            return params[model.parameterIndex(n)];
        }

        int channel(boolean conductance, boolean alpha, double tau, double reversal) {
            for (int k = 0; k < channels.size(); k++) {
                Channel c = channels.get(k);
                if (c.conductance() == conductance && c.alpha() == alpha && c.tau() == tau
                        && (!conductance || c.reversal() == reversal)) {
                    return k;
                }
            }
            channels.add(new Channel(conductance, alpha, tau, reversal));
            return channels.size() - 1;
        }
    }

    /**
     * A synaptic current or conductance of a population: exponentially decaying, or an alpha kernel (issue 15:
     * a spike adds w to a feed u; tau u' = -u, tau g' = e u - g), as the simulator's channels.
     */
    record Channel(boolean conductance, boolean alpha, double tau, double reversal) {
    }

    /** An input: Poisson or spike generator. */
    static final class In extends Group {
        boolean poisson;
        double rate;
        /** Per neuron its spike times (ms), for generators. */
        final Map<Integer, List<Double>> trains = new LinkedHashMap<>();
    }

    /** A projection. */
    static final class Proj {
        String name;
        String ident;
        Group source;
        Pop target;
        Connectivity connectivity;
        Distribution weight;
        Distribution delay;
        SynapseKind kind;
        /** The channel fed (exponential and alpha synapses), or -1. */
        int channel = -1;
        /** The state variable jumped (voltage jumps). */
        int variable;
        boolean autapsesForbidden;
        /** STDP of the weights, or null. */
        Stdp stdp;
    }

    /** A state monitor of one population. */
    record StateMon(String name, Pop target, List<Integer> variables, int[] neurons, double interval) {
    }

    /** A rate monitor. */
    record RateMon(String name, Group target, double bin) {
    }

    final Network network;
    final double dt;
    final double duration;
    final long seed;
    final String method;
    final List<Pop> pops = new ArrayList<>();
    final List<In> inputs = new ArrayList<>();
    final List<Proj> projections = new ArrayList<>();
    final List<StateMon> stateMonitors = new ArrayList<>();
    final List<RateMon> rateMonitors = new ArrayList<>();
    final Set<String> used = new HashSet<>();

    ExportPlan(Network network, ModelRegistry registry) {
        this.network = network;
        List<String> problems = new NetworkValidator(registry).problems(network);
        if (!problems.isEmpty()) {
            throw new ExportException(problems.get(0));
        }
        RunSettings run = network.getRun();
        dt = run == null ? 0.1 : run.getDt();
        duration = run == null ? 1000 : run.getDuration();
        seed = run == null ? 1 : run.getSeed();
        method = run == null || run.getMethod() == null ? "euler" : run.getMethod();
        Map<SpikeSource, Group> groups = new LinkedHashMap<>();
        for (Population p : network.getPopulations()) {
            Pop g = population(p, registry);
            pops.add(g);
            groups.put(p, g);
        }
        for (Input in : network.getInputs()) {
            In g = new In();
            g.name = name(in.getName(), "input");
            g.ident = Py.ident(in.getName(), used, "input");
            g.size = in.getSize();
            if (in instanceof PoissonGroup pg) {
                g.poisson = true;
                g.rate = pg.getRate();
            } else {
                for (SpikeTrain t : ((SpikeGenerator) in).getTrains()) {
                    List<Double> times = g.trains.computeIfAbsent(t.getNeuron(), k -> new ArrayList<>());
                    for (double time : t.getTimes()) {
                        Py.num(time, "Spike generator " + g.name);
                        times.add(time);
                    }
                    times.sort(null);
                }
            }
            inputs.add(g);
            groups.put(in, g);
        }
        for (Projection pr : network.getProjections()) {
            projections.add(projection(pr, groups));
        }
        for (CurrentInjection ci : network.getCurrents()) {
            Pop target = (Pop) groups.get(ci.getTarget());
            if (target == null) {
                throw new ExportException("Current injection " + ci.getName() + " has no target population.");
            }
            if (target.currentIndex < 0) {
                throw new ExportException("Current injection " + ci.getName() + ": model " + target.model.id()
                        + " of " + target.name + " has no input-current parameter.");
            }
            if (ci.getSlope() != 0) {
                throw new ExportException("Current injection " + ci.getName() + " is a ramp (slope " + ci.getSlope()
                        + " per ms): the script exports write constant steps only (NeuroML export keeps ramps).");
            }
            target.injections.add(ci);
        }
        for (Monitor m : network.getMonitors()) {
            Group g = groups.get(m.getTarget());
            if (g == null) {
                throw new ExportException("Monitor " + m.getName() + " watches nothing: set its target.");
            }
            if (m instanceof RateMonitor rm) {
                rateMonitors.add(new RateMon(name(m.getName(), "rate"), g, rm.getBin()));
            } else if (m instanceof StateMonitor sm) {
                if (!(g instanceof Pop p)) {
                    throw new ExportException("State monitor " + m.getName() + ": " + g.name
                            + " is an input and has no state variables.");
                }
                List<Integer> vars = new ArrayList<>();
                for (String v : sm.getVariables().isEmpty() ? p.model.variableNames() : sm.getVariables()) {
                    int k = p.model.variableIndex(v);
                    if (k < 0) {
                        throw new ExportException("State monitor " + m.getName() + ": model " + p.model.id()
                                + " has no variable '" + v + "'.");
                    }
                    vars.add(k);
                }
                int[] neurons = sm.getNeurons().isEmpty() ? java.util.stream.IntStream.range(0, p.size).toArray()
                        : sm.getNeurons().stream().mapToInt(Integer::intValue).toArray();
                for (int i : neurons) {
                    if (i < 0 || i >= p.size) {
                        throw new ExportException("State monitor " + m.getName() + ": neuron " + i
                                + " is out of range (size " + p.size + ").");
                    }
                }
                stateMonitors.add(new StateMon(name(m.getName(), "state"), p, vars, neurons,
                        sm.getInterval() <= 0 ? dt : sm.getInterval()));
            }
        }
    }

    private Pop population(Population p, ModelRegistry registry) {
        Pop g = new Pop();
        g.name = name(p.getName(), "population");
        g.ident = Py.ident(p.getName(), used, "pop");
        g.size = p.getSize();
        g.model = registry.get(p.getModelId());
        g.eq = ModelEquations.of(g.model);
        g.params = g.model.defaultParameters();
        for (ParameterValue v : p.getParameters()) {
            int k = g.model.parameterIndex(v.getName());
            if (k < 0) {
                throw new ExportException("Population " + g.name + ": model " + g.model.id()
                        + " has no parameter '" + v.getName() + "'.");
            }
            g.params[k] = v.getValue();
            Py.num(v.getValue(), "Population " + g.name + ", parameter " + v.getName());
        }
        g.currentIndex = g.model.currentParameterIndex().orElse(-1);
        g.initial = g.model.initialState(g.params);
        for (InitialCondition c : p.getInitialConditions()) {
            int k = g.model.variableIndex(c.getVariable());
            if (k < 0) {
                throw new ExportException("Population " + g.name + ": model " + g.model.id()
                        + " has no variable '" + c.getVariable() + "'.");
            }
            if (c.getValue() != null) {
                g.initialConditions.put(k, c.getValue());
            }
        }
        return g;
    }

    private Proj projection(Projection pr, Map<SpikeSource, Group> groups) {
        Proj p = new Proj();
        p.name = name(pr.getName(), "projection");
        p.ident = Py.ident("syn_" + (projections.size()), used, "syn");
        p.source = groups.get(pr.getSource());
        if (p.source == null) {
            throw new ExportException("Projection " + p.name + " has no source.");
        }
        if (!(groups.get(pr.getTarget()) instanceof Pop target)) {
            throw new ExportException("Projection " + p.name + " has no target population.");
        }
        p.target = target;
        p.connectivity = pr.getConnectivity();
        p.weight = pr.getWeight();
        p.delay = pr.getDelay();
        p.kind = pr.getSynapse();
        p.stdp = pr.getPlasticity();
        Connectivity c = p.connectivity;
        p.autapsesForbidden = p.source == target && c != null && !c.isAllowAutapses();
        checkConnectivity(p);
        checkDistribution(p.weight, "Projection " + p.name + ", weight");
        checkDistribution(p.delay, "Projection " + p.name + ", delay");
        if (p.delay instanceof Constant d && d.getValue() < 0) {
            throw new ExportException("Projection " + p.name + ": negative delay " + d.getValue() + " ms.");
        }
        if (p.kind == SynapseKind.VOLTAGE_JUMP) {
            String v = pr.getTargetVariable();
            p.variable = v == null || v.isEmpty() ? 0 : target.model.variableIndex(v);
            if (p.variable < 0) {
                throw new ExportException("Projection " + p.name + ": model " + target.model.id()
                        + " has no variable '" + v + "'.");
            }
        } else {
            if (target.currentIndex < 0) {
                throw new ExportException("Projection " + p.name + ": model " + target.model.id()
                        + " has no input-current parameter; use voltage-jump synapses.");
            }
            if (!(pr.getTau() > 0)) {
                throw new ExportException("Projection " + p.name + ": synaptic tau must be positive, got "
                        + pr.getTau() + " ms.");
            }
            p.channel = target.channel(p.kind == SynapseKind.EXPONENTIAL_CONDUCTANCE
                    || p.kind == SynapseKind.ALPHA_CONDUCTANCE, p.kind == SynapseKind.ALPHA_CURRENT
                    || p.kind == SynapseKind.ALPHA_CONDUCTANCE, pr.getTau(), pr.getReversal());
        }
        return p;
    }

    /**
     * Refuses a network with plasticity for a target that does not write it.
     *
     * @throws ExportException naming the first plastic projection and the target
     */
    void refusePlasticity(String target) {
        for (Proj p : projections) {
            if (p.stdp != null) {
                throw new ExportException("Projection " + p.name + " has STDP plasticity, which the " + target
                        + " export does not write; export to brian2, pynn or pynest, or set the projection's plasticity"
                        + " to none.");
            }
        }
    }

    private static void checkConnectivity(Proj p) {
        Connectivity c = p.connectivity;
        int ns = p.source.size;
        int nt = p.target.size;
        String where = "Projection " + p.name;
        if (c == null) {
            throw new ExportException(where + " has no connectivity rule.");
        } else if (c instanceof OneToOne && ns != nt) {
            throw new ExportException(where + ": one-to-one needs equal sizes, but the source has " + ns
                    + " neurons and the target " + nt + ".");
        } else if (c instanceof FixedProbability fp && !(fp.getProbability() >= 0 && fp.getProbability() <= 1)) {
            throw new ExportException(where + ": probability " + fp.getProbability() + " is not in [0, 1].");
        } else if (c instanceof FixedInDegree fi) {
            int available = p.autapsesForbidden ? ns - 1 : ns;
            if (fi.getInDegree() < 0 || fi.getInDegree() > available) {
                throw new ExportException(where + ": in-degree " + fi.getInDegree() + " is not between 0 and "
                        + available + " (the source size).");
            }
        } else if (c instanceof FixedTotalNumber ft && ft.getNumber() < 0) {
            throw new ExportException(where + ": negative number of synapses " + ft.getNumber() + ".");
        } else if (c instanceof ExplicitPairs ep) {
            for (Pair pair : ep.getPairs()) {
                if (pair.getSource() < 0 || pair.getSource() >= ns || pair.getTarget() < 0
                        || pair.getTarget() >= nt) {
                    throw new ExportException(where + ": pair " + pair.getSource() + " -> " + pair.getTarget()
                            + " is out of range (source size " + ns + ", target size " + nt + ").");
                }
            }
        } else if (!(c instanceof AllToAll || c instanceof OneToOne || c instanceof FixedProbability
                || c instanceof FixedInDegree || c instanceof FixedTotalNumber)) {
            throw new ExportException(where + ": unsupported connectivity " + c.eClass().getName() + ".");
        }
    }

    private static void checkDistribution(Distribution d, String where) {
        if (d instanceof Constant c) {
            Py.num(c.getValue(), where);
        } else if (d instanceof Uniform u) {
            Py.num(u.getLow(), where);
            Py.num(u.getHigh(), where);
        } else if (d instanceof Normal n) {
            Py.num(n.getMean(), where);
            Py.num(n.getStd(), where);
        }
    }

    /** True when every value of the distribution is the same; see {@link #constant(Distribution)}. */
    static boolean isConstant(Distribution d) {
        return d == null || d instanceof Constant || (d instanceof Uniform u && u.getLow() == u.getHigh())
                || (d instanceof Normal n && n.getStd() == 0);
    }

    /** The value of a constant distribution (0 when none is given), as the simulator's sampler takes it. */
    static double constant(Distribution d) {
        if (d instanceof Constant c) {
            return c.getValue();
        }
        if (d instanceof Uniform u) {
            return u.getLow();
        }
        if (d instanceof Normal n) {
            return n.getMean();
        }
        return 0;
    }

    /** Smallest value a distribution can take (mean - 5 sd for normals). */
    static double lowest(Distribution d) {
        if (d instanceof Uniform u) {
            return Math.min(u.getLow(), u.getHigh());
        }
        if (d instanceof Normal n) {
            return n.getMean() - 5 * Math.abs(n.getStd());
        }
        return constant(d);
    }

    /** Largest value a distribution can take (mean + 5 sd for normals). */
    static double highest(Distribution d) {
        if (d instanceof Uniform u) {
            return Math.max(u.getLow(), u.getHigh());
        }
        if (d instanceof Normal n) {
            return n.getMean() + 5 * Math.abs(n.getStd());
        }
        return constant(d);
    }

    private static String name(String n, String fallback) {
        return n == null || n.isBlank() ? "(unnamed " + fallback + ")" : n;
    }
}
