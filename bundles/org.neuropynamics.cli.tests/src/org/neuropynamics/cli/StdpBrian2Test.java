package org.neuropynamics.cli;

import org.neuropynamics.core.io.JsonReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.model.build.Networks.allToAll;
import static org.neuropynamics.network.model.build.Networks.constant;
import static org.neuropynamics.network.model.build.Networks.generator;
import static org.neuropynamics.network.model.build.Networks.network;
import static org.neuropynamics.network.model.build.Networks.population;
import static org.neuropynamics.network.model.build.Networks.project;
import static org.neuropynamics.network.model.build.Networks.stdp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.StdpRule;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.io.NetworkFiles;

/**
 * STDP side by side with Brian2 2.5.1: Brian2's STDP example (Song, Miller &amp; Abbott 2000: Poisson inputs onto
 * one LIF neuron with conductance synapses, dv/dt = (ge (Ee - v) + El - v)/taum, traces Apre/Apost) scaled down
 * to N = 200 inputs for 4 s with gmax = 0.05 (the example's 1000 inputs and gmax 0.01 give the same mean drive).
 * Both simulators get the SAME input spike trains (Poisson at 15 Hz drawn once here, fed to both as a spike
 * generator) and the same initial weights (gmax/2). The workbench runs {@code network FILE --json}; Brian2 runs
 * the script {@code export --to brian2} writes (method exact: Brian2's exponential_euler, which the simulator's
 * conductance update reproduces). Compared: the output neuron's spike count and every synapse's final weight.
 * Tolerance: 1e-6 gmax per synapse. With the same spikes in and the same event order the weights agree to
 * rounding (measured: 3e-16 additive, 1e-16 multiplicative, after about 12,000 input spikes and 240-280 output
 * spikes that moved weights by up to 0.27 gmax); one output spike moved by a step would already change a
 * weight by about A+ (1 - exp(-dt/tau+)) = 5e-5 gmax, so the test sees any difference in the spike pairing.
 */
class StdpBrian2Test {

    private static final int N = 200;
    private static final double GMAX = 0.05;
    private static final double DURATION = 4000;

    static Network songNetwork(StdpRule rule) {
        Network n = network("STDP (Song, Miller & Abbott 2000)", DURATION, 0.1, "exact", 1);
        SplittableRandom random = new SplittableRandom(2000);
        double[][] trains = new double[N][];
        int steps = (int) Math.round(DURATION / 0.1);
        for (int i = 0; i < N; i++) {
            java.util.List<Double> t = new java.util.ArrayList<>();
            for (int s = 0; s < steps; s++) {
                if (random.nextDouble() < 15 * 0.1e-3) {
                    t.add(Math.round(s * 0.1 * 10) / 10.0);
                }
            }
            trains[i] = t.stream().mapToDouble(Double::doubleValue).toArray();
        }
        var inputs = generator(n, "Inputs", trains);
        inputs.setSize(N);
        var post = population(n, "Neuron", 1, "lif", "I", 0.0, "tau", 10.0, "EL", -74.0, "Vth", -54.0, "Vreset",
                -60.0, "tref", 0.0);
        Projection p = project(n, inputs, post, allToAll(), constant(GMAX / 2), constant(0),
                SynapseKind.EXPONENTIAL_CONDUCTANCE);
        p.setTau(5);
        p.setReversal(0);
        double aPlus = 0.01 * GMAX;
        stdp(p, rule, 20, 20, aPlus, aPlus * 1.05, GMAX).setRecordWeights(false);
        return n;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADDITIVE", "MULTIPLICATIVE"})
    @SuppressWarnings("unchecked")
    void finalWeightsMatchBrian2(String ruleName, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("song.neuronet");
        NetworkFiles.save(songNetwork(StdpRule.valueOf(ruleName)), file);

        CliRun ours = CliRun.of("network", file.toString(), "--json");
        assertEquals(0, ours.status(), ours.err());
        Map<String, Object> doc = (Map<String, Object>) ours.json();
        Map<String, Object> w = (Map<String, Object>) ((List<Object>) doc.get("weights")).get(0);
        List<Object> mine = (List<Object>) w.get("final_weights");
        int ourSpikes = ((Number) ((Map<String, Object>) ((List<Object>) doc.get("populations")).get(0))
                .get("spike_count")).intValue();

        CliRun export = CliRun.of("export", file.toString(), "--to", "brian2", "--out", dir.toString());
        assertEquals(0, export.status(), export.err());
        Map<String, Object> theirs = (Map<String, Object>) JsonReader.read(Python.lastLine(dir, 600,
                "song_brian2.py"));
        int theirSpikes = ((Number) ((Map<String, Object>) ((List<Object>) theirs.get("populations")).get(0))
                .get("spike_count")).intValue();
        Map<String, Object> tw = (Map<String, Object>) ((List<Object>) theirs.get("weights")).get(0);
        List<Object> i = (List<Object>) tw.get("i");
        List<Object> brian = (List<Object>) tw.get("w");

        assertTrue(ourSpikes > 20, "the output neuron fires (" + ourSpikes + " spikes)");
        assertEquals(ourSpikes, theirSpikes, "output spikes, ours vs Brian2");
        assertEquals(N, mine.size());
        assertEquals(N, brian.size());
        double maxDiff = 0;
        double moved = 0;
        for (int k = 0; k < N; k++) {
            int pre = ((Number) i.get(k)).intValue();
            double a = ((Number) mine.get(pre)).doubleValue();
            double b = ((Number) brian.get(k)).doubleValue();
            maxDiff = Math.max(maxDiff, Math.abs(a - b));
            moved = Math.max(moved, Math.abs(a - GMAX / 2));
        }
        System.out.printf("STDP %s: %d output spikes; max |w_ours - w_brian2| = %.3g (%.3g gmax); largest change"
                + " %.3g gmax%n", ruleName, ourSpikes, maxDiff, maxDiff / GMAX, moved / GMAX);
        assertTrue(moved > 0.05 * GMAX, "STDP moved the weights (largest change " + moved / GMAX + " gmax)");
        assertTrue(maxDiff <= 1e-6 * GMAX, "max weight difference " + maxDiff / GMAX + " gmax");
    }
}
