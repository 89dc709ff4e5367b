package org.neuropynamics.network.sim;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
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
import org.neuropynamics.network.model.SpikeTrain;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.Uniform;

/**
 * Checks a network before a run and lists every problem found at once, each naming its element, with a fix
 * hint (the simulator stops at the first; the editor lists them all and marks the elements). Errors are what
 * the simulator would refuse; warnings are networks that run but probably not as meant.
 */
public final class NetworkValidator {

    private final ModelRegistry registry;

    /** A validator resolving model ids in {@code registry}. */
    public NetworkValidator(ModelRegistry registry) {
        this.registry = registry;
    }

    /** The messages of the errors of {@code network}; empty when it can be run. */
    public List<String> problems(Network network) {
        return check(network).stream().filter(NetworkProblem::error).map(NetworkProblem::message).toList();
    }

    /** Every error and warning of {@code network}, in the order of its elements. */
    public List<NetworkProblem> check(Network network) {
        List<NetworkProblem> out = new ArrayList<>();
        try {
            ModelDefinitions.install(network, registry); // models kept in the file (issue 15)
        } catch (IllegalArgumentException e) {
            error(out, network, e.getMessage(), "The file's model definition is damaged: import the model again.");
        }
        for (Population p : network.getPopulations()) {
            population(p, out);
        }
        for (Input in : network.getInputs()) {
            if (in.getSize() < 0) {
                error(out, in, "Input " + name(in.getName()) + " has a negative size (" + in.getSize() + ").",
                        "Set its size to the number of spike trains (1 or more).");
            }
            if (in instanceof PoissonGroup pg && !(pg.getRate() >= 0)) {
                error(out, in, "Poisson group " + name(in.getName()) + " has a negative rate (" + pg.getRate()
                        + " Hz).", "Set a rate of 0 Hz or more.");
            }
            if (in instanceof SpikeGenerator g) {
                generator(g, out);
            }
        }
        for (Projection pr : network.getProjections()) {
            projection(pr, out);
        }
        for (CurrentInjection c : network.getCurrents()) {
            if (c.getTarget() == null) {
                error(out, c, "Current injection " + name(c.getName()) + " has no target population.",
                        "Delete it and click a population with the Current tool.");
            } else {
                Model m = model(c.getTarget());
                if (m != null && m.currentParameter() == null) {
                    error(out, c, "Current injection " + name(c.getName()) + ": model " + m.id() + " of "
                            + name(c.getTarget().getName()) + " has no input-current parameter.",
                            "Drive this population through a projection instead.");
                }
            }
        }
        for (Monitor m : network.getMonitors()) {
            if (m.getTarget() == null) {
                error(out, m, "Monitor " + name(m.getName()) + " watches nothing: set its target.",
                        "Choose a population or input as its Target in Properties.");
            } else if (m instanceof StateMonitor sm) {
                stateMonitor(sm, out);
            } else if (m instanceof RateMonitor rm && !(rm.getBin() > 0)) {
                error(out, m, "Rate monitor " + name(m.getName()) + ": bin must be positive, got " + rm.getBin()
                        + " ms.", "Set a bin of a few ms (e.g. 5).");
            }
        }
        RunSettings run = network.getRun();
        if (run != null) {
            runSettings(run, out);
        }
        return out;
    }

    private void population(Population p, List<NetworkProblem> out) {
        String what = "Population " + name(p.getName());
        if (p.getSize() < 0) {
            error(out, p, what + " has a negative size (" + p.getSize() + ").", "Set a size of 1 or more.");
        } else if (p.getSize() == 0) {
            warning(out, p, what + " has no neurons (size 0).", "Set a size of 1 or more, or delete it.");
        }
        if (p.getModelId() == null || !registry.contains(p.getModelId())) {
            error(out, p, what + ": unknown model '" + p.getModelId() + "'.",
                    "Choose a model from the Model list in Properties.");
            return;
        }
        Model m = model(p);
        if (m == null) {
            error(out, p, what + ": model '" + p.getModelId() + "' cannot be built.",
                    "Choose another model from the Model list in Properties.");
            return;
        }
        for (ParameterValue v : p.getParameters()) {
            if (m.parameterIndex(v.getName()) < 0) {
                error(out, p, what + ": model " + m.id() + " has no parameter '" + v.getName() + "'.",
                        "Remove the override (parameters: " + String.join(", ",
                                m.parameters().stream().map(x -> x.name()).toList()) + ").");
            }
        }
        for (InitialCondition c : p.getInitialConditions()) {
            if (m.variableIndex(c.getVariable()) < 0) {
                error(out, p, what + ": model " + m.id() + " has no variable '" + c.getVariable() + "'.",
                        "Remove this initial condition (variables: " + String.join(", ", m.variableNames())
                                + ").");
            } else {
                distribution(c.getValue(), p, what + ", initial " + c.getVariable(), out);
            }
        }
    }

