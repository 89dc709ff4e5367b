package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * LEMS_NML2_Ex2_Izh.xml (four izhikevichCells driven by pulseGeneratorDL and a rampGeneratorDL; the NeuroML2
 * repository has no .mep for it) against an independent reference: the same cells written as Brian2 2.5.1
 * equations from the LEMS definitions (data/brian2/ex2_izh.py, forward Euler at the example's 0.005 ms, its
 * thresholder moved before the update so that events happen in the order of our euler-lems method; its output is
 * data/brian2/ex2_izh.out). Same scheme, different code: every spike of every cell within 1e-6 ms (the spike
 * times are multiples of the step; a differing step would differ by 0.005 ms).
 */
class Ex2IzhikevichTest {

    @Test
    void everyCellFiresWhenBrian2Does() throws Exception {
        NeuroMLImport.Result r = NeuroMLImport.load(LemsExamplesTest.DATA.resolve("LEMS_NML2_Ex2_Izh.xml"));
        Network net = r.network();
        assertEquals(200, net.getRun().getDuration(), 0);
        assertEquals(0.005, net.getRun().getDt(), 0);
        // the ramp: baseline -32 for the whole run plus 0 + 82/170 per ms from 30 to 200 ms
        CurrentInjection ramp = net.getCurrents().stream().filter(c -> c.getSlope() != 0).findFirst().orElseThrow();
        assertEquals(82.0 / 170, ramp.getSlope(), 1e-12);
        assertEquals(30, ramp.getStart(), 0);
        assertEquals(200, ramp.getStop(), 0);
        NetworkResult result = new NetworkSimulator().run(net);
        Map<String, double[]> brian2 = reference();
        assertEquals(4, brian2.size());
        for (Map.Entry<String, double[]> e : brian2.entrySet()) {
            double[] ours = result.spikesOf(e.getKey()).timesOf(0);
            double[] expected = e.getValue();
            System.out.printf("ex2 %s: %d spikes, Brian2 %d; ours %s%n", e.getKey(), ours.length, expected.length,
                    Arrays.toString(ours));
            assertEquals(expected.length, ours.length, e.getKey() + ": " + Arrays.toString(ours));
            for (int i = 0; i < ours.length; i++) {
                assertEquals(expected[i], ours[i], 1e-6, e.getKey() + " spike " + i);
            }
        }
        assertTrue(brian2.get("izpopClass1").length > 0, "the ramp makes the class-1 cell fire");
    }

    static Map<String, double[]> reference() throws Exception {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("data/brian2/ex2_izh.out"))) {
            String[] f = line.strip().split("\\s+");
            if (f[0].equals("lems")) {
                out.put(f[1], Arrays.stream(f, 2, f.length).mapToDouble(Double::parseDouble).toArray());
            }
        }
        return out;
    }
}
