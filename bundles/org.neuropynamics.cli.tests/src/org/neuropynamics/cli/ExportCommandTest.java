package org.neuropynamics.cli;

import org.neuropynamics.core.io.JsonReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;

/**
 * {@code export --to brian2}: the generated scripts run under Debian's Brian2 2.5.1 and reproduce the built-in
 * simulator: exact spike times (within one step) for a deterministic network, rates within 10% for CUBA and the
 * course network.
 */
class ExportCommandTest {

    private static final String CUBA = "../../examples/cuba.neuronet";
    private static final String COURSE = "../../examples/course-network.neuronet";
    private static final String CHAIN = "data/deterministic-chain.neuronet";

    @SuppressWarnings("unchecked")
    private static Path export(String file, String target, Path dir) {
        CliRun run = CliRun.of("export", file, "--to", target, "--out", dir.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        List<Object> files = (List<Object>) ((Map<String, Object>) run.json()).get("files");
        assertEquals(1, files.size());
        Path script = Path.of((String) files.get(0));
        assertTrue(Files.isRegularFile(script), script.toString());
        return script;
    }

    /**
     * Spike generator -> LIF -> LIF through one-to-one and explicit pairs, fixed delays, a current step: every
     * spike of both populations at the same neuron and time as the built-in simulator, within one step (0.1 ms).
     */
    @Test
    @SuppressWarnings("unchecked")
    void brian2DeterministicSpikeTimesMatchWithinOneStep(@TempDir Path dir) throws Exception {
        Path script = export(CHAIN, "brian2", dir);
        Python.lastLine(dir, 300, script.getFileName().toString(), "--spikes", "spikes.json");
        Map<String, Object> theirs = (Map<String, Object>) JsonReader.read(Files.readString(dir.resolve(
                "spikes.json")));
        Network network = NetworkFiles.load(Path.of(CHAIN));
        NetworkResult ours = new NetworkSimulator().run(network);
        int compared = 0;
        for (String name : List.of("First", "Second")) {
            GroupSpikes g = ours.spikesOf(name);
            Map<String, Object> t = (Map<String, Object>) theirs.get(name);
            List<Object> idx = (List<Object>) t.get("i");
            List<Object> times = (List<Object>) t.get("t_ms");
            assertEquals(g.count(), times.size(), name + ": spike counts, ours " + g.count() + " Brian2 " + times);
            for (int n = 0; n < g.size(); n++) {
                double[] mine = g.timesOf(n);
                List<Double> b = new ArrayList<>();
                for (int k = 0; k < idx.size(); k++) {
                    if (((Double) idx.get(k)).intValue() == n) {
                        b.add((Double) times.get(k));
                    }
                }
                b.sort(null);
                assertEquals(mine.length, b.size(), name + " neuron " + n);
                for (int k = 0; k < mine.length; k++) {
                    assertEquals(mine[k], b.get(k), 0.1 + 1e-9, name + " neuron " + n + " spike " + k);
                    compared++;
                }
            }
        }
        assertEquals(8, compared, "the chain fires 5 + 3 spikes");
    }

    /** CUBA: Brian2's mean rate (seed 1, 1 s) within 10% of ours averaged over seeds 1-3 (5.5 Hz). */
    @Test
    @SuppressWarnings("unchecked")
    void brian2CubaRateWithinTenPercent(@TempDir Path dir) throws Exception {
        Path script = export(CUBA, "brian2", dir);
        Map<String, Object> b = (Map<String, Object>) JsonReader.read(Python.lastLine(dir, 900,
                script.getFileName().toString(), "--seed", "1"));
        double theirs = (Double) b.get("total_spikes") / 4000;
        Network network = NetworkFiles.load(Path.of(CUBA));
        double ours = 0;
        for (long seed = 1; seed <= 3; seed++) {
            ours += new NetworkSimulator().run(network, RunOptions.DEFAULT.withSeed(seed),
                    org.neuropynamics.core.integrate.RunMonitor.NONE).totalPopulationSpikes() / 4000.0 / 3;
        }
        assertTrue(ours > 4 && ours < 8, "our CUBA rate " + ours);
        assertEquals(ours, theirs, 0.10 * ours, "CUBA mean rate (Hz), ours vs Brian2");
    }

    /** Course network (Poisson-driven Izhikevich, 2 s): each population's rate within 10% of ours. */
    @Test
    @SuppressWarnings("unchecked")
    void brian2CourseNetworkRatesWithinTenPercent(@TempDir Path dir) throws Exception {
        Path script = export(COURSE, "brian2", dir);
        Map<String, Object> b = (Map<String, Object>) JsonReader.read(Python.lastLine(dir, 600,
                script.getFileName().toString(), "--duration", "2000", "--seed", "4"));
        Network network = NetworkFiles.load(Path.of(COURSE));
        NetworkResult ours = new NetworkSimulator().run(network, RunOptions.DEFAULT.withDuration(2000).withSeed(4),
                org.neuropynamics.core.integrate.RunMonitor.NONE);
        List<Object> pops = (List<Object>) b.get("populations");
        assertEquals(2, pops.size());
        for (Object o : pops) {
            Map<String, Object> p = (Map<String, Object>) o;
            double mine = ours.spikesOf((String) p.get("name")).rateHz();
            assertTrue(mine > 20, p.get("name") + " fires: " + mine + " Hz");
            assertEquals(mine, (Double) p.get("rate_hz"), 0.10 * mine, "rate of " + p.get("name"));
        }
    }

    /** A target that cannot express a network is refused with exit 2 and one line naming what. */
    @Test
    void refusalsNameTheElement(@TempDir Path dir) throws Exception {
        CliRun pynn = CliRun.of("export", COURSE, "--to", "pynn", "--out", dir.toString());
        assertEquals(2, pynn.status(), pynn.err());
        assertEquals(1, pynn.err().lines().count(), pynn.err());
        assertTrue(pynn.err().contains("vpeak 35.0") && pynn.err().contains("Regular"), pynn.err());
        CliRun bad = CliRun.of("export", COURSE, "--to", "nest-ml", "--out", dir.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("export needs --to brian2|pynn|pynest|neuron|neuroml (unknown target 'nest-ml')"), bad.err());
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count(), "nothing written on refusal");
        }
    }
}
