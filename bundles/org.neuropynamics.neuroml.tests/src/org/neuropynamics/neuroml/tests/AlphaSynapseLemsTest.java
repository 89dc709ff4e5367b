package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.StateRecording;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * The NeuroML2 LEMS examples with alpha synapses (issue 15; data/NeuroML2, LGPL-3.0, see NOTICE.md) against their
 * {@code .mep} times, read as OMV reads NEURON's file (first sample above the threshold): the times of both .mep
 * files are NEURON's (their .jnmlnrn.omt accept them with tolerance 0); the tolerance is the .mep's (.jnml.omt).
 */
class AlphaSynapseLemsTest {

    /**
     * Ex21: an iafRefCell (C 250 pF, gL 12.5 nS) driven by an alphaCurrentSynapse (tau 1 ms, ibase 1 nA, weight
     * 0.05 through synapticConnectionWD with a delay of 1 ms) from a spikeArray at 100, 120, 126 and 135 ms; the
     * cell fires twice. dt 0.001 ms. Reference: Brian2 2.5.1 on the same equations in our semantics
     * (data/brian2/ex21_alpha.py, output ex21_alpha.out: 103.954, 122.272 ms), the same sample times within 1e-9
     * ms. Against the .mep (NEURON's 103.952, 122.271) we are two steps late on the first crossing where the .mep
     * tolerance (9.62e-6, i.e. 1e-3 ms: jNeuroML's own offset) allows one. Both steps have a known cause, shown by
     * an exact event-driven solution of the same equations (a throw-away script): (1) the membrane's forward Euler
     * of euler-lems (jNeuroML's method) is one step late (103.953), as jNeuroML is; (2) the simulator delivers a
     * spike of time t with delay d from the step after t + d (Brian2's convention, SimulatorTest), NEURON at
     * t + d: with delivery at t + d and exact integration the crossings are 103.952, 122.270. So the .mep is held
     * here to two steps (2e-3 ms) and the step-for-step check is Brian2's.
     */
    @Test
    void ex21AlphaCurrentSynapseMatchesTheExpectedSpikeTimes() throws Exception {
        NeuroMLImport.Result r = NeuroMLImport.load(LemsExamplesTest.DATA.resolve("LEMS_NML2_Ex21_CurrentBasedSynapses.xml"));
        assertEquals(1, r.network().getProjections().size());
        Projection p = r.network().getProjections().get(0);
        assertEquals(SynapseKind.ALPHA_CURRENT, p.getSynapse());
        assertEquals(1, p.getTau(), 0);
        NetworkResult result = new NetworkSimulator().run(r.network());
        List<Mep> all = Mep.read(LemsExamplesTest.DATA.resolve(".test.ex21.mep"),
                LemsExamplesTest.DATA.resolve(".test.ex21.jnml.omt"));
        assertEquals(1, all.size());
        Mep m = all.get(0);
        NeuroMLImport.OutputColumn col = r.columns().get(m.column() - 1);
        StateRecording s = result.state(col.population(), col.variable());
        List<Double> observed = m.spikesAtOwnTime(s.times(), s.values()[0], 1e-3);
        String[] ref = Files.readAllLines(Path.of("data/brian2/ex21_alpha.out")).get(0).trim().split("\\s+");
        double[] brian2 = Arrays.stream(ref, 1, ref.length).mapToDouble(Double::parseDouble).toArray();
        double worstBrian2 = 0;
        assertEquals(brian2.length, observed.size(), "crossings " + observed + ", Brian2 " + Arrays.toString(brian2));
        for (int k = 0; k < brian2.length; k++) {
            worstBrian2 = Math.max(worstBrian2, Math.abs(observed.get(k) - brian2[k]));
        }
        double worstMep = 0;
        for (int k = 0; k < m.expected().size(); k++) {
            worstMep = Math.max(worstMep, Math.abs(observed.get(k) - m.expected().get(k)));
        }
        System.out.printf("ex21 %s: observed %s, Brian2 %s (worst %.3g ms), .mep %s (worst %.3g ms, .mep tolerance"
                + " %.3g relative)%n", m.experiment(), observed, Arrays.toString(brian2), worstBrian2, m.expected(),
                worstMep, m.tolerance());
        assertTrue(worstBrian2 <= 1e-9, "observed " + observed + ", Brian2 " + Arrays.toString(brian2));
        assertEquals(m.expected().size(), observed.size());
        assertTrue(worstMep <= 2e-3 + 1e-9, "observed " + observed + ", .mep " + m.expected());
    }

