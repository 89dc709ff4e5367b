package org.neuropynamics.dendrites.cable;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;

/**
 * Dendritic coincidence detection: two synapses at two locations, the second starting {@code lag} ms after
 * the first; the somatic response against the lag. A distal input reaches the soma later and broader than a
 * proximal one, so the soma responds most when the distal input leads by about the difference of their
 * delays (a dendrite as a delay line, the idea behind Agmon-Snir, Carr and Rinzel 1998).
 */
public final class DendriticCoincidence {

    /**
     * One lag of the sweep.
     *
     * @param lag onset of the second synapse minus onset of the first, ms
     * @param somaPeak peak somatic depolarisation, mV
     * @param somaSpikes number of somatic spikes
     */
    public record Point(double lag, double somaPeak, int somaSpikes) {
    }

    private DendriticCoincidence() {
    }

    /**
     * Sweeps the lag of {@code second} relative to {@code first} (whose onset stays).
     *
     * @param lags the lags to try, ms
     * @param tEnd end of each run, ms
     * @param dt step, ms
     * @throws RunCanceledException when the monitor cancels
     */
    public static List<Point> sweep(CompartmentalNeuron neuron, Synapse first, Synapse second, double[] lags,
            double tEnd, double dt, RunMonitor monitor) {
        List<Point> points = new ArrayList<>(lags.length);
        for (int i = 0; i < lags.length; i++) {
            if (monitor.isCanceled()) {
                throw new RunCanceledException(0);
            }
            Synapse shifted = second.at(second.compartment(), first.onset() + lags[i]);
            CableTrace t = neuron.simulate(List.of(first, shifted), List.of(), tEnd, dt,
                    CompartmentalNeuron.CRANK_NICOLSON, 1, RunMonitor.NONE);
            points.add(new Point(lags[i], t.peakDepolarisation(0), t.somaSpikes().length));
            monitor.worked((i + 1.0) / lags.length);
        }
        return List.copyOf(points);
    }
}
