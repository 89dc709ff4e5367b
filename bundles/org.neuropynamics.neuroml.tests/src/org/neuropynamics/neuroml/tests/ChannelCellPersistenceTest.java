package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.ModelDefinition;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.ChannelCellDefinition;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkBuildException;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.neuroml.NeuroMLExport;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * NeuroML cells with ionChannelHH densities persist (issue 15): the HH cell of Ex5 (LEMS_NML2_Ex5_DetCell.xml,
 * data/NeuroML2, LGPL-3.0, see NOTICE.md) saved as .neuronet carries its definition as data; opened again and run
 * with a new, empty model registry (a new session: no catalogue, no import) it fires at the same times (tolerance
 * 1e-9 ms); exported to NeuroML again the document validates and imports to the same spike times (the cell is
 * written as one sphere of 1000 um2, so its numbers come back within rounding: tolerance 1e-9 ms).
 */
class ChannelCellPersistenceTest {

    @TempDir
    Path dir;

    @Test
    void savedCellReopensInANewRegistryAndExportsAgain() throws Exception {
        Network first = NeuroMLImport.load(LemsExamplesTest.DATA.resolve("LEMS_NML2_Ex5_DetCell.xml")).network();
        assertEquals(1, first.getModelDefinitions().size());
        ModelDefinition d = first.getModelDefinitions().get(0);
        assertEquals(first.getPopulations().get(0).getModelId(), d.getId());
        assertEquals(ChannelCellDefinition.FORMAT, d.getFormat());
        assertEquals(d.getText(), ChannelCellDefinition.parse(d.getText()).text(), "the text reads back to itself");
        GroupSpikes s0 = new NetworkSimulator().run(first).spikesOf(first.getPopulations().get(0).getName());
        assertTrue(s0.count() >= 5, "spikes " + s0.count());

        Path file = dir.resolve("hh.neuronet");
        NetworkFiles.save(first, file);
        Network reopened = NetworkFiles.load(file);
        ModelRegistry fresh = ModelRegistry.empty();
        assertFalse(fresh.contains(d.getId()));
        GroupSpikes s1 = new NetworkSimulator(fresh).run(reopened, RunOptions.DEFAULT,
                org.neuropynamics.core.integrate.RunMonitor.NONE).spikesOf(first.getPopulations().get(0).getName());
        assertTrue(fresh.contains(d.getId()), "registered from the file");
        System.out.printf("HH cell: first %s, reopened in a new registry %s%n", java.util.Arrays.toString(s0.times()),
                java.util.Arrays.toString(s1.times()));
        assertArrayEquals(s0.times(), s1.times(), 1e-9);

        NeuroMLExport.Files f = NeuroMLExport.write(reopened, dir, "hh");
        NeuroMLExportTest.validate(f.document());
        String text = Files.readString(f.document());
        assertTrue(text.contains("<ionChannelHH id=") && text.contains("<channelDensity id=\"naChans\""), text);
        Network back = NeuroMLImport.load(f.lems()).network();
        GroupSpikes s2 = new NetworkSimulator().run(back).spikesOf(back.getPopulations().get(0).getName());
        System.out.printf("HH cell: after NeuroML export and import %s%n", java.util.Arrays.toString(s2.times()));
        assertArrayEquals(s0.times(), s2.times(), 1e-9);
    }

    @Test
    void aDamagedDefinitionIsRefusedWithItsLine() throws Exception {
        Network n = NeuroMLImport.load(LemsExamplesTest.DATA.resolve("LEMS_NML2_Ex5_DetCell.xml")).network();
        ModelDefinition d = n.getModelDefinitions().get(0);
        d.setId(d.getId() + "_damaged");
        n.getPopulations().get(0).setModelId(d.getId());
        d.setText(d.getText().replace("density naChans", "density naChans NaN"));
        NetworkBuildException e = assertThrows(NetworkBuildException.class,
                () -> new NetworkSimulator(ModelRegistry.empty()).run(n, RunOptions.DEFAULT,
                        org.neuropynamics.core.integrate.RunMonitor.NONE));
        assertTrue(e.getMessage().startsWith("Model definition " + d.getId() + ": line "), e.getMessage());
        d.setText("runtime exec\n");
        e = assertThrows(NetworkBuildException.class, () -> new NetworkSimulator(ModelRegistry.empty()).run(n,
                RunOptions.DEFAULT, org.neuropynamics.core.integrate.RunMonitor.NONE));
        assertTrue(e.getMessage().contains("line 1: expected 'channel-cell 1'"), e.getMessage());
    }
}
