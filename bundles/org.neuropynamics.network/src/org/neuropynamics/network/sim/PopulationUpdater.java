package org.neuropynamics.network.sim;

/**
 * Advances one population per step in chunks of neurons: each chunk is advanced, its channels decayed, its
 * neurons that fired found and its state checked for NaN by whichever thread of the {@link Team} claims it, in one
 * pass over the chunk's memory; then, on the calling thread, the chunks' spikes are put together in neuron order. Neurons are
 * independent within a step, so the spikes and states do not depend on how many chunks there are.
 * <p>
 * A chunk writes the neurons it finds into {@code group.fired} from its own first index (a chunk has at most as
 * many spikes as neurons), so no chunk touches another's part of the array, and {@link #gather} moves them
 * together.
 */
final class PopulationUpdater {

    /** Neurons per chunk at least (smaller populations stay in one chunk). */
    static final int MIN_CHUNK = 4096;
    /** Chunks per thread at most: a few, so that a thread that is not running leaves work the others take. */
    static final int CHUNKS_PER_THREAD = 4;

    final NeuronGroup group;
    /** Chunk c covers neurons [from[c], to[c]). */
    final int[] from;
    final int[] to;
    private final Object[] scratch;
    private final double[][] y;
    private final int[] counts;
    private final boolean[] finite;
    private final LifExactKernel fused;
    /** The fused path only: each chunk's refractory neurons. */
    private final LifExactKernel.Refractory[] refractory;

    /** @param threads the threads of the team */
    PopulationUpdater(NeuronGroup group, int threads) {
        this.group = group;
        int chunks = chunks(group, threads);
        from = new int[chunks];
        to = new int[chunks];
        scratch = new Object[chunks];
        y = new double[chunks][group.dim];
        counts = new int[chunks];
        finite = new boolean[chunks];
        for (int c = 0; c < chunks; c++) {
            from[c] = (int) ((long) group.size * c / chunks);
            to[c] = (int) ((long) group.size * (c + 1) / chunks);
            scratch[c] = group.kernel.newScratch(group);
        }
        fused = group.kernel instanceof LifExactKernel lif && lif.fused(group) && !group.lemsOrder ? lif : null;
        refractory = new LifExactKernel.Refractory[fused == null ? 0 : chunks];
        for (int c = 0; c < refractory.length; c++) {
            refractory[c] = new LifExactKernel.Refractory(group.refractorySteps > 0 ? to[c] - from[c] : 0);
        }
    }

    /** The number of chunks of a group's update on a team of this size. */
    static int chunks(NeuronGroup group, int threads) {
        return threads > 1 && !group.lemsOrder
                ? Math.max(1, Math.min(group.size / MIN_CHUNK, CHUNKS_PER_THREAD * threads)) : 1;
    }

    /** The parallel phase: chunk c (any thread). */
    void chunk(int c, int step, double t, double dt) {
        NeuronGroup g = group;
        int a = from[c];
        int b = to[c];
        if (fused != null) {
            counts[c] = fused.advanceDetect(g, step, a, b, finite, c, refractory[c]);
            return;
        }
        g.kernel.advance(g, a, b, step, t, dt, scratch[c]);
        g.decayChannels(dt, a, b);
        finite[c] = g.finite(a, b);
        if (!g.lemsOrder) {
            counts[c] = g.detect(step, t + dt, y[c], a, b, a);
        } else {
            counts[c] = 0;
        }
    }

    /**
     * Serial, after the parallel phase: stops the run on a NaN (naming the neuron) and gathers the chunks' spikes in
     * neuron order.
     */
    void gather(double tEnd) {
        for (boolean ok : finite) {
            if (!ok) {
                group.checkFinite(tEnd);
            }
        }
        if (group.lemsOrder) {
            return;
        }
        int n = counts[0];
        for (int c = 1; c < from.length; c++) {
            if (counts[c] > 0) {
                System.arraycopy(group.fired, from[c], group.fired, n, counts[c]);
                n += counts[c];
            }
        }
        group.firedCount = n;
    }
}
