package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * The PyNN cells of Ex14 (data/NeuroML2/LEMS_NML2_Ex14_PyNN_subset.xml) against the same equations written from
 * PyNN.xml in Brian2 2.5.1 (data/brian2/ex14_pynn.py, forward Euler at 0.01 ms in the euler-lems order, output
 * data/brian2/ex14_pynn.out): IF_curr_alpha and IF_cond_exp (opened as lif), EIF_cond_exp_isfa_ista (opened as
 * adExIaFCell with C = 1000 cm, gL = C/tau_m, a, b and i_offset times 1000) and HH_cond_exp. Same scheme, different
 * code and units: every spike within 1e-6 ms, except HH_cond_exp (Brian2 writes the rates as PyNN.xml does, we
 * through Linoid; both detect the crossing of 0 mV, Brian2 after the step, we at it): within one step, 0.01 ms.
 */
class PyNNCellsBrian2Test {

    @Test
    void pynnCellsFireWhenBrian2Does() throws Exception {
        NeuroMLImport.Result r = NeuroMLImport.load(LemsExamplesTest.DATA.resolve("LEMS_NML2_Ex14_PyNN_subset.xml"));
        NetworkResult result = new NetworkSimulator().run(r.network());
        Map<String, double[]> brian2 = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("data/brian2/ex14_pynn.out"))) {
            String[] f = line.strip().split("\\s+");
            brian2.put(f[0], Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray());
        }
        assertEquals(4, brian2.size());
        for (Map.Entry<String, double[]> e : brian2.entrySet()) {
            double[] ours = result.spikesOf(e.getKey()).timesOf(0);
            double[] expected = e.getValue();
            double tolerance = e.getKey().equals("pop_HH_cond_exp") ? 0.01 + 1e-9 : 1e-6;
            System.out.printf("ex14 Brian2 %s: %d spikes, Brian2 %d; ours %s%n", e.getKey(), ours.length,
                    expected.length, Arrays.toString(ours));
            assertEquals(expected.length, ours.length, e.getKey() + ": " + Arrays.toString(ours));
            assertTrue(expected.length >= 5, e.getKey());
            for (int i = 0; i < ours.length; i++) {
                assertEquals(expected[i], ours[i], tolerance, e.getKey() + " spike " + i);
            }
        }
    }
}