    /**
     * Ex14's alpha current synapse (data/NeuroML2/LEMS_NML2_Ex14_PyNN_alpha.xml: the subset of
     * LemsExamplesTest with syn4 and proj3 kept): IF_cond_exp drives the silent IF_cond_alpha cell pop_target[3]
     * through alphaCurrSynapse (tau_syn 5 ms, weight 0.5 nA, delay 40 ms); pop_post_3 is its potential crossing
     * -60.3 mV (15 crossings).
     */
    @Test
    void ex14AlphaCurrSynapseMatchesTheExpectedCrossings() throws Exception {
        NeuroMLImport.Result r = NeuroMLImport.load(LemsExamplesTest.DATA.resolve("LEMS_NML2_Ex14_PyNN_alpha.xml"));
        Projection proj3 = r.network().getProjections().stream().filter(p -> p.getName().equals("proj3")).findFirst()
                .orElseThrow();
        assertEquals(SynapseKind.ALPHA_CURRENT, proj3.getSynapse());
        assertEquals(5, proj3.getTau(), 0);
        NetworkResult result = new NetworkSimulator().run(r.network());
        Mep m = Mep.read(LemsExamplesTest.DATA.resolve(".test.ex14.mep"),
                LemsExamplesTest.DATA.resolve(".test.ex14.jnml.omt")).stream()
                .filter(x -> x.experiment().equals("pop_post_3")).findFirst().orElseThrow();
        NeuroMLImport.OutputColumn col = r.columns().get(m.column() - 1);
        StateRecording s = result.state(col.population(), col.variable());
        int row = Arrays.stream(s.neurons()).boxed().toList().indexOf(col.neuron());
        List<Double> observed = m.spikesAtOwnTime(s.times(), s.values()[row], 1e-3);
        double worst = m.worst(observed);
        System.out.printf("ex14 %s: observed %s, expected %s, worst relative difference %.3g (tolerance %.3g)%n",
                m.experiment(), observed, m.expected(), worst, m.tolerance());
        assertTrue(worst <= m.tolerance(), "observed " + observed + ", expected " + m.expected() + ", worst " + worst);
    }

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    /**
     * Export and import again: alpha synapses onto lif as PyNN's alphaCurrSynapse / alphaCondSynapse, onto a pA cell
     * (iafRefCell) as alphaCurrentSynapse (ibase 1 pA) and alphaSynapse (gbase 1 nS); the documents validate against
     * NeuroML_v2.3.1.xsd and come back with the same kinds, taus, reversals and weights, and every spike at the
     * same time (tolerance 1e-9 ms).
     */
    @Test
    void alphaSynapsesRoundTripThroughNeuroML() throws Exception {
        org.neuropynamics.network.model.Network n = org.neuropynamics.network.model.build.Networks.network("alpha",
                200, 0.01, "euler", 3);
        var in = org.neuropynamics.network.model.build.Networks.generator(n, "In", new double[] {10, 30, 50, 70, 90},
                new double[] {10, 30, 50, 70, 90});
        var iaf = org.neuropynamics.network.model.build.Networks.population(n, "IAF", 2, "iafRefCell",
                "leakConductance", 10.0, "C", 200.0, "refract", 2.0, "leakReversal", -65.0, "thresh", -60.0, "reset",
                -65.0);
        var lif = org.neuropynamics.network.model.build.Networks.population(n, "LIF", 2, "lif", "I", 12.0, "tau", 10.0,
                "EL", -70.0, "Vth", -55.0, "Vreset", -70.0, "tref", 2.0);
        Projection[] ps = {
            project(n, in, iaf, SynapseKind.ALPHA_CURRENT, 40.0, 2, 0),
            project(n, in, iaf, SynapseKind.ALPHA_CONDUCTANCE, 2.0, 4, -10),
            project(n, in, lif, SynapseKind.ALPHA_CURRENT, 3.0, 1.5, 0),
            project(n, in, lif, SynapseKind.ALPHA_CONDUCTANCE, 0.05, 3, 0)};
        org.neuropynamics.neuroml.NeuroMLExport.Files f = org.neuropynamics.neuroml.NeuroMLExport.write(n, dir, "alpha");
        NeuroMLExportTest.validate(f.document());
        String text = Files.readString(f.document());
        for (String element : List.of("<alphaCurrentSynapse ", "<alphaSynapse ", "<alphaCurrSynapse ",
                "<alphaCondSynapse ")) {
            assertTrue(text.contains(element), element + " in " + text);
        }
        org.neuropynamics.network.model.Network back = NeuroMLImport.load(f.lems()).network();
        assertEquals(4, back.getProjections().size());
        for (int k = 0; k < 4; k++) {
            Projection a = ps[k];
            Projection b = back.getProjections().get(k);
            assertEquals(a.getSynapse(), b.getSynapse(), "projection " + k);
            assertEquals(a.getTau(), b.getTau(), 1e-12, "projection " + k);
            if (a.getSynapse() == SynapseKind.ALPHA_CONDUCTANCE) {
                assertEquals(a.getReversal(), b.getReversal(), 1e-12, "projection " + k);
            }
        }
        back.getRun().setMethod("euler");
        NetworkResult r0 = new NetworkSimulator().run(n);
        NetworkResult r1 = new NetworkSimulator().run(back);
        int spikes = 0;
        for (String pop : List.of("IAF", "LIF")) {
            var g = r0.spikesOf(pop);
            var h = r1.spikesOf(pop);
            System.out.printf("alpha NeuroML round trip %s: %s / %s%n", pop, Arrays.toString(g.times()),
                    Arrays.toString(h.times()));
            org.junit.jupiter.api.Assertions.assertArrayEquals(g.neurons(), h.neurons(), pop);
            org.junit.jupiter.api.Assertions.assertArrayEquals(g.times(), h.times(), 1e-9, pop);
            spikes += g.count();
        }
        assertTrue(spikes >= 8, "spikes " + spikes);
    }

    private static Projection project(org.neuropynamics.network.model.Network n,
            org.neuropynamics.network.model.SpikeSource in, org.neuropynamics.network.model.Population p,
            SynapseKind kind, double w, double tau, double erev) {
        Projection pr = org.neuropynamics.network.model.build.Networks.project(n, in, p,
                org.neuropynamics.network.model.build.Networks.allToAll(),
                org.neuropynamics.network.model.build.Networks.constant(w),
                org.neuropynamics.network.model.build.Networks.constant(1), kind);
        pr.setTau(tau);
        pr.setReversal(erev);
        return pr;
    }
}
