package org.neuropynamics.network.sim;

/**
 * The synapses of one projection in compressed-row form by source neuron, with a ring buffer of delayed
 * input per target neuron: a spike of source i in step n adds w to slot (n + d) of each target, and slot n
 * is applied to the target array (a state variable for voltage jumps, a channel for exponential synapses)
 * at the end of step n. Delay 0 applies at once, as Brian2 applies undelayed synapses in the same step.
 */
final class SynapticProjection {

    final String name;
    final SpikingGroup source;
    final NeuronGroup target;
    private final int[] offsets;
    private final int[] targets;
    /** Per-synapse weights, or null when all equal {@link #weight}. */
    private final double[] weights;
    private final double weight;
    /** Per-synapse delays in steps, or null when all equal {@link #delay}. */
    private final int[] delays;
    private final int delay;
    /** The array the projection adds to: a state variable or a synaptic channel of the target. */
    private final double[] destination;
    private final int slots;
    private final double[] ring;
    private final boolean[] slotUsed;
    /** Plasticity, or null for static synapses; plastic synapses always have per-synapse weights. */
    final StdpSynapses stdp;
    /** Plastic synapses only: the synapses whose presynaptic spike arrives in each ring slot. */
    private final int[][] arriving;
    private final int[] arrivingCount;

    SynapticProjection(String name, SpikingGroup source, NeuronGroup target, int[] offsets, int[] targets,
            double[] weights, double weight, int[] delays, int delay, double[] destination, StdpSynapses stdp) {
        this.name = name;
        this.source = source;
        this.target = target;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.weight = weight;
        this.delays = delays;
        this.delay = delay;
        this.destination = destination;
        int max = delay;
        if (delays != null) {
            for (int d : delays) {
                max = Math.max(max, d);
            }
        }
        this.slots = max + 1;
        this.ring = max == 0 ? null : new double[slots * target.size];
        this.slotUsed = new boolean[slots];
        this.stdp = stdp;
        this.arriving = stdp == null ? null : new int[slots][16];
        this.arrivingCount = stdp == null ? null : new int[slots];
    }

    /** The synapses as a table (delays in ms for step dt). */
    SynapseTable table(double dt) {
        int n = targets.length;
        int[] src = new int[n];
        double[] w = new double[n];
        double[] d = new double[n];
        for (int i = 0; i + 1 < offsets.length; i++) {
            for (int s = offsets[i]; s < offsets[i + 1]; s++) {
                src[s] = i;
                w[s] = stdp != null ? stdp.initial[s] : weights == null ? weight : weights[s];
                d[s] = (delays == null ? delay : delays[s]) * dt;
            }
        }
        return new SynapseTable(name, source.name, target.name, src, targets.clone(), w, d);
    }

    int synapseCount() {
        return targets.length;
    }

    /** The weights as a recording (plastic projections only). */
    WeightRecording weights() {
        String rule = stdp.multiplicative ? "multiplicative" : "additive";
        SynapseTable t = table(1);
        return new WeightRecording(name, source.name, target.name, rule, stdp.wMax, t.sources(), t.targets(),
                stdp.initial.clone(), stdp.w.clone(), stdp.times(), stdp.samples());
    }

    /** Queues (or, with delay 0, applies) the spikes the source emitted in this step. */
    void propagate(int step) {
        if (stdp != null) {
            plasticStep(step);
            return;
        }
        int[] fired = source.fired;
        int n = target.size;
        for (int k = 0; k < source.firedCount; k++) {
            int i = fired[k];
            int end = offsets[i + 1];
            if (delays == null && delay == 0) {
                if (weights == null) {
                    for (int s = offsets[i]; s < end; s++) {
                        destination[targets[s]] += weight;
                    }
                } else {
                    for (int s = offsets[i]; s < end; s++) {
                        destination[targets[s]] += weights[s];
                    }
                }
                continue;
            }
            for (int s = offsets[i]; s < end; s++) {
                int d = delays == null ? delay : delays[s];
                double w = weights == null ? weight : weights[s];
                if (d == 0) {
                    destination[targets[s]] += w;
                } else {
                    int slot = (step + d) % slots;
                    ring[slot * n + targets[s]] += w;
                    slotUsed[slot] = true;
                }
            }
        }
    }

    /**
     * A step of a plastic projection at time {@code step dt}: queues this step's presynaptic spikes, then
     * handles the presynaptic arrivals (delivering the weight and updating it), then the target's spikes.
     */
    private void plasticStep(int step) {
        double t = step * stdp.dt;
        int[] fired = source.fired;
        int slot = step % slots;
        for (int k = 0; k < source.firedCount; k++) {
            int i = fired[k];
            for (int s = offsets[i]; s < offsets[i + 1]; s++) {
                int d = delays == null ? delay : delays[s];
                int into = (step + d) % slots;
                if (arrivingCount[into] == arriving[into].length) {
                    arriving[into] = java.util.Arrays.copyOf(arriving[into], 2 * arriving[into].length);
                }
                arriving[into][arrivingCount[into]++] = s;
            }
        }
        int[] now = arriving[slot];
        for (int k = 0; k < arrivingCount[slot]; k++) {
            int s = now[k];
            destination[targets[s]] += stdp.onPre(s, t);
        }
        arrivingCount[slot] = 0;
        int[] post = target.fired;
        for (int k = 0; k < target.firedCount; k++) {
            stdp.onPost(post[k], t);
        }
    }

    /** Applies the input that arrives in this step. */
    void deliver(int step) {
        if (ring == null || stdp != null) {
            return;
        }
        int slot = step % slots;
        if (!slotUsed[slot]) {
            return;
        }
        int n = target.size;
        int base = slot * n;
        for (int j = 0; j < n; j++) {
            double w = ring[base + j];
            if (w != 0) {
                destination[j] += w;
                ring[base + j] = 0;
            }
        }
        slotUsed[slot] = false;
    }
}