    private static void generator(SpikeGenerator g, List<NetworkProblem> out) {
        for (SpikeTrain t : g.getTrains()) {
            if (t.getNeuron() < 0 || t.getNeuron() >= g.getSize()) {
                error(out, g, "Spike generator " + name(g.getName()) + ": neuron " + t.getNeuron()
                        + " is out of range (size " + g.getSize() + ").",
                        "Raise its size above " + t.getNeuron() + " or renumber the train.");
            }
            for (double time : t.getTimes()) {
                if (!(time >= 0)) {
                    error(out, g, "Spike generator " + name(g.getName()) + ": spike time " + time + " ms of neuron "
                            + t.getNeuron() + " is negative.", "Spike times are ms from the start, 0 or more.");
                }
            }
        }
    }

    private void projection(Projection pr, List<NetworkProblem> out) {
        String what = "Projection " + name(pr.getName());
        if (pr.getSource() == null) {
            error(out, pr, what + " has no source.", "Delete it and draw it again with the Projection tool.");
        }
        if (pr.getTarget() == null) {
            error(out, pr, what + " has no target.", "Delete it and draw it again with the Projection tool.");
        }
        Connectivity c = pr.getConnectivity();
        if (c == null) {
            error(out, pr, what + " has no connectivity rule.", "Choose a Rule in Properties.");
        } else if (pr.getSource() != null && pr.getTarget() != null) {
            connectivity(pr, c, what, out);
        }
        distribution(pr.getWeight(), pr, what + ", weight", out);
        distribution(pr.getDelay(), pr, what + ", delay", out);
        if (negativeFor(pr.getDelay())) {
            error(out, pr, what + ": a delay can be negative (" + Sampler.describe(pr.getDelay()) + " ms).",
                    "Delays are 0 ms or more: raise the constant or the lower end.");
        }
        Model target = pr.getTarget() == null ? null : model(pr.getTarget());
        if (target == null) {
            return;
        }
        if (pr.getSynapse() == SynapseKind.VOLTAGE_JUMP) {
            String v = pr.getTargetVariable();
            if (v != null && !v.isEmpty() && target.variableIndex(v) < 0) {
                error(out, pr, what + ": model " + target.id() + " has no variable '" + v + "'.",
                        "Leave Target variable empty (the membrane potential) or use one of "
                                + String.join(", ", target.variableNames()) + ".");
            }
        } else {
            if (target.currentParameter() == null) {
                error(out, pr, what + ": model " + target.id() + " has no input-current parameter.",
                        "Use voltage-jump synapses for this target.");
            }
            if (!(pr.getTau() > 0)) {
                error(out, pr, what + ": synaptic tau must be positive, got " + pr.getTau() + " ms.",
                        "Set tau to the synaptic decay time (e.g. 5 ms).");
            }
        }
        stdp(pr, what, out);
    }

    /** The STDP settings of a plastic projection (the element marked is the projection). */
    private static void stdp(Projection pr, String what, List<NetworkProblem> out) {
        org.neuropynamics.network.model.Stdp s = pr.getPlasticity();
        if (s == null) {
            return;
        }
        if (!(s.getTauPlus() > 0) || !(s.getTauMinus() > 0)) {
            error(out, pr, what + ": STDP tau+ and tau- must be positive, got " + s.getTauPlus() + " and "
                    + s.getTauMinus() + " ms.", "Set tau+ and tau- under Plasticity (e.g. 20 ms).");
        }
        if (!(s.getWMax() > 0)) {
            error(out, pr, what + ": STDP w_max must be positive, got " + s.getWMax() + ".",
                    "Set w_max under Plasticity.");
        }
        if (!(s.getAPlus() >= 0) || !(s.getAMinus() >= 0)) {
            error(out, pr, what + ": STDP A+ and A- must be 0 or more (the depression is -A-), got " + s.getAPlus()
                    + " and " + s.getAMinus() + ".", "Set A+ and A- under Plasticity.");
        }
        Distribution w = pr.getWeight();
        double lo = w instanceof Uniform u ? u.getLow() : w instanceof Constant c ? c.getValue() : 0;
        double hi = w instanceof Uniform u ? u.getHigh() : w instanceof Constant c ? c.getValue() : 0;
        if (s.getWMax() > 0 && (lo < 0 || hi > s.getWMax())) {
            error(out, pr, what + ": STDP keeps weights in [0, w_max = " + s.getWMax() + "], but the initial weight "
                    + Sampler.describe(w) + " leaves it.", "Set the weight within [0, w_max] or raise w_max.");
        }
        if (s.isRecordWeights() && !(s.getRecordInterval() >= 0)) {
            error(out, pr, what + ": the weight record interval must be 0 ms or more, got " + s.getRecordInterval()
                    + ".", "Set Record every under Plasticity.");
        }
    }

