package org.neuropynamics.network.sim;

import java.util.Arrays;

/**
 * Pair-based STDP on one projection's synapses, as Brian2's STDP example writes it (Song, Miller &amp; Abbott
 * 2000): each synapse has traces apre and apost that decay exponentially with tau+ and tau- and are brought up
 * to date when an event touches the synapse (Brian2's event-driven variables). A presynaptic spike that arrives
 * (after the synapse's delay) adds w to the target, then {@code apre += A+} and
 * {@code w = clip(w + apost, 0, wMax)}; a postsynaptic spike does {@code apost -= A-} and
 * {@code w = clip(w + apre, 0, wMax)}. Presynaptic events of a step are handled before postsynaptic ones, as in
 * Brian2. Multiplicative: the potentiation is scaled by {@code 1 - w/wMax} and the depression by
 * {@code w/wMax} (NEST's stdp_synapse with mu = 1).
 */
final class StdpSynapses {

    final double dt;
    final double tauPlus;
    final double tauMinus;
    final double aPlus;
    final double aMinus;
    final double wMax;
    final boolean multiplicative;
    final double[] w;
    final double[] initial;
    private final double[] apre;
    private final double[] apost;
    private final double[] last;
    /** Incoming synapses of each target neuron: {@code bySynapse[byTargetOffsets[j] .. byTargetOffsets[j+1])}. */
    private final int[] byTargetOffsets;
    private final int[] byTarget;
    /** Weight samples: every {@code every} steps, or never when 0. */
    private final int every;
    private double[] times = new double[0];
    private double[][] samples = new double[0][];
    private int sampled;

    StdpSynapses(double dt, double tauPlus, double tauMinus, double aPlus, double aMinus, double wMax, boolean multiplicative,
            double[] weights, int[] targets, int targetSize, int every, int steps) {
        this.dt = dt;
        this.tauPlus = tauPlus;
        this.tauMinus = tauMinus;
        this.aPlus = aPlus;
        this.aMinus = aMinus;
        this.wMax = wMax;
        this.multiplicative = multiplicative;
        int n = weights.length;
        this.w = weights;
        for (int s = 0; s < n; s++) {
            w[s] = Math.min(Math.max(w[s], 0), wMax);
        }
        this.initial = w.clone();
        this.apre = new double[n];
        this.apost = new double[n];
        this.last = new double[n];
        this.byTargetOffsets = new int[targetSize + 1];
        for (int s = 0; s < n; s++) { // targets may be longer than the synapses (rows are not trimmed)
            byTargetOffsets[targets[s] + 1]++;
        }
        for (int j = 0; j < targetSize; j++) {
            byTargetOffsets[j + 1] += byTargetOffsets[j];
        }
        this.byTarget = new int[n];
        int[] fill = Arrays.copyOf(byTargetOffsets, targetSize);
        for (int s = 0; s < n; s++) {
            byTarget[fill[targets[s]]++] = s;
        }
        this.every = every;
        if (every > 0) {
            int count = steps / every + 2;
            times = new double[count];
            samples = new double[count][];
        }
    }

    /** The presynaptic spike of synapse s arrives at time t (ms): returns the weight it delivers. */
    double onPre(int s, double t) {
        decay(s, t);
        double delivered = w[s];
        apre[s] += aPlus;
        double dw = multiplicative ? apost[s] * w[s] / wMax : apost[s];
        w[s] = clip(w[s] + dw);
        return delivered;
    }

    /** Target neuron j fired at time t (ms). */
    void onPost(int j, double t) {
        for (int k = byTargetOffsets[j]; k < byTargetOffsets[j + 1]; k++) {
            int s = byTarget[k];
            decay(s, t);
            apost[s] -= aMinus;
            double dw = multiplicative ? apre[s] * (1 - w[s] / wMax) : apre[s];
            w[s] = clip(w[s] + dw);
        }
    }

    /** Samples the weights at the start of {@code step} (and after the last step, with end set). */
    void sample(int step, double t, boolean end) {
        if (every <= 0 || (step % every != 0 && !end) || sampled >= times.length
                || (sampled > 0 && times[sampled - 1] == t)) {
            return;
        }
        times[sampled] = t;
        samples[sampled++] = w.clone();
    }

    double[] times() {
        return Arrays.copyOf(times, sampled);
    }

    double[][] samples() {
        return Arrays.copyOf(samples, sampled);
    }

    private void decay(int s, double t) {
        double elapsed = t - last[s];
        if (elapsed > 0) {
            apre[s] *= Math.exp(-elapsed / tauPlus);
            apost[s] *= Math.exp(-elapsed / tauMinus);
            last[s] = t;
        }
    }

    private double clip(double x) {
        return x < 0 ? 0 : x > wMax ? wMax : x;
    }
}
