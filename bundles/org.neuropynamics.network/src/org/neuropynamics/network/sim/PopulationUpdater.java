package org.neuropynamics.network.sim;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Advances one population per step, splitting large populations into chunks that run on a fork-join pool.
 * The chunk tasks and their scratch arrays are created once and re-armed every step ({@code reinitialize}),
 * so the loop does not allocate. Neurons are independent within a step, so the result does not depend on
 * the number of threads.
 */
final class PopulationUpdater {

    /** Below this many neurons a population is advanced on the calling thread (thread hand-off costs more). */
    static final int PARALLEL_THRESHOLD = 20_000;

    private final NeuronGroup group;
    private final Object scratch;
    private final Chunk[] chunks;
    private final ForkJoinPool pool;

    PopulationUpdater(NeuronGroup group, int threads, ForkJoinPool pool) {
        this.group = group;
        this.scratch = group.kernel.newScratch(group);
        this.pool = pool;
        if (threads > 1 && group.size >= PARALLEL_THRESHOLD && pool != null) {
            chunks = new Chunk[threads];
            for (int c = 0; c < threads; c++) {
                chunks[c] = new Chunk(group.size * c / threads, group.size * (c + 1) / threads,
                        group.kernel.newScratch(group));
            }
        } else {
            chunks = null;
        }
    }

    /** Advances the population; returns true when spikes were detected too (fused kernel). */
    boolean advance(int step, double t, double dt) {
        if (chunks == null && group.kernel.advanceDecayDetect(group, step, t, dt)) {
            return true;
        }
        if (chunks == null) {
            group.kernel.advance(group, 0, group.size, step, t, dt, scratch);
        } else {
            for (Chunk c : chunks) {
                c.reinitialize();
                c.step = step;
                c.t = t;
                c.dt = dt;
            }
            pool.invoke(new Join());
        }
        group.decayChannels(dt);
        return false;
    }

    private final class Join extends RecursiveAction {
        private static final long serialVersionUID = 1L;

        @Override
        protected void compute() {
            invokeAll(chunks);
        }
    }

    private final class Chunk extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final int from;
        private final int to;
        private final Object chunkScratch;
        int step;
        double t;
        double dt;

        Chunk(int from, int to, Object chunkScratch) {
            this.from = from;
            this.to = to;
            this.chunkScratch = chunkScratch;
        }

        @Override
        protected void compute() {
            group.kernel.advance(group, from, to, step, t, dt, chunkScratch);
        }
    }
}
