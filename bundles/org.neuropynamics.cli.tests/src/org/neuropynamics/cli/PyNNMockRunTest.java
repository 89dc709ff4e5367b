package org.neuropynamics.cli;

import org.neuropynamics.core.io.JsonReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.network.sim.SynapseTable;

/**
 * The exported PyNN script executed to its end against {@code data/mock-pynn}, a stand-in for PyNN 0.12 with its
 * names and keyword signatures that draws every connector's connections and logs what the script built (PyNN
 * itself cannot be installed here). What it proves: the script runs from start to end (argument parsing, every
 * call, the result handling and its JSON summary), uses only names, cell parameters, state variables and
 * connector/synapse arguments PyNN 0.12 defines (the stand-in raises TypeError on any other, as PyNN does), keeps
 * PyNN's weight signs and minimum delay, and builds populations of the network's sizes and projections whose
 * connection counts match the built-in simulator's synapses: exactly for deterministic rules (one-to-one,
 * explicit pairs), within 5 standard deviations of the binomial count for fixed probabilities (each engine
 * draws its own). What it does not prove: that PyNN interprets those calls as the stand-in assumes, or anything
 * about the dynamics (the stand-in simulates nothing).
 */
@SuppressWarnings("unchecked")
class PyNNMockRunTest {

    @ParameterizedTest
    @ValueSource(strings = {"../../examples/cuba.neuronet", "data/deterministic-chain.neuronet"})
    void exportedScriptRunsAgainstPyNNStandInAndBuildsTheNetwork(String file, @TempDir Path dir) throws Exception {
        Network network = NetworkFiles.load(Path.of(file));
        CliRun export = CliRun.of("export", file, "--to", "pynn", "--out", dir.toString());
        assertEquals(0, export.status(), export.err());
        Path script = Path.of(export.out().strip());
        Path log = dir.resolve("mock-log.json");
        ProcessBuilder pb = new ProcessBuilder(Python.EXE, script.toString(), "--backend", "nest").directory(
                dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PYTHONPATH", Path.of("data/mock-pynn").toAbsolutePath().toString());
        pb.environment().put("MOCK_PYNN_LOG", log.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the script did not finish");
        assertEquals(0, p.exitValue(), output);
        Map<String, Object> summary = (Map<String, Object>) JsonReader.read(output.strip().lines()
                .reduce((a, b) -> b).orElse(""));
        assertEquals("pynn.nest", summary.get("engine"));
        Map<String, Object> built = (Map<String, Object>) JsonReader.read(Files.readString(log));
        assertEquals(Boolean.TRUE, built.get("ended"));
        assertEquals(network.getRun().getDuration(), (Double) built.get("run"), 1e-12);
        assertEquals(network.getRun().getDt(), (Double) ((Map<String, Object>) built.get("setup")).get("timestep"),
                1e-12);

        List<Object> pops = (List<Object>) built.get("populations");
        assertEquals(network.getPopulations().size() + network.getInputs().size(), pops.size());
        for (int k = 0; k < network.getPopulations().size(); k++) {
            Population pop = network.getPopulations().get(k);
            Map<String, Object> got = (Map<String, Object>) pops.get(k);
            assertEquals(pop.getName(), got.get("label"));
            assertEquals((double) pop.getSize(), got.get("size"), pop.getName());
        }
        List<SynapseTable> ours = new NetworkSimulator().synapses(network, RunOptions.DEFAULT);
        List<Object> projs = (List<Object>) built.get("projections");
        assertEquals(network.getProjections().size(), projs.size());
        for (int k = 0; k < projs.size(); k++) {
            Projection pr = network.getProjections().get(k);
            Map<String, Object> got = (Map<String, Object>) projs.get(k);
            assertEquals(pr.getName(), got.get("label"));
            double connections = (Double) got.get("connections");
            if (pr.getConnectivity() instanceof FixedProbability fp) {
                double ns = ((Population) pr.getSource()).getSize();
                double nt = ((Population) pr.getTarget()).getSize();
                double mean = fp.getProbability() * ns * nt;
                double sd = Math.sqrt(mean * (1 - fp.getProbability()));
                assertEquals(mean, connections, 5 * sd, pr.getName() + ": connections vs p Ns Nt");
                assertEquals(mean, ours.get(k).targets().length, 5 * sd, pr.getName() + ": ours vs p Ns Nt");
            } else {
                assertEquals(ours.get(k).targets().length, connections, 0, pr.getName() + ": connections");
            }
        }
        // recording: the spikes of every population and input, and each state monitor's neurons
        List<Object> recorded = (List<Object>) built.get("recorded");
        for (Population pop : network.getPopulations()) {
            assertTrue(recorded.stream().anyMatch(r -> pop.getName().equals(((Map<String, Object>) r).get("population"))
                    && ((List<Object>) ((Map<String, Object>) r).get("variables")).contains("spikes")
                    && ((Double) ((Map<String, Object>) r).get("neurons")).intValue() == pop.getSize()), pop.getName());
        }
        for (var m : network.getMonitors()) {
            if (m instanceof StateMonitor sm) {
                Population target = (Population) sm.getTarget();
                int neurons = sm.getNeurons().isEmpty() ? target.getSize() : sm.getNeurons().size();
                assertTrue(recorded.stream().anyMatch(r -> target.getName().equals(((Map<String, Object>) r)
                        .get("population")) && ((Double) ((Map<String, Object>) r).get("neurons")).intValue() == neurons
                        && !((List<Object>) ((Map<String, Object>) r).get("variables")).contains("spikes")),
                        sm.getName());
            }
        }
    }
}
