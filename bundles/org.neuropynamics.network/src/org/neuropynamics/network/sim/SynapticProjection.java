package org.neuropynamics.network.sim;

/**
 * The synapses of one projection in compressed-row form by source neuron, with a ring buffer of delayed
 * input per target neuron: a spike of source i in step n adds w to slot (n + d) of each target, and slot n
 * is applied to the target array (a state variable for voltage jumps, a channel for exponential synapses)
 * at the end of step n. Delay 0 applies at once, as Brian2 applies undelayed synapses in the same step.
 * <p>
 * With several threads the target neurons are taken in ranges, each applied by one thread at a time
 * ({@link #propagate(int, int, int, int)}): every target still receives its inputs in the same order (spike by
 * spike, row order within a spike), so the sums, and the run, do not depend on the number of threads. Rows whose
 * targets ascend (every rule but a fixed total number and explicit pairs) find their range by binary search.
 */
final class SynapticProjection {

    final String name;
    final SpikingGroup source;
    final NeuronGroup target;
    private final int[] offsets;
    /** Targets of the synapses; only the first {@code offsets[sources]} entries are synapses (no trimming copy). */
    private final int[] targets;
    private final int count;
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
    /** Per target range: whether slot s of the ring holds input for the range. */
    private boolean[][] slotUsed;
    /** Whether every row's targets are non-decreasing (then a range is found by binary search). */
    private final boolean sortedRows;
    /**
     * With several target ranges and ascending rows: where each row crosses into ranges 1..R-1, as offsets from the
     * row's start ({@code splits[i * (R - 1) + r - 1]}), so that a range finds its part of a spike's row without a
     * search (issue 16: two binary searches per spike and range cost a third of the one-thread loop on two threads).
     * Null with one range, rows that do not ascend, or rows too long for a char offset (then binary search).
     */
    private char[] splits;
    private int splitStride;
    /**
     * Plasticity, or null for static synapses; plastic synapses always have per-synapse weights, and their
     * projection runs as one range (the simulator runs a network with plasticity on one thread).
     */
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
        this.count = offsets[offsets.length - 1];
        this.weights = weights;
        this.weight = weight;
        this.delays = delays;
        this.delay = delay;
        this.destination = destination;
        int max = delay;
        if (delays != null) {
            for (int s = 0; s < count; s++) {
                max = Math.max(max, delays[s]);
            }
        }
        this.slots = max + 1;
        this.ring = max == 0 ? null : new double[slots * target.size];
        this.slotUsed = new boolean[1][slots];
        boolean sorted = true;
        for (int i = 0; i + 1 < offsets.length && sorted; i++) {
            for (int s = offsets[i] + 1; s < offsets[i + 1]; s++) {
                if (targets[s] < targets[s - 1]) {
                    sorted = false;
                    break;
                }
            }
        }
        this.sortedRows = sorted;
        this.stdp = stdp;
        this.arriving = stdp == null ? null : new int[slots][16];
        this.arrivingCount = stdp == null ? null : new int[slots];
    }

    /**
     * Prepares the bookkeeping for a run whose target neurons are taken in ranges: range r is [from[r], to[r]),
     * the ranges ascend and cover the target population.
     */
    void ranges(int[] from, int[] to) {
        int ranges = from.length;
        if (slotUsed.length != ranges) {
            slotUsed = new boolean[ranges][slots];
        }
        splits = null;
        splitStride = 0;
        if (splitBytes(ranges) == 0) {
            return;
        }
        int sources = offsets.length - 1;
        int stride = ranges - 1;
        char[] out = new char[sources * stride];
        for (int i = 0; i < sources; i++) {
            int begin = offsets[i];
            int end = offsets[i + 1];
            int at = begin;
            for (int r = 1; r < ranges; r++) {
                at = lowerBound(targets, at, end, from[r]);
                out[i * stride + r - 1] = (char) (at - begin);
            }
        }
        splits = out;
        splitStride = stride;
    }

    /** Bytes of the ranges' row offsets that {@link #ranges} builds for {@code ranges} target ranges (0 if none). */
    long splitBytes(int ranges) {
        int sources = offsets.length - 1;
        if (ranges < 2 || !sortedRows || stdp != null || (long) sources * (ranges - 1) > Integer.MAX_VALUE - 16) {
            return 0;
        }
        for (int i = 0; i < sources; i++) {
            if (offsets[i + 1] - offsets[i] > Character.MAX_VALUE) {
                return 0; // a binary search per spike instead
            }
        }
        return 2L * sources * (ranges - 1);
    }

    /** The synapses as a table (delays in ms for step dt). */
    SynapseTable table(double dt) {
        int n = count;
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
        return new SynapseTable(name, source.name, target.name, src, java.util.Arrays.copyOf(targets, n), w, d);
    }

    int synapseCount() {
        return count;
    }

    /** The weights as a recording (plastic projections only). */
    WeightRecording weights() {
        String rule = stdp.multiplicative ? "multiplicative" : "additive";
        SynapseTable t = table(1);
        return new WeightRecording(name, source.name, target.name, rule, stdp.wMax, t.sources(), t.targets(),
                stdp.initial.clone(), stdp.w.clone(), stdp.times(), stdp.samples());
    }

    /**
     * Bytes the synapses take (targets, row offsets, per-synapse weights and delays; not the delay ring), without
     * the ranges' row offsets ({@link #splitBytes}).
     */
    long synapseBytes() {
        return 4L * targets.length + 4L * offsets.length + (weights == null ? 0 : 8L * weights.length)
                + (delays == null ? 0 : 4L * delays.length);
    }

    /** Queues (or, with delay 0, applies) the spikes the source emitted in this step, onto every target. */
    void propagate(int step) {
        propagate(step, 0, target.size, 0);
    }

    /** As {@link #propagate(int)}, onto the targets in [lo, hi) only, which are range {@code range}. */
    void propagate(int step, int lo, int hi, int range) {
        if (stdp != null) {
            if (lo != 0 || hi != target.size) {
                throw new IllegalStateException("a plastic projection runs as one range");
            }
            plasticStep(step);
            return;
        }
        int[] fired = source.fired;
        int n = target.size;
        boolean all = lo == 0 && hi == n;
        boolean[] used = slotUsed[range];
        char[] split = splits;
        int stride = splitStride;
        for (int k = 0; k < source.firedCount; k++) {
            int i = fired[k];
            int begin = offsets[i];
            int end = offsets[i + 1];
            boolean filter = false;
            if (!all) {
                if (split != null) {
                    int row = begin;
                    if (range < stride) {
                        end = row + split[i * stride + range];
                    }
                    if (range > 0) {
                        begin = row + split[i * stride + range - 1];
                    }
                } else if (sortedRows) {
                    begin = lowerBound(targets, begin, end, lo);
                    end = lowerBound(targets, begin, end, hi);
                } else {
                    filter = true;
                }
            }
            if (delays == null && delay == 0 && !filter) {
                if (weights == null) {
                    double w = weight;
                    for (int s = begin; s < end; s++) {
                        destination[targets[s]] += w;
                    }
                } else {
                    for (int s = begin; s < end; s++) {
                        destination[targets[s]] += weights[s];
                    }
                }
                continue;
            }
            for (int s = begin; s < end; s++) {
                int j = targets[s];
                if (filter && (j < lo || j >= hi)) {
                    continue;
                }
                int d = delays == null ? delay : delays[s];
                double w = weights == null ? weight : weights[s];
                if (d == 0) {
                    destination[j] += w;
                } else {
                    int slot = (step + d) % slots;
                    ring[slot * n + j] += w;
                    used[slot] = true;
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

    /** The first index in [from, to) whose target is at least {@code key} ({@code to} if none). */
    private static int lowerBound(int[] a, int from, int to, int key) {
        int l = from;
        int h = to;
        while (l < h) {
            int m = (l + h) >>> 1;
            if (a[m] < key) {
                l = m + 1;
            } else {
                h = m;
            }
        }
        return l;
    }

    /** Applies the input that arrives in this step. */
    void deliver(int step) {
        deliver(step, 0, target.size, 0);
    }

    /** As {@link #deliver(int)}, for the targets in [lo, hi), which are range {@code range}. */
    void deliver(int step, int lo, int hi, int range) {
        if (ring == null || stdp != null) {
            return;
        }
        int slot = step % slots;
        boolean[] used = slotUsed[range];
        if (!used[slot]) {
            return;
        }
        int base = slot * target.size;
        for (int j = lo; j < hi; j++) {
            double w = ring[base + j];
            if (w != 0) {
                destination[j] += w;
                ring[base + j] = 0;
            }
        }
        used[slot] = false;
    }
}
