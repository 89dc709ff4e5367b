package org.neuropynamics.network.sim;

import java.util.Arrays;

/** Explicit spike times: the spike at time t is emitted in step round(t / dt). */
final class GeneratorInput extends SpikingGroup {

    /** Sorted by step: the step and the neuron of each spike. */
    private final long[] events;
    private int next;

    GeneratorInput(String name, int size, long[] stepNeuronPairs) {
        super(name, size);
        this.events = stepNeuronPairs.clone();
        Arrays.sort(this.events);
    }

    /** Encodes a (step, neuron) pair so that sorting orders by step, then neuron. */
    static long encode(int step, int neuron) {
        return ((long) step << 32) | (neuron & 0xffffffffL);
    }

    @Override
    boolean isInput() {
        return true;
    }

    void emit(int step) {
        int n = 0;
        while (next < events.length && (int) (events[next] >>> 32) <= step) {
            int neuron = (int) events[next];
            if ((int) (events[next] >>> 32) == step && (n == 0 || fired[n - 1] != neuron)) {
                fired[n++] = neuron;
            }
            next++;
        }
        firedCount = n;
    }
}
