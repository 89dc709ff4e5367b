package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.SystemCompiler;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.build.Networks;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.neuroml.NeuroMLException;
import org.neuropynamics.neuroml.NeuroMLExport;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * A model without a NeuroML core element (equations in the {@code .ode} grammar) exported as a LEMS ComponentType
 * (issue 15, item 2) and imported again: the document still validates against the schema, the type is compiled
 * from the LEMS text, and the network gives the same spike times (tolerance 1e-9 ms: same equations, same Euler,
 * same order of events).
 */
class LemsTypeRoundTripTest {

    @TempDir
    Path dir;

    private static Network network(String modelId, String method) {
        Network n = Networks.network("Ode net", 400, 0.01, method, 1);
        Population p = Networks.population(n, "cells", 2, modelId);
        Networks.setParameter(p, "d", 2);
        Networks.initial(p, "v", Networks.uniform(-75, -60));
        CurrentInjection c = NetworkFactory.eINSTANCE.createCurrentInjection();
        c.setName("step");
        c.setTarget(p);
        c.setAmplitude(10);
        c.setStart(50);
        c.setStop(350);
        n.getCurrents().add(c);
        n.getMonitors().add(NetworkFactory.eINSTANCE.createSpikeMonitor());
        n.getMonitors().get(0).setName("spikes");
        n.getMonitors().get(0).setTarget(p);
        return n;
    }

    @Test
    void odeModelTravelsAsAComponentTypeAndComesBackWithTheSameSpikes() throws Exception {
        Model izh = SystemCompiler.compile("izh_roundtrip", """
                v' = 0.04*v^2 + 5*v + 140 - u + I
                u' = a*(b*v - u)
                par a=0.02, b=0.2, c=-65, d=8, I=4
                init v=-70, u=-14
                global 1 {v-30} {v=c; u=u+d}
                """);
        ModelRegistry.getDefault().register(izh.id(), () -> izh);
        for (String method : new String[] {"euler", "euler-lems"}) {
            Network n = network(izh.id(), method);
            NeuroMLExport.Files f = NeuroMLExport.write(n, dir, "ode_" + method.replace('-', '_'));
            NeuroMLExportTest.validate(f.document());
            String lems = Files.readString(f.lems());
            assertTrue(lems.contains("<ComponentType name=\"cells_type\" extends=\"baseSpikingCell\""), lems);
            assertTrue(lems.contains("<TimeDerivative variable=\"u\" value=\"(a * ((b * v) - u)) / MSEC\"/>"), lems);
            assertTrue(lems.contains("<OnCondition test=\"(v - 30.0) .geq. 0\">"), lems);
            Network back = NeuroMLImport.load(f.lems()).network();
            assertEquals(method, back.getRun().getMethod());
            Population p = back.getPopulations().get(0);
            assertTrue(p.getModelId().startsWith("cells_type_"), p.getModelId());
            assertEquals(2, LemsExamplesTest.value(p, "d"), 0);
            assertEquals(2, back.getCurrents().size()); // the constant I = 4 as a pulse for the whole run, the step
            for (int cell = 0; cell < 2; cell++) {
                double[] t0 = new NetworkSimulator().run(n).spikesOf("cells").timesOf(cell);
                double[] t1 = new NetworkSimulator().run(back).spikesOf("cells").timesOf(cell);
                System.out.printf("ode round trip (%s) cell %d: %d spikes, first %.2f ms, last %.2f ms%n", method, cell,
                        t0.length, t0[0], t0[t0.length - 1]);
                assertTrue(t0.length > 5, method + ": " + t0.length + " spikes");
                assertArrayEquals(t0, t1, 1e-9, method + " cell " + cell);
            }
        }
    }

    @Test
    void equationsLemsCannotSayAreRefusedByName() {
        Model branch = SystemCompiler.compile("branch_roundtrip", """
                v' = if(v>0)then(-v)else(1)
                global 1 {v-1} {v=0}
                """);
        ModelRegistry.getDefault().register(branch.id(), () -> branch);
        NeuroMLException e = assertThrows(NeuroMLException.class,
                () -> NeuroMLExport.write(network(branch.id(), "euler"), dir, "branch"));
        assertTrue(e.getMessage().contains("Model branch_roundtrip: if(...)then(...)else(...) has no LEMS expression"),
                e.getMessage());
    }
}
