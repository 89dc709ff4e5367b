package org.neuropynamics.network.sim;

import java.util.Map;
import java.util.SplittableRandom;

import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeSource;
import org.neuropynamics.network.model.SynapseKind;

/** Builds the {@link SynapticProjection} of one model projection: synapses, weights, delays, destination. */
final class ProjectionWiring {

    private final Map<SpikeSource, SpikingGroup> groups;
    private final double dt;

    ProjectionWiring(Map<SpikeSource, SpikingGroup> groups, double dt) {
        this.groups = groups;
        this.dt = dt;
    }

    SynapticProjection wire(Projection pr, SplittableRandom random) {
        String name = pr.getName() != null ? pr.getName() : "(unnamed)";
        SpikingGroup source = groups.get(pr.getSource());
        if (source == null) {
            throw new NetworkBuildException("Projection " + name + " has no source.");
        }
        SpikingGroup t = groups.get(pr.getTarget());
        if (!(t instanceof NeuronGroup target)) {
            throw new NetworkBuildException("Projection " + name + " has no target population.");
        }
        Connector.Rows rows = Connector.connect(name, pr.getConnectivity(), source.size, target.size,
                source == target, random);
        int n = rows.offsets()[rows.offsets().length - 1];
        Sampler w = new Sampler(pr.getWeight(), 0, "Projection " + pr.getName() + ": the weight");
        Sampler d = new Sampler(pr.getDelay(), 0, "Projection " + pr.getName() + ": the delay");
        double[] weights = null;
        double weight = w.constant();
        if (!w.isConstant()) {
            weights = new double[n];
            for (int s = 0; s < n; s++) {
                weights[s] = w.draw(random);
            }
        }
        int[] delays = null;
        int delay = steps(d.constant(), name);
        if (!d.isConstant()) {
            delays = new int[n];
            for (int s = 0; s < n; s++) {
                delays[s] = Math.max(0, (int) Math.round(d.draw(random) / dt));
            }
        }
        SynapseKind kind = pr.getSynapse();
        double[] destination;
        if (kind == SynapseKind.VOLTAGE_JUMP) {
            String v = pr.getTargetVariable();
            int k = v == null || v.isEmpty() ? 0 : target.model.variableIndex(v);
            if (k < 0) {
                throw new NetworkBuildException("Projection " + name + ": model " + target.model.id()
                        + " has no variable '" + v + "' (variables: " + target.model.variableNames() + ").");
            }
            destination = target.vars[k];
        } else {
            if (target.currentIndex < 0) {
                throw new NetworkBuildException("Projection " + name + ": model " + target.model.id()
                        + " has no input-current parameter; use voltage-jump synapses.");
            }
            if (!(pr.getTau() > 0)) {
                throw new NetworkBuildException("Projection " + name + ": synaptic tau must be positive, got "
                        + pr.getTau() + " ms.");
            }
            destination = target.channel(kind == SynapseKind.EXPONENTIAL_CONDUCTANCE, pr.getTau(),
                    pr.getReversal());
        }
        return new SynapticProjection(name, source, target, rows.offsets(), rows.targets(), weights, weight,
                delays, delay, destination);
    }

    private int steps(double delayMs, String name) {
        if (delayMs < 0) {
            throw new NetworkBuildException("Projection " + name + ": negative delay " + delayMs + " ms.");
        }
        return (int) Math.round(delayMs / dt);
    }
}
