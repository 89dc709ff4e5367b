package org.neuropynamics.network.sim;

/**
 * The synapses of one projection as drawn by the assembler for a seed (for pictures of the network):
 * synapse k joins neuron {@code sources[k]} of {@code source} to neuron {@code targets[k]} of {@code target}
 * with weight {@code weights[k]} and delay {@code delaysMs[k]}.
 *
 * @param projection the projection's name
 * @param source the source group's name
 * @param target the target population's name
 * @param sources source neuron of each synapse
 * @param targets target neuron of each synapse
 * @param weights weight of each synapse (in the unit of the synapse kind)
 * @param delaysMs delay of each synapse in ms (rounded to the step)
 */
public record SynapseTable(String projection, String source, String target, int[] sources, int[] targets,
        double[] weights, double[] delaysMs) {
}
