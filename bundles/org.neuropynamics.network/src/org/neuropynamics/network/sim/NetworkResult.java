package org.neuropynamics.network.sim;

import java.util.List;

/**
 * What a network run produced: the spikes of every group, the state and rate recordings its monitors asked
 * for, and how long building and running took.
 *
 * @param spikes the spikes of every population, then of every input, in model order
 * @param states the state recordings of the state monitors
 * @param rates the rate recordings of the rate monitors
 * @param weights the weights of the plastic projections, in model order
 * @param durationMs the simulated time
 * @param dt the time step in ms
 * @param seed the seed used
 * @param buildMs wall-clock time to build the network (connectivity, state), in ms
 * @param runMs wall-clock time of the simulation loop, in ms
 */
public record NetworkResult(List<GroupSpikes> spikes, List<StateRecording> states, List<RateRecording> rates,
        List<WeightRecording> weights, double durationMs, double dt, long seed, double buildMs, double runMs) {

    /** The spikes of the group with this name, or null. */
    public GroupSpikes spikesOf(String name) {
        for (GroupSpikes s : spikes) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** The populations (model neurons) only, without inputs. */
    public List<GroupSpikes> populations() {
        return spikes.stream().filter(s -> !s.input()).toList();
    }

    /** Total number of spikes of the populations (inputs not counted). */
    public long totalPopulationSpikes() {
        long n = 0;
        for (GroupSpikes s : populations()) {
            n += s.count();
        }
        return n;
    }

    /** The first state recording of a population's variable, or null. */
    public StateRecording state(String population, String variable) {
        for (StateRecording r : states) {
            if (r.population().equals(population) && r.variable().equals(variable)) {
                return r;
            }
        }
        return null;
    }
}
