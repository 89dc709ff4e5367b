package org.neuropynamics.network.sim;

/** A group of neurons that emit spikes: a population of model neurons or an input. */
abstract class SpikingGroup {

    final String name;
    final int size;
    /** Indices of the neurons that fired in the current step; valid for {@link #firedCount} entries. */
    final int[] fired;
    int firedCount;
    final SpikeLog log = new SpikeLog();

    SpikingGroup(String name, int size) {
        this.name = name;
        this.size = size;
        this.fired = new int[size];
    }

    /** True for inputs (Poisson groups, spike generators). */
    abstract boolean isInput();

    final void logFired(int step) {
        for (int k = 0; k < firedCount; k++) {
            log.add(step, fired[k]);
        }
    }
}
