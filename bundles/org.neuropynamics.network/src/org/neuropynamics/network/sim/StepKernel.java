package org.neuropynamics.network.sim;

/**
 * Advances the neurons {@code [from, to)} of a population by one fixed step, in place, without allocating.
 * Refractory neurons keep their clamped variables. Synaptic channels are decayed separately by the group.
 */
interface StepKernel {

    /** Per-thread scratch arrays a kernel may use; created once per worker. */
    Object newScratch(NeuronGroup g);

    /**
     * Advances the whole population, decays its channels and finds the neurons that fired, in one pass
     * over memory; returns false when the kernel has no such fused path (the caller then does the three
     * passes separately).
     */
    default boolean advanceDecayDetect(NeuronGroup g, int step, double t, double dt) {
        return false;
    }

    void advance(NeuronGroup g, int from, int to, int step, double t, double dt, Object scratch);
}
