package org.neuropynamics.network.sim;

import java.util.Map;
import java.util.SplittableRandom;

import org.neuropynamics.network.model.Constant;
import org.neuropynamics.network.model.Distribution;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeSource;
import org.neuropynamics.network.model.Stdp;
import org.neuropynamics.network.model.StdpRule;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.Uniform;

/** Builds the {@link SynapticProjection} of one model projection: synapses, weights, delays, destination. */
final class ProjectionWiring {

    private final Map<SpikeSource, SpikingGroup> groups;
    private final double dt;

    private final int steps;

    ProjectionWiring(Map<SpikeSource, SpikingGroup> groups, double dt, int steps) {
        this.groups = groups;
        this.dt = dt;
        this.steps = steps;
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
            destination = kind == SynapseKind.ALPHA_CURRENT || kind == SynapseKind.ALPHA_CONDUCTANCE
                    ? target.alphaChannel(kind == SynapseKind.ALPHA_CONDUCTANCE, pr.getTau(), pr.getReversal())
                    : target.channel(kind == SynapseKind.EXPONENTIAL_CONDUCTANCE, pr.getTau(), pr.getReversal());
        }
        StdpSynapses stdp = null;
        if (pr.getPlasticity() != null) {
            if (weights == null) {
                weights = new double[n];
                java.util.Arrays.fill(weights, weight);
            }
            stdp = stdp(name, pr.getPlasticity(), pr.getWeight(), weights, rows.targets(), target.size);
        }
        return new SynapticProjection(name, source, target, rows.offsets(), rows.targets(), weights, weight,
                delays, delay, destination, stdp);
    }

    private StdpSynapses stdp(String name, Stdp p, Distribution weight, double[] weights, int[] targets,
            int targetSize) {
        String where = "Projection " + name + ": STDP ";
        positive(where + "tau+", p.getTauPlus(), "ms");
        positive(where + "tau-", p.getTauMinus(), "ms");
        positive(where + "w_max", p.getWMax(), "");
        if (!(Double.isFinite(p.getAPlus()) && p.getAPlus() >= 0)) {
            throw new NetworkBuildException(where + "A+ must be a finite number >= 0, got " + p.getAPlus() + ".");
        }
        if (!(Double.isFinite(p.getAMinus()) && p.getAMinus() >= 0)) {
            throw new NetworkBuildException(where + "A- must be a finite number >= 0 (the depression is -A-), got "
                    + p.getAMinus() + ".");
        }
        double lo = weight instanceof Uniform u ? u.getLow() : weight instanceof Constant c ? c.getValue() : 0;
        double hi = weight instanceof Uniform u ? u.getHigh() : weight instanceof Constant c ? c.getValue() : 0;
        if (lo < 0 || hi > p.getWMax()) {
            throw new NetworkBuildException(where + "keeps weights in [0, w_max = " + p.getWMax()
                    + "]; the initial weight " + Sampler.describe(weight) + " leaves it.");
        }
        int every = 0;
        int steps = 0;
        if (p.isRecordWeights()) {
            if (!(Double.isFinite(p.getRecordInterval()) && p.getRecordInterval() >= 0)) {
                throw new NetworkBuildException(where + "record interval must be >= 0 ms, got "
                        + p.getRecordInterval() + ".");
            }
            every = Math.max(1, (int) Math.round(p.getRecordInterval() / dt));
            steps = this.steps;
            double values = ((double) steps / every + 2) * weights.length;
            if (values * 8 > Runtime.getRuntime().maxMemory() / 4) {
                throw new NetworkBuildException(where + "recording " + weights.length + " weights every "
                        + p.getRecordInterval() + " ms needs " + Math.round(values * 8 / 1e6)
                        + " MB; raise the record interval or turn Record Weights off.");
            }
        }
        return new StdpSynapses(dt, p.getTauPlus(), p.getTauMinus(), p.getAPlus(), p.getAMinus(), p.getWMax(),
                p.getRule() == StdpRule.MULTIPLICATIVE, weights, targets, targetSize, every, steps);
    }

    private static void positive(String what, double v, String unit) {
        if (!(Double.isFinite(v) && v > 0)) {
            throw new NetworkBuildException(what + " must be positive, got " + v + (unit.isEmpty() ? "" : " " + unit)
                    + ".");
        }
    }

    private int steps(double delayMs, String name) {
        if (delayMs < 0) {
            throw new NetworkBuildException("Projection " + name + ": negative delay " + delayMs + " ms.");
        }
        return (int) Math.round(delayMs / dt);
    }
}
