package org.neuropynamics.dendrites.jeffress;

import java.util.Arrays;

import org.neuropynamics.core.integrate.Trace;

/** Growable arrays of (time, potential) samples and spike times, joined from the segments of a run. */
final class Samples {

    private double[] t = new double[256];
    private double[] v = new double[256];
    private int size;
    private double[] spikes = new double[4];
    private int spikeCount;

    /** Appends a segment's samples (skipping its first when it repeats the last point) and spikes. */
    void add(Trace trace) {
        double[] times = trace.times();
        double[] values = trace.values()[0];
        int from = size > 0 && times[0] == t[size - 1] && values[0] == v[size - 1] ? 1 : 0;
        for (int i = from; i < times.length; i++) {
            point(times[i], values[i]);
        }
        for (double s : trace.spikeTimes()) {
            spike(s);
        }
    }

    void point(double time, double value) {
        if (size > 0 && time == t[size - 1] && value == v[size - 1]) {
            return;
        }
        if (size == t.length) {
            t = Arrays.copyOf(t, 2 * size);
            v = Arrays.copyOf(v, 2 * size);
        }
        t[size] = time;
        v[size++] = value;
    }

    void spike(double time) {
        if (spikeCount == spikes.length) {
            spikes = Arrays.copyOf(spikes, 2 * spikeCount);
        }
        spikes[spikeCount++] = time;
    }

    double[] times() {
        return Arrays.copyOf(t, size);
    }

    double[] values() {
        return Arrays.copyOf(v, size);
    }

    double[] spikes() {
        double[] s = Arrays.copyOf(spikes, spikeCount);
        Arrays.sort(s);
        return s;
    }
}
