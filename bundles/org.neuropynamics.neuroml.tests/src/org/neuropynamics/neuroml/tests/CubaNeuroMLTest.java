package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.InitialCondition;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.Uniform;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.neuroml.NeuroMLExport;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * The CUBA example (examples/cuba.neuronet: 4000 lif cells, exponential current synapses, uniform initial v)
 * saved as NeuroML: lif becomes PyNN's IF_curr_exp with cm = tau_m (R = 1 MOhm, so currents and weights in nA are
 * our numbers in mV), each projection an expCurrSynapse with its synapses drawn with the run's seed. The document
 * validates against NeuroML_v2.3.1.xsd, and importing it gives lif populations with the same parameters, initial
 * distribution (kept as a property) and method, and for the same seed identical spike times (tolerance 1e-9 ms).
 */
class CubaNeuroMLTest {

    @TempDir
    Path dir;

    @Test
    void cubaExportsValidatesAndReimportsWithTheSameSpikes() throws Exception {
        Network cuba = NetworkFiles.load(Path.of("../../examples/cuba.neuronet"));
        cuba.getRun().setDuration(250); // the first 250 ms: about 5900 spikes, any mismatch would spread
        NeuroMLExport.Files f = NeuroMLExport.write(cuba, dir, NeuroMLExport.baseName(cuba));
        NeuroMLExportTest.validate(f.document());
        String text = Files.readString(f.document());
        assertTrue(text.contains("<IF_curr_exp id=\"Excitatory_cell\" cm=\"20\" i_offset=\"0\" tau_syn_E=\"5\" "
                + "tau_syn_I=\"10\" v_init=\"-49\" tau_m=\"20\" tau_refrac=\"5\" v_reset=\"-60\" v_rest=\"-49\" "
                + "v_thresh=\"-50\"/>"), text.substring(0, 2000));
        assertTrue(text.contains("<expCurrSynapse id=\"Inhibitory____Excitatory_syn\" tau_syn=\"10\"/>"),
                text.substring(0, 2000));
        assertTrue(Files.readString(f.lems()).contains("<Include file=\"PyNN.xml\"/>"));
        // size: one connectionWD per synapse in the shortest form the schema allows (../pop[i], not indented);
        // with ../pop/i/component paths and indentation it was 163 bytes per synapse (52 MB for 320,000)
        long bytes = Files.size(f.document());
        long connections = text.lines().filter(l -> l.startsWith("<connectionWD ")).count();
        System.out.printf("CUBA NeuroML document: %d bytes, %d connections, %.1f bytes per connection%n", bytes,
                connections, (double) bytes / connections);
        assertTrue(text.contains("<connectionWD id=\"0\" preCellId=\"../Excitatory["), text.substring(0, 3000));
        assertTrue(connections > 300_000 && bytes < 130 * connections, bytes + " bytes for " + connections);

        Network back = NeuroMLImport.load(f.lems()).network();
        assertEquals("exact", back.getRun().getMethod());
        assertEquals(cuba.getRun().getSeed(), back.getRun().getSeed());
        for (int i = 0; i < 2; i++) {
            Population p = cuba.getPopulations().get(i);
            Population q = back.getPopulations().get(i);
            assertEquals("lif", q.getModelId());
            assertEquals(p.getSize(), q.getSize());
            for (String name : new String[] {"tau", "EL", "Vth", "Vreset", "tref", "I"}) {
                double expected = p.getParameters().stream().filter(v -> v.getName().equals(name)).findFirst()
                        .orElseThrow().getValue();
                assertEquals(expected, LemsExamplesTest.value(q, name), 1e-12, q.getName() + "." + name);
            }
            InitialCondition ic = q.getInitialConditions().get(0);
            assertEquals("v", ic.getVariable());
            assertEquals(-60, ((Uniform) ic.getValue()).getLow(), 0);
            assertEquals(-50, ((Uniform) ic.getValue()).getHigh(), 0);
        }
        for (Projection pr : back.getProjections()) {
            assertEquals(SynapseKind.EXPONENTIAL_CURRENT, pr.getSynapse());
        }
        NetworkResult r0 = new NetworkSimulator().run(cuba);
        NetworkResult r1 = new NetworkSimulator().run(back);
        long spikes = 0;
        for (GroupSpikes g : r0.populations()) {
            GroupSpikes h = r1.spikesOf(g.name());
            assertArrayEquals(g.neurons(), h.neurons(), g.name());
            assertArrayEquals(g.times(), h.times(), 1e-9, g.name());
            spikes += g.count();
        }
        System.out.println("CUBA NeuroML round trip: " + spikes + " spikes identical");
        assertTrue(spikes > 1000, "spikes: " + spikes);
    }
}
