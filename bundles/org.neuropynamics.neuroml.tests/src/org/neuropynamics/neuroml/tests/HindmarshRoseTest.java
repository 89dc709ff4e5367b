package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * hindmarshRose1984Cell: a bursting cell (data/hindmarsh-rose/LEMS_HindmarshRose.xml, 600 ms at 0.01 ms) against
 * the same equations in Brian2 2.5.1 (data/brian2/hindmarsh_rose.py, forward Euler in the euler-lems order of
 * events; output data/brian2/hindmarsh_rose.out): the same 38 spikes in 4 bursts, each within 1e-6 ms (spike times
 * lie on the 0.01 ms grid, so any difference in the scheme would show as a whole step).
 */
class HindmarshRoseTest {

    @Test
    void burstsAtTheSpikeTimesOfBrian2() throws Exception {
        NeuroMLImport.Result r = NeuroMLImport.load(Path.of("data/hindmarsh-rose/LEMS_HindmarshRose.xml"));
        Population p = r.network().getPopulations().get(0);
        assertEquals("hindmarshRose1984Cell", p.getModelId());
        assertEquals(20, LemsExamplesTest.value(p, "v_scaling"), 0);
        assertEquals(-1.6, LemsExamplesTest.value(p, "x1"), 0);
        double[] ours = new NetworkSimulator().run(r.network()).spikesOf("hrPop").timesOf(0);
        List<String> line = List.of(Files.readString(Path.of("data/brian2/hindmarsh_rose.out")).strip().split("\\s+"));
        double[] brian2 = line.subList(1, line.size()).stream().mapToDouble(Double::parseDouble).toArray();
        System.out.println("hindmarshRose1984Cell: " + ours.length + " spikes, Brian2 " + brian2.length + ": "
                + Arrays.toString(ours));
        assertEquals(brian2.length, ours.length, Arrays.toString(ours));
        for (int i = 0; i < ours.length; i++) {
            assertEquals(brian2[i], ours[i], 1e-6, "spike " + i);
        }
    }
}
