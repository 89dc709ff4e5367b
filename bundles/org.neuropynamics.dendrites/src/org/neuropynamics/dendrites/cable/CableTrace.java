package org.neuropynamics.dendrites.cable;

import java.util.Arrays;

/**
 * The membrane potential of every compartment over time, with the soma's (compartment 0's) spikes (upward
 * crossings of 0 mV, linearly interpolated between samples).
 */
public final class CableTrace {

    private final Morphology morphology;
    private final double[] times;
    private final double[][] potential;
    private final double[] somaSpikes;

    private CableTrace(Morphology morphology, double[] times, double[][] potential, double[] somaSpikes) {
        this.morphology = morphology;
        this.times = times;
        this.potential = potential;
        this.somaSpikes = somaSpikes;
    }

    public Morphology morphology() {
        return morphology;
    }

    /** Sample times, ms. */
    public double[] times() {
        return times;
    }

    /** {@code potential()[compartment][sample]}, mV. */
    public double[][] potential() {
        return potential;
    }

    /** The potential of one compartment, mV. */
    public double[] potential(int compartment) {
        return potential[compartment];
    }

    /** Spike times of compartment 0 (upward crossings of 0 mV), ms. */
    public double[] somaSpikes() {
        return somaSpikes;
    }

    /** The largest depolarisation V - V(0) of a compartment, mV. */
    public double peakDepolarisation(int compartment) {
        double[] v = potential[compartment];
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            max = Math.max(max, x - v[0]);
        }
        return max;
    }

    /** The time of a compartment's largest potential, ms. */
    public double timeOfPeak(int compartment) {
        double[] v = potential[compartment];
        int best = 0;
        for (int j = 1; j < v.length; j++) {
            if (v[j] > v[best]) {
                best = j;
            }
        }
        return times[best];
    }

    /** Collects samples during a run. */
    static final class Builder {
        private final Morphology morphology;
        private final double[] times;
        private final double[][] potential;
        private double[] spikes = new double[4];
        private int spikeCount;
        private int size;

        Builder(Morphology morphology, int samples) {
            this.morphology = morphology;
            this.times = new double[samples];
            this.potential = new double[morphology.size()][samples];
        }

        void sample(double t, double[] v) {
            if (size > 0) {
                double before = potential[0][size - 1];
                if (before < 0 && v[0] >= 0) {
                    double t0 = times[size - 1];
                    spike(t0 + (t - t0) * (0 - before) / (v[0] - before));
                }
            }
            times[size] = t;
            for (int i = 0; i < v.length; i++) {
                potential[i][size] = v[i];
            }
            size++;
        }

        private void spike(double t) {
            if (spikeCount == spikes.length) {
                spikes = Arrays.copyOf(spikes, 2 * spikeCount);
            }
            spikes[spikeCount++] = t;
        }

        CableTrace build() {
            double[][] v = new double[potential.length][];
            for (int i = 0; i < v.length; i++) {
                v[i] = Arrays.copyOf(potential[i], size);
            }
            return new CableTrace(morphology, Arrays.copyOf(times, size), v, Arrays.copyOf(spikes, spikeCount));
        }
    }
}
