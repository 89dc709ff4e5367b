package org.neuropynamics.dendrites.cable;

import java.util.List;

import org.neuropynamics.core.integrate.RunMonitor;

/**
 * How one synaptic input spreads along the dendrite: in every compartment the peak depolarisation, its
 * attenuation relative to the synapse's own compartment, and the delay of the peak after the synapse's
 * onset (Rall's attenuation and delay of distal inputs).
 *
 * @param trace the simulated potentials
 * @param positions distance of each compartment from the soma, um
 * @param peak peak depolarisation per compartment, mV
 * @param attenuation peak / peak at the synapse's compartment
 * @param delay time of the peak after the synapse's onset, ms
 */
public record EpspSpread(CableTrace trace, double[] positions, double[] peak, double[] attenuation,
        double[] delay) {

    /**
     * Simulates one synapse (Crank-Nicolson) and measures its spread.
     *
     * @param neuron the neuron
     * @param synapse the input
     * @param tEnd end of the run, ms
     * @param dt step, ms
     */
    public static EpspSpread measure(CompartmentalNeuron neuron, Synapse synapse, double tEnd, double dt) {
        CableTrace trace = neuron.simulate(List.of(synapse), List.of(), tEnd, dt, CompartmentalNeuron.CRANK_NICOLSON,
                1, RunMonitor.NONE);
        Morphology m = neuron.morphology();
        int n = m.size();
        double[] x = new double[n];
        double[] peak = new double[n];
        double[] attenuation = new double[n];
        double[] delay = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m.position(i);
            peak[i] = trace.peakDepolarisation(i);
            delay[i] = trace.timeOfPeak(i) - synapse.onset();
        }
        double atSynapse = peak[synapse.compartment()];
        for (int i = 0; i < n; i++) {
            attenuation[i] = peak[i] / atSynapse;
        }
        return new EpspSpread(trace, x, peak, attenuation, delay);
    }
}