    private static void connectivity(Projection pr, Connectivity c, String what, List<NetworkProblem> out) {
        int nSource = pr.getSource().getSize();
        int nTarget = pr.getTarget().getSize();
        boolean noSelf = pr.getSource() == pr.getTarget() && !c.isAllowAutapses();
        if (c instanceof OneToOne && nSource != nTarget) {
            error(out, pr, what + ": one-to-one needs equal sizes, but the source has " + nSource
                    + " neurons and the target " + nTarget + ".",
                    "Make the sizes equal or choose another rule.");
        } else if (c instanceof FixedProbability fp) {
            if (!(fp.getProbability() >= 0 && fp.getProbability() <= 1)) {
                error(out, pr, what + ": probability " + fp.getProbability() + " is not in [0, 1].",
                        "Set p between 0 and 1.");
            } else if (fp.getProbability() == 0) {
                warning(out, pr, what + ": probability 0 makes no synapses.", "Set p above 0.");
            }
        } else if (c instanceof FixedInDegree fi) {
            int available = noSelf ? nSource - 1 : nSource;
            if (fi.getInDegree() < 0 || fi.getInDegree() > available) {
                error(out, pr, what + ": in-degree " + fi.getInDegree() + " is not between 0 and " + available
                        + " (the source size).", "Set an in-degree of at most " + available + ".");
            }
        } else if (c instanceof FixedTotalNumber ft && ft.getNumber() < 0) {
            error(out, pr, what + ": negative number of synapses " + ft.getNumber() + ".",
                    "Set a number of 0 or more.");
        } else if (c instanceof ExplicitPairs ep) {
            int index = 0;
            for (Pair p : ep.getPairs()) {
                if (p.getSource() < 0 || p.getSource() >= nSource || p.getTarget() < 0
                        || p.getTarget() >= nTarget) {
                    error(out, pr, what + ": pair " + index + " (" + p.getSource() + " -> " + p.getTarget()
                            + ") is out of range (sizes " + nSource + " and " + nTarget + ").",
                            "Neurons are numbered from 0 to size - 1.");
                }
                index++;
            }
        }
    }

    private static void distribution(Distribution d, EObject element, String what, List<NetworkProblem> out) {
        if (d instanceof Uniform u && !(u.getLow() <= u.getHigh())) {
            error(out, element, what + ": uniform low " + u.getLow() + " is above high " + u.getHigh() + ".",
                    "Swap the ends.");
        } else if (d instanceof Normal n && !(n.getStd() >= 0)) {
            error(out, element, what + ": normal std " + n.getStd() + " is negative.", "Set std 0 or more.");
        }
    }

    /** Whether a delay drawn from {@code d} can be negative (normal: the mean is; std is clipped to 0 by the run). */
    private static boolean negativeFor(Distribution d) {
        if (d == null) {
            return false;
        }
        try {
            return new Sampler(d, 0, "delay").constant() < 0;
        } catch (NetworkBuildException invalid) {
            return false; // an unusable distribution is reported by distribution(...)
        }
    }

    private void stateMonitor(StateMonitor m, List<NetworkProblem> out) {
        if (!(m.getTarget() instanceof Population p)) {
            error(out, m, "State monitor " + name(m.getName()) + ": " + name(m.getTarget().getName())
                    + " is an input and has no state variables.", "Record its spikes with a spike monitor instead.");
            return;
        }
        for (int i : m.getNeurons()) {
            if (i < 0 || i >= p.getSize()) {
                error(out, m, "State monitor " + name(m.getName()) + ": neuron " + i + " is out of range (size "
                        + p.getSize() + ").", "Neurons are numbered from 0 to " + (p.getSize() - 1) + ".");
                break;
            }
        }
        Model model = model(p);
        if (model == null) {
            return;
        }
        List<String> known = model.variableNames();
        for (String v : m.getVariables()) {
            if (!known.contains(v)) {
                error(out, m, "State monitor " + name(m.getName()) + ": model " + p.getModelId() + " has no variable '"
                        + v + "' (variables: " + String.join(", ", known) + ").", "Choose among "
                                + String.join(", ", known) + ".");
            }
        }
    }

    private static void runSettings(RunSettings run, List<NetworkProblem> out) {
        if (!(run.getDt() > 0)) {
            error(out, run, "Run settings: dt must be positive, got " + run.getDt() + " ms.",
                    "Use 0.1 ms (or less for stiff models).");
        } else if (run.getDt() > 1) {
            warning(out, run, "Run settings: dt " + run.getDt() + " ms is coarse for spiking neurons.",
                    "Use 0.1 ms.");
        }
        if (!(run.getDuration() >= 0)) {
            error(out, run, "Run settings: duration must not be negative, got " + run.getDuration() + " ms.",
                    "Set a duration in ms.");
        }
        String method = run.getMethod();
        if (method != null && !method.equals("euler") && !method.equals("rk4") && !method.equals("exact")) {
            error(out, run, "Run settings: unknown method '" + method + "'.", "Use euler, rk4 or exact.");
        }
    }

    private Model model(Population p) {
        if (p.getModelId() == null || !registry.contains(p.getModelId())) {
            return null;
        }
        try {
            return registry.get(p.getModelId());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void error(List<NetworkProblem> out, EObject element, String message, String hint) {
        out.add(new NetworkProblem(element, true, message, hint));
    }

    private static void warning(List<NetworkProblem> out, EObject element, String message, String hint) {
        out.add(new NetworkProblem(element, false, message, hint));
    }

    private static String name(String n) {
        return n == null || n.isEmpty() ? "(unnamed)" : "'" + n + "'";
    }
}
