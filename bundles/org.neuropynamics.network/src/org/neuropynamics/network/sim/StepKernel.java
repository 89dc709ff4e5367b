package org.neuropynamics.network.sim;

/**
 * Advances the neurons {@code [from, to)} of a population by one fixed step, in place, without allocating.
 * Refractory neurons keep their clamped variables. Synaptic channels are decayed separately by the group
 * ({@link LifExactKernel} has a fused path of its own, see {@link PopulationUpdater}).
 */
interface StepKernel {

    /** Per-thread scratch arrays a kernel may use; created once per worker. */
    Object newScratch(NeuronGroup g);

    void advance(NeuronGroup g, int from, int to, int step, double t, double dt, Object scratch);
}
