package org.neuropynamics.core.integrate;

import java.util.Arrays;
import java.util.List;

import org.neuropynamics.core.model.Model;

/**
 * Collects samples and spike times of one run into arrays allocated up front (samples) or grown by doubling
 * (spike times, whose number is unknown).
 */
final class TraceRecorder {

    private final int[] recorded;
    private double[] t;
    private double[][] values;
    private int size;
    private double[] spikes = new double[64];
    private int spikeCount;

    TraceRecorder(int[] recorded, int expectedSamples) {
        this.recorded = recorded;
        int cap = Math.max(1, expectedSamples);
        this.t = new double[cap];
        this.values = new double[recorded.length][cap];
    }

    void sample(double time, double[] y) {
        if (size == t.length) {
            grow();
        }
        t[size] = time;
        for (int k = 0; k < recorded.length; k++) {
            values[k][size] = y[recorded[k]];
        }
        size++;
    }

    void spike(double time) {
        if (spikeCount == spikes.length) {
            spikes = Arrays.copyOf(spikes, spikes.length * 2);
        }
        spikes[spikeCount++] = time;
    }

    int spikeCount() {
        return spikeCount;
    }

    private void grow() {
        int cap = t.length * 2;
        t = Arrays.copyOf(t, cap);
        for (int k = 0; k < values.length; k++) {
            values[k] = Arrays.copyOf(values[k], cap);
        }
    }

    Trace finish(Model model, double[] finalState, double finalTime, long steps, long rejected, long evals) {
        if (size != t.length) {
            t = Arrays.copyOf(t, size);
            for (int k = 0; k < values.length; k++) {
                values[k] = Arrays.copyOf(values[k], size);
            }
        }
        List<String> all = model.variableNames();
        String[] names = new String[recorded.length];
        for (int k = 0; k < recorded.length; k++) {
            names[k] = all.get(recorded[k]);
        }
        return new Trace(List.of(names), recorded.clone(), t, values, Arrays.copyOf(spikes, spikeCount),
                finalState.clone(), finalTime, steps, rejected, evals);
    }
}
