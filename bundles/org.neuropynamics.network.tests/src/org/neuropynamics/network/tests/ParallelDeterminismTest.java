package org.neuropynamics.network.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.model.build.Networks.constant;
import static org.neuropynamics.network.model.build.Networks.fixedInDegree;
import static org.neuropynamics.network.model.build.Networks.fixedProbability;
import static org.neuropynamics.network.model.build.Networks.fixedTotalNumber;
import static org.neuropynamics.network.model.build.Networks.initial;
import static org.neuropynamics.network.model.build.Networks.network;
import static org.neuropynamics.network.model.build.Networks.normal;
import static org.neuropynamics.network.model.build.Networks.poisson;
import static org.neuropynamics.network.model.build.Networks.population;
import static org.neuropynamics.network.model.build.Networks.project;
import static org.neuropynamics.network.model.build.Networks.uniform;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.network.examples.ExampleNetworks;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.network.sim.StateRecording;

/**
 * The parallel simulator (populations in chunks, synapses by target range; docs/architecture.md) gives the same
 * run whatever the number of threads: bit for bit the same spike times, neurons and state traces as on one
 * thread (the reference), with the same seed, for networks large enough to be split (at least 20,000 neurons).
 */
class ParallelDeterminismTest {

    private final NetworkSimulator simulator = new NetworkSimulator();

    /** CUBA with 40,000 neurons (p = 0.002): the fused LIF path and undelayed synapses with ascending rows. */
    @Test
    void cubaTimesTenSameOnOneTwoAndThreeThreads() {
        Network n = ExampleNetworks.cuba();
        for (Population p : n.getPopulations()) {
            p.setSize(p.getSize() * 10);
        }
        for (Projection pr : n.getProjections()) {
            ((FixedProbability) pr.getConnectivity()).setProbability(0.002);
        }
        NetworkResult one = run(n, 1);
        // CUBA's rate stays about 6 Hz at this scale (80 inputs per neuron as at 4000): a real run, not a silent one
        double rate = one.totalPopulationSpikes() / 40_000.0 / 0.2;
        assertTrue(rate > 3 && rate < 10, "rate " + rate + " Hz");
        for (int threads : new int[] {2, 3}) {
            same(one, run(n, threads), threads);
        }
    }

    /**
     * Generic kernels and the delay ring: LIF with Euler steps, a Poisson input, per-synapse normal weights and
     * uniform delays (a ring per projection), a fixed total number of synapses (rows not sorted by target: each
     * part filters its targets) and a fixed in-degree, two projections into one channel.
     */
    @Test
    void delaysRandomWeightsAndUnsortedRowsSameOnOneTwoAndThreeThreads() {
        Network n = network("mixed", 100, 0.1, "euler", 11);
        Population a = population(n, "A", 24_000, "lif", "I", 5.0, "tau", 10.0, "EL", -65.0, "Vth", -50.0,
                "Vreset", -65.0, "tref", 2.0);
        initial(a, "v", uniform(-65, -50));
        Population b = population(n, "B", 9_000, "lif", "I", 14.5, "tau", 20.0, "EL", -65.0, "Vth", -50.0,
                "Vreset", -65.0, "tref", 2.0);
        var in = poisson(n, "In", 2_000, 50);
        project(n, in, a, fixedProbability(0.01), normal(2.0, 0.5), uniform(0.5, 3.0), SynapseKind.VOLTAGE_JUMP);
        Projection ab = project(n, a, b, fixedTotalNumber(400_000), normal(0.8, 0.2), uniform(0.1, 5.0),
                SynapseKind.EXPONENTIAL_CURRENT);
        ab.setTau(5);
        Projection ba = project(n, b, b, fixedInDegree(20), constant(1.5), constant(1.0),
                SynapseKind.EXPONENTIAL_CURRENT);
        ba.setTau(5);
        Projection aa = project(n, a, a, fixedProbability(0.001), constant(-2.0), uniform(1.0, 2.0),
                SynapseKind.VOLTAGE_JUMP);
        aa.getConnectivity().setAllowAutapses(false);
        SimulatorTest.monitorV(n, b);
        ((StateMonitor) n.getMonitors().get(n.getMonitors().size() - 1)).getNeurons().addAll(
                java.util.List.of(0, 4499, 4500, 8999));
        NetworkResult one = run(n, 1);
        assertTrue(one.spikesOf("A").count() > 1000, "A fires: " + one.spikesOf("A").count());
        assertTrue(one.spikesOf("B").count() > 100, "B fires: " + one.spikesOf("B").count());
        for (int threads : new int[] {2, 3}) {
            same(one, run(n, threads), threads);
        }
    }

    private NetworkResult run(Network n, int threads) {
        return simulator.run(n, RunOptions.DEFAULT.withDuration(n.getRun().getDuration() > 200 ? 200
                : n.getRun().getDuration()).withThreads(threads), RunMonitor.NONE);
    }

    private static void same(NetworkResult one, NetworkResult other, int threads) {
        assertEquals(one.spikes().size(), other.spikes().size());
        for (int g = 0; g < one.spikes().size(); g++) {
            GroupSpikes a = one.spikes().get(g);
            GroupSpikes b = other.spikes().get(g);
            assertArrayEquals(a.neurons(), b.neurons(), a.name() + " on " + threads + " threads: neurons");
            assertArrayEquals(a.times(), b.times(), a.name() + " on " + threads + " threads: times");
        }
        assertEquals(one.states().size(), other.states().size());
        for (int s = 0; s < one.states().size(); s++) {
            StateRecording a = one.states().get(s);
            StateRecording b = other.states().get(s);
            for (int k = 0; k < a.values().length; k++) {
                assertArrayEquals(a.values()[k], b.values()[k], a.population() + " " + a.variable() + " on " + threads
                        + " threads");
            }
        }
    }
}
