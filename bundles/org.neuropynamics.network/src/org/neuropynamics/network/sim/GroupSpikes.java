package org.neuropynamics.network.sim;

/**
 * The spikes of one group (population or input) in time order: {@code times[k]} (ms, the start of the step
 * in which the threshold was crossed, as Brian2 stamps them) fired by neuron {@code neurons[k]}.
 *
 * @param name the group's name
 * @param size number of neurons
 * @param input true for an input (Poisson group, spike generator), false for a population of model neurons
 * @param times spike times in ms
 * @param neurons the neuron index of each spike
 * @param durationMs the simulated time
 */
public record GroupSpikes(String name, int size, boolean input, double[] times, int[] neurons, double durationMs) {

    /** Number of spikes. */
    public int count() {
        return times.length;
    }

    /** Mean firing rate per neuron in Hz. */
    public double rateHz() {
        return size == 0 || durationMs <= 0 ? 0 : count() / (size * durationMs / 1000.0);
    }

    /** The spike times (ms) of one neuron. */
    public double[] timesOf(int neuron) {
        int n = 0;
        for (int v : neurons) {
            if (v == neuron) {
                n++;
            }
        }
        double[] out = new double[n];
        int k = 0;
        for (int i = 0; i < neurons.length; i++) {
            if (neurons[i] == neuron) {
                out[k++] = times[i];
            }
        }
        return out;
    }
}
