package org.neuropynamics.network.sim;

/**
 * Population rate of a group: {@code ratesHz[k]} is the mean rate per neuron in the bin starting at
 * {@code binStarts[k]} ms.
 *
 * @param group the group's name
 * @param binMs the bin width in ms
 * @param binStarts the start of each bin in ms
 * @param ratesHz the rate in each bin in Hz
 */
public record RateRecording(String group, double binMs, double[] binStarts, double[] ratesHz) {
}
