package org.neuropynamics.network.sim;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.Input;
import org.neuropynamics.network.model.Monitor;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeGenerator;
import org.neuropynamics.network.model.SpikeTrain;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.RunSettings;

/**
 * Checks a network before a run and lists every problem found, each message naming the element (the
 * simulator stops at the first; the editor shows them all at once).
 */
public final class NetworkValidator {

    private final ModelRegistry registry;

    /** A validator resolving model ids in {@code registry}. */
    public NetworkValidator(ModelRegistry registry) {
        this.registry = registry;
    }

    /** The problems of {@code network}; empty when it can be run. */
    public List<String> problems(Network network) {
        List<String> out = new ArrayList<>();
        for (Population p : network.getPopulations()) {
            if (p.getSize() < 0) {
                out.add("Population " + name(p.getName()) + " has a negative size (" + p.getSize() + ").");
            }
            if (p.getModelId() == null || !registry.contains(p.getModelId())) {
                out.add("Population " + name(p.getName()) + ": unknown model '" + p.getModelId() + "'.");
            }
        }
        for (Input in : network.getInputs()) {
            if (in.getSize() < 0) {
                out.add("Input " + name(in.getName()) + " has a negative size (" + in.getSize() + ").");
            }
            if (in instanceof PoissonGroup pg && pg.getRate() < 0) {
                out.add("Poisson group " + name(in.getName()) + " has a negative rate (" + pg.getRate() + " Hz).");
            }
            if (in instanceof SpikeGenerator g) {
                generator(g, out);
            }
        }
        for (Projection pr : network.getProjections()) {
            if (pr.getSource() == null) {
                out.add("Projection " + name(pr.getName()) + " has no source.");
            }
            if (pr.getTarget() == null) {
                out.add("Projection " + name(pr.getName()) + " has no target.");
            }
            if (pr.getConnectivity() == null) {
                out.add("Projection " + name(pr.getName()) + " has no connectivity rule.");
            }
        }
        for (CurrentInjection c : network.getCurrents()) {
            if (c.getTarget() == null) {
                out.add("Current injection " + name(c.getName()) + " has no target population.");
            }
        }
        for (Monitor m : network.getMonitors()) {
            if (m.getTarget() == null) {
                out.add("Monitor " + name(m.getName()) + " watches nothing: set its target.");
            } else if (m instanceof StateMonitor sm) {
                stateMonitor(sm, out);
            }
        }
        RunSettings run = network.getRun();
        if (run != null && !(run.getDt() > 0)) {
            out.add("Run settings: dt must be positive, got " + run.getDt() + " ms.");
        }
        if (run != null && !(run.getDuration() >= 0)) {
            out.add("Run settings: duration must not be negative, got " + run.getDuration() + " ms.");
        }
        return out;
    }

    private static void generator(SpikeGenerator g, List<String> out) {
        for (SpikeTrain t : g.getTrains()) {
            if (t.getNeuron() < 0 || t.getNeuron() >= g.getSize()) {
                out.add("Spike generator " + name(g.getName()) + ": neuron " + t.getNeuron()
                        + " is out of range (size " + g.getSize() + ").");
            }
            for (double time : t.getTimes()) {
                if (!(time >= 0)) {
                    out.add("Spike generator " + name(g.getName()) + ": spike time " + time + " ms of neuron "
                            + t.getNeuron() + " is negative.");
                }
            }
        }
    }

    private void stateMonitor(StateMonitor m, List<String> out) {
        if (!(m.getTarget() instanceof Population p)) {
            out.add("State monitor " + name(m.getName()) + ": " + name(m.getTarget().getName())
                    + " is an input and has no state variables.");
            return;
        }
        if (p.getModelId() == null || !registry.contains(p.getModelId())) {
            return;
        }
        List<String> known = registry.get(p.getModelId()).variableNames();
        for (String v : m.getVariables()) {
            if (!known.contains(v)) {
                out.add("State monitor " + name(m.getName()) + ": model " + p.getModelId() + " has no variable '"
                        + v + "' (variables: " + String.join(", ", known) + ").");
            }
        }
    }

    private static String name(String n) {
        return n == null || n.isEmpty() ? "(unnamed)" : "'" + n + "'";
    }
}
