package org.neuropynamics.network.sim;

import java.util.Arrays;

/** Growable record of (step, neuron) spike events of one group; amortised, no allocation per spike. */
final class SpikeLog {

    private int[] steps = new int[256];
    private int[] neurons = new int[256];
    private int count;

    void add(int step, int neuron) {
        if (count == steps.length) {
            steps = Arrays.copyOf(steps, count * 2);
            neurons = Arrays.copyOf(neurons, count * 2);
        }
        steps[count] = step;
        neurons[count] = neuron;
        count++;
    }

    int count() {
        return count;
    }

    GroupSpikes toResult(String name, int size, boolean input, double dt, double durationMs) {
        double[] times = new double[count];
        for (int k = 0; k < count; k++) {
            times[k] = steps[k] * dt;
        }
        return new GroupSpikes(name, size, input, times, Arrays.copyOf(neurons, count), durationMs);
    }
}
