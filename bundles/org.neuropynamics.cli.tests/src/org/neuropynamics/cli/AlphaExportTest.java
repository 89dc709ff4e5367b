package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.model.build.Networks.constant;
import static org.neuropynamics.network.model.build.Networks.generator;
import static org.neuropynamics.network.model.build.Networks.network;
import static org.neuropynamics.network.model.build.Networks.oneToOne;
import static org.neuropynamics.network.model.build.Networks.population;
import static org.neuropynamics.network.model.build.Networks.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.export.NeuronEngine;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;

/**
 * Alpha synapses (issue 15) in the exports: a spike generator (every 15 ms from 10 ms) drives LIF A through an
 * alpha current (tau 2 ms) and LIF B through an alpha conductance (tau 3 ms, E 0 mV), method exact, dt 0.1 ms.
 * The Brian2 script (Brian2 2.5.1) and the NEURON folder (NEURON 8.2, one process) fire every spike of both cells at
 * the built-in simulator's times within one step (0.1 ms): Brian2's exact method is our update for A, its
 * exponential_euler holds the feed over a step for B (ours is exact); NEURON's A is the exact procedure, its B is
 * derivimplicit. PyNN and NEST get their alpha cells.
 */
class AlphaExportTest {

    static Network alphaNetwork() {
        Network n = network("alpha synapses", 200, 0.1, "exact", 1);
        double[] times = new double[13];
        for (int k = 0; k < times.length; k++) {
            times[k] = 10 + 15 * k;
        }
        var in = generator(n, "In", times);
        var a = population(n, "A", 1, "lif", "I", 14.0, "tau", 10.0, "EL", -70.0, "Vth", -54.0, "Vreset", -70.0,
                "tref", 2.0);
        var b = population(n, "B", 1, "lif", "I", 14.0, "tau", 10.0, "EL", -70.0, "Vth", -54.0, "Vreset", -70.0,
                "tref", 2.0);
        Projection pa = project(n, in, a, oneToOne(), constant(6), constant(1), SynapseKind.ALPHA_CURRENT);
        pa.setTau(2);
        Projection pb = project(n, in, b, oneToOne(), constant(0.1), constant(2), SynapseKind.ALPHA_CONDUCTANCE);
        pb.setTau(3);
        pb.setReversal(0);
        return n;
    }

    @SuppressWarnings("unchecked")
    private static Path export(Path file, String target, Path dir) {
        CliRun run = CliRun.of("export", file.toString(), "--to", target, "--out", dir.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        List<Object> files = (List<Object>) ((Map<String, Object>) run.json()).get("files");
        return Path.of((String) files.get(0));
    }

    @SuppressWarnings("unchecked")
    private static int compare(NetworkResult ours, Map<String, Object> theirs, String who) {
        int compared = 0;
        for (String name : List.of("A", "B")) {
            GroupSpikes g = ours.spikesOf(name);
            Map<String, Object> t = (Map<String, Object>) theirs.get(name);
            List<Double> times = new ArrayList<>();
            for (Object x : (List<Object>) t.get("t_ms")) {
                times.add((Double) x);
            }
            times.sort(null);
            System.out.printf("alpha %s %s: ours %s, theirs %s%n", who, name, java.util.Arrays.toString(g.times()),
                    times);
            assertEquals(g.count(), times.size(), who + " " + name + " spike count");
            for (int k = 0; k < times.size(); k++) {
                assertEquals(g.times()[k], times.get(k), 0.1 + 1e-9, who + " " + name + " spike " + k);
                compared++;
            }
        }
        return compared;
    }

    @Test
    @SuppressWarnings("unchecked")
    void brian2AndNeuronFireAsTheBuiltInSimulator(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alpha.neuronet");
        NetworkFiles.save(alphaNetwork(), file);
        NetworkResult ours = new NetworkSimulator().run(NetworkFiles.load(file));
        assertTrue(ours.spikesOf("A").count() >= 10 && ours.spikesOf("B").count() >= 10,
                "A " + ours.spikesOf("A").count() + ", B " + ours.spikesOf("B").count());

        Path brian = dir.resolve("brian2");
        Path script = export(file, "brian2", brian);
        String text = Files.readString(script);
        assertTrue(text.contains("dsyn0/dt = (exp(1)*syn0_u - syn0)/"), text);
        Python.lastLine(brian, 300, script.getFileName().toString(), "--spikes", "spikes.json");
        int n = compare(ours, (Map<String, Object>) JsonReader.read(Files.readString(brian.resolve("spikes.json"))),
                "Brian2");

        assertNull(NeuronEngine.missing(), "NEURON and MPI must be installed (.ci/run installs them)");
        Path nrn = dir.resolve("neuron");
        CliRun run = CliRun.of("network", file.toString(), "--engine", "neuron", "--processes", "1", "--out",
                nrn.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        Map<String, Object> results = (Map<String, Object>) JsonReader.read(Files.readString(nrn.resolve(
                "results.json")));
        Map<String, Object> byName = new java.util.HashMap<>();
        for (Object g : (List<Object>) results.get("groups")) {
            byName.put((String) ((Map<String, Object>) g).get("name"), g);
        }
        n += compare(ours, byName, "NEURON");
        assertEquals(2 * (ours.spikesOf("A").count() + ours.spikesOf("B").count()), n, "spikes compared");
    }

    @Test
    void pynnAndNestUseTheirAlphaCells(@TempDir Path dir) throws Exception {
        Network n = alphaNetwork();
        n.getProjections().get(1).setSynapse(SynapseKind.ALPHA_CURRENT); // one kind per population, B as A
        Path file = dir.resolve("alpha.neuronet");
        NetworkFiles.save(n, file);
        String pynn = Files.readString(export(file, "pynn", dir.resolve("pynn")));
        assertTrue(pynn.contains("sim.IF_curr_alpha(") && pynn.contains("tau_syn_E=2"), pynn);
        String nest = Files.readString(export(file, "pynest", dir.resolve("nest")));
        assertTrue(nest.contains("'iaf_psc_alpha'") && nest.contains("'tau_syn_ex': 2"), nest);
        n.getProjections().get(1).setSynapse(SynapseKind.ALPHA_CONDUCTANCE);
        n.getProjections().get(0).setSynapse(SynapseKind.ALPHA_CONDUCTANCE);
        NetworkFiles.save(n, file);
        pynn = Files.readString(export(file, "pynn", dir.resolve("pynn2")));
        assertTrue(pynn.contains("sim.IF_cond_alpha("), pynn);
        nest = Files.readString(export(file, "pynest", dir.resolve("nest2")));
        assertTrue(nest.contains("'iaf_cond_alpha'"), nest);
    }
}
