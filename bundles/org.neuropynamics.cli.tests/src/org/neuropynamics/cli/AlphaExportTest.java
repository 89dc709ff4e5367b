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
import org.neuropynamics.core.io.JsonReader;
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
 * alpha current (tau 2 ms) and LIF B through an alpha conductance (tau 3 ms, E 0 mV), method exact, dt 0.1 ms; each
 * input makes both fire on the steep rise of the PSP (rest 10 mV below threshold), so one step of difference in the
 * delivery (NEURON delivers at t + d, the simulator and Brian2 from the step after) moves a spike by one step (with
 * a rest 2 mV below threshold it moved crossings by up to three).
 * The Brian2 script (Brian2 2.5.1) and the NEURON folder (NEURON 8.2, one process) fire every spike of both cells at
 * the built-in simulator's times within the tolerances of {@link #compare}. PyNN and NEST get their alpha cells.
 */
class AlphaExportTest {

    static Network alphaNetwork() {
        Network n = network("alpha synapses", 200, 0.1, "exact", 1);
        double[] times = new double[13];
        for (int k = 0; k < times.length; k++) {
            times[k] = 10 + 15 * k;
        }
        var in = generator(n, "In", times);
        var a = population(n, "A", 1, "lif", "I", 5.0, "tau", 10.0, "EL", -70.0, "Vth", -54.0, "Vreset", -70.0,
                "tref", 2.0);
        var b = population(n, "B", 1, "lif", "I", 5.0, "tau", 10.0, "EL", -70.0, "Vth", -54.0, "Vreset", -70.0,
                "tref", 2.0);
        Projection pa = project(n, in, a, oneToOne(), constant(60), constant(1), SynapseKind.ALPHA_CURRENT);
        pa.setTau(2);
        Projection pb = project(n, in, b, oneToOne(), constant(0.5), constant(2), SynapseKind.ALPHA_CONDUCTANCE);
        pb.setTau(3);
        pb.setReversal(0);
        return n;
    }

    @SuppressWarnings("unchecked")
    private static Path export(Path file, String target, Path dir) throws java.io.IOException {
        Files.createDirectories(dir);
        CliRun run = CliRun.of("export", file.toString(), "--to", target, "--out", dir.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        List<Object> files = (List<Object>) ((Map<String, Object>) run.json()).get("files");
        return Path.of((String) files.get(0));
    }

    /**
     * Tolerances. A (alpha current): Brian2's exact method is the simulator's update, its spikes are the same (1e-9
     * ms); NEURON's within two steps (0.2 ms): it delivers a spike at t + d where the simulator acts from the step
     * after, and its refractory period ends on its own step (measured: NEURON's A times equal an event-driven exact
     * solution with delivery one step later, a throw-away script; 0.1 ms late, once 0.2). B (alpha conductance)
     * within three steps: Brian2's exponential_euler and NEURON's derivimplicit hold the feed u over a step in g's
     * update, first order (dt/tau = 1/30 of g per step), where the simulator's alpha update is exact; measured:
     * Brian2's B fires 0.2-0.3 ms earlier.
     */
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
                double tolerance = !name.equals("A") ? 0.3 : who.equals("Brian2") ? 0 : 0.2;
                assertEquals(g.times()[k], times.get(k), tolerance + 1e-9, who + " " + name + " spike " + k);
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
        assertTrue(ours.spikesOf("A").count() >= 4 && ours.spikesOf("B").count() >= 4,
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
        assertTrue(nest.contains("nest.Create(\"iaf_psc_alpha\"") && nest.contains("'tau_syn_ex': 2"), nest);
        n.getProjections().get(1).setSynapse(SynapseKind.ALPHA_CONDUCTANCE);
        n.getProjections().get(0).setSynapse(SynapseKind.ALPHA_CONDUCTANCE);
        NetworkFiles.save(n, file);
        pynn = Files.readString(export(file, "pynn", dir.resolve("pynn2")));
        assertTrue(pynn.contains("sim.IF_cond_alpha("), pynn);
        nest = Files.readString(export(file, "pynest", dir.resolve("nest2")));
        assertTrue(nest.contains("nest.Create(\"iaf_cond_alpha\""), nest);
    }
}
