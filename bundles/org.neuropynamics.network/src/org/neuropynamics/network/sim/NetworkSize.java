package org.neuropynamics.network.sim;

import org.neuropynamics.core.integrate.ResourceLimitException;
import org.neuropynamics.core.integrate.ResourceLimits;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.AllToAll;
import org.neuropynamics.network.model.Connectivity;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.FixedInDegree;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.FixedTotalNumber;
import org.neuropynamics.network.model.Input;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.OneToOne;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeSource;

/**
 * The size of a run estimated before anything is allocated: time steps, neuron updates, the memory of the
 * neurons' state and of the synapses (the expected count of each projection's rule: p N_source N_target
 * for a fixed probability). A run over the limits of {@link ResourceLimits} is refused with one line.
 */
final class NetworkSize {

    /** Bytes per neuron beyond its state variables (spike flags, counters, refractory clocks). */
    static final double NEURON_OVERHEAD_BYTES = 64;
    /**
     * Bytes a projection's synapses take at the peak of its build: the target array (4 per synapse) when its rule
     * draws source by source, else the (source, target) pairs and the sorted targets (12); plus 8 for per-synapse
     * weights and 4 for per-synapse delays when they are drawn from a distribution (constant ones take none).
     */
    static double synapseBytes(Projection pr) {
        double bytes = Connector.drawsBySource(pr.getConnectivity()) ? Connector.DIRECT_BYTES : Connector.SORTED_BYTES;
        if (!new Sampler(pr.getWeight(), 0, "Projection " + pr.getName() + ": the weight").isConstant()) {
            bytes += 8;
        }
        if (!new Sampler(pr.getDelay(), 0, "Projection " + pr.getName() + ": the delay").isConstant()) {
            bytes += 4;
        }
        return bytes;
    }
    /** Neuron updates allowed per integration step of the limit (updating a neuron is cheaper than a step). */
    static final double UPDATES_PER_STEP = 100;

    private NetworkSize() {
    }

    /**
     * @throws NetworkBuildException (the network's own failure type, which the editor and the command line
     *             report in one line) when the run is over a limit
     */
    static void check(Network network, double dt, double duration, ModelRegistry registry) {
        try {
            checkLimits(network, dt, duration, registry);
        } catch (ResourceLimitException e) {
            throw new NetworkBuildException(e.getMessage());
        }
    }

    private static void checkLimits(Network network, double dt, double duration, ModelRegistry registry) {
        double steps = duration / dt;
        String run = "the run of " + ResourceLimits.count(duration) + " ms at dt " + ResourceLimits.count(dt) + " ms";
        ResourceLimits.checkSteps(run, 1, duration, dt);
        double neurons = 0;
        double bytes = 0;
        for (Population p : network.getPopulations()) {
            int dim = p.getModelId() != null && registry.contains(p.getModelId())
                    ? registry.get(p.getModelId()).dimension() : 4;
            neurons += Math.max(0, p.getSize());
            bytes += Math.max(0, p.getSize()) * (8.0 * dim + NEURON_OVERHEAD_BYTES);
        }
        for (Input in : network.getInputs()) {
            bytes += Math.max(0, in.getSize()) * NEURON_OVERHEAD_BYTES;
        }
        ResourceLimits.checkSteps(run + " over " + ResourceLimits.count(neurons) + " neurons ("
                + ResourceLimits.count(neurons * steps) + " neuron updates, " + ResourceLimits.count(UPDATES_PER_STEP)
                + " per step)", neurons * steps / UPDATES_PER_STEP);
        ResourceLimits.checkMemory(ResourceLimits.count(neurons) + " neurons", bytes);
        double synapses = 0;
        double synapseBytes = 0;
        String largest = null;
        double largestCount = -1;
        for (Projection pr : network.getProjections()) {
            double n = expectedSynapses(pr);
            synapses += n;
            synapseBytes += n * synapseBytes(pr);
            if (n > largestCount) {
                largestCount = n;
                largest = pr.getName();
            }
        }
        ResourceLimits.checkMemory(ResourceLimits.count(neurons) + " neurons and about "
                + ResourceLimits.count(Math.rint(synapses)) + " synapses" + (largest == null ? ""
                        : " (projection " + largest + ": " + ResourceLimits.count(Math.rint(largestCount)) + ")"),
                bytes + synapseBytes);
    }

    private static double size(SpikeSource s) {
        if (s instanceof Population p) {
            return Math.max(0, p.getSize());
        }
        if (s instanceof Input in) {
            return Math.max(0, in.getSize());
        }
        return 0;
    }

    /** The expected number of synapses a projection's rule draws. */
    static double expectedSynapses(Projection pr) {
        double ns = size(pr.getSource());
        double nt = size(pr.getTarget());
        Connectivity c = pr.getConnectivity();
        if (c instanceof AllToAll) {
            return ns * nt;
        } else if (c instanceof OneToOne) {
            return Math.min(ns, nt);
        } else if (c instanceof FixedProbability fp) {
            return Math.max(0, Math.min(1, fp.getProbability())) * ns * nt;
        } else if (c instanceof FixedInDegree fi) {
            return Math.max(0, fi.getInDegree()) * nt;
        } else if (c instanceof FixedTotalNumber ft) {
            return Math.max(0, ft.getNumber());
        } else if (c instanceof ExplicitPairs ep) {
            return ep.getPairs().size();
        }
        return 0;
    }
}
