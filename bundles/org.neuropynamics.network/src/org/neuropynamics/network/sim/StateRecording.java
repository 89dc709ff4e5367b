package org.neuropynamics.network.sim;

/**
 * A state variable of some neurons of a population sampled at the start of steps:
 * {@code values[n][k]} is the variable of neuron {@code neurons[n]} at {@code times[k]} (ms).
 *
 * @param population the population's name
 * @param variable the variable's name
 * @param neurons the recorded neuron indices
 * @param times sample times in ms
 * @param values the samples, one row per recorded neuron
 */
public record StateRecording(String population, String variable, int[] neurons, double[] times, double[][] values) {
}
