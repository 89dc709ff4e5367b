package org.neuropynamics.network.figures;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.RateRecording;

/**
 * The rate of every population and input of a run (Hz per neuron): its rate monitor's recording if it has one,
 * otherwise its spikes counted in bins.
 */
public final class PopulationRates {

    /** Bin width for groups without a rate monitor. */
    public static final double DEFAULT_BIN_MS = 5;

    private PopulationRates() {
    }

    /** One recording per group, in the order of the result's spikes. */
    public static List<RateRecording> of(NetworkResult result) {
        List<RateRecording> out = new ArrayList<>();
        if (result == null) {
            return out;
        }
        for (GroupSpikes g : result.spikes()) {
            RateRecording own = null;
            for (RateRecording r : result.rates()) {
                if (r.group().equals(g.name())) {
                    own = r;
                }
            }
            out.add(own != null ? own : bin(g, DEFAULT_BIN_MS));
        }
        return out;
    }

    /** The spikes of a group counted in bins of {@code binMs}, as a rate per neuron in Hz. */
    public static RateRecording bin(GroupSpikes g, double binMs) {
        int bins = Math.max(1, (int) Math.ceil(g.durationMs() / binMs));
        double[] starts = new double[bins];
        double[] rates = new double[bins];
        for (double t : g.times()) {
            rates[Math.min(bins - 1, (int) (t / binMs))]++;
        }
        for (int b = 0; b < bins; b++) {
            starts[b] = b * binMs;
            rates[b] = g.size() == 0 ? 0 : rates[b] / (g.size() * binMs / 1000.0);
        }
        return new RateRecording(g.name(), binMs, starts, rates);
    }
}
