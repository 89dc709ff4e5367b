package org.neuropynamics.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.model.build.Networks.constant;
import static org.neuropynamics.network.model.build.Networks.fixedProbability;
import static org.neuropynamics.network.model.build.Networks.network;
import static org.neuropynamics.network.model.build.Networks.oneToOne;
import static org.neuropynamics.network.model.build.Networks.population;
import static org.neuropynamics.network.model.build.Networks.project;
import static org.neuropynamics.network.model.build.Networks.uniform;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.build.Networks;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkProblem;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.NetworkValidator;

/**
 * Validate lists every problem at once with its element and a fix hint; every error it reports is one the
 * simulator refuses, and warnings do not block a run.
 */
class ValidationProblemsTest {

    private final NetworkValidator validator = new NetworkValidator(ModelRegistry.getDefault());

    /** Three seeded errors (one per element) and one warning. */
    static Network seeded() {
        Network n = network("Seeded", 50, 0.1, "euler", 1);
        Population a = population(n, "A", 10, "lif", "tauu", 10.0);
        Population b = population(n, "B", 5, "izhikevich");
        project(n, a, b, oneToOne(), constant(1), constant(1), SynapseKind.VOLTAGE_JUMP);
        StateMonitor v = NetworkFactory.eINSTANCE.createStateMonitor();
        v.setName("B v");
        v.setTarget(b);
        v.getVariables().add("v");
        v.getNeurons().addAll(List.of(0, 7));
        n.getMonitors().add(v);
        Projection empty = project(n, b, a, fixedProbability(0), constant(1), uniform(1, 5),
                SynapseKind.VOLTAGE_JUMP);
        empty.setName("B -> A");
        return n;
    }

    @Test
    void threeErrorsAndAWarningEachWithItsElementAndAHint() {
        Network n = seeded();
        List<NetworkProblem> found = validator.check(n);
        assertEquals(4, found.size(), found.toString());
        assertSame(n.getPopulations().get(0), found.get(0).element());
        assertEquals("Population 'A': model lif has no parameter 'tauu'.", found.get(0).message());
        assertSame(n.getProjections().get(0), found.get(1).element());
        assertEquals("Projection 'A -> B': one-to-one needs equal sizes, but the source has 10 neurons and the "
                + "target 5.", found.get(1).message());
        assertSame(n.getProjections().get(1), found.get(2).element());
        assertFalse(found.get(2).error(), "p = 0 runs, with a warning");
        assertSame(n.getMonitors().get(0), found.get(3).element());
        assertEquals("State monitor 'B v': neuron 7 is out of range (size 5).", found.get(3).message());
        for (NetworkProblem p : found) {
            assertFalse(p.hint().isBlank(), p.message());
        }
        assertEquals(3, validator.problems(n).size());
    }

    @Test
    void everyErrorIsOneTheSimulatorRefusesAndWarningsDoNotBlock() {
        NetworkSimulator simulator = new NetworkSimulator();
        // each seeded error alone makes the run fail
        Network n = seeded();
        n.getProjections().get(0).setConnectivity(fixedProbability(0.5));
        n.getMonitors().get(0).eSet(n.getMonitors().get(0).eClass().getEStructuralFeature("neurons"), List.of(0));
        assertEquals(1, validator.problems(n).size());
        assertThrows(RuntimeException.class, () -> simulator.run(n));
        Network m = seeded();
        Networks.setParameter(m.getPopulations().get(0), "tau", 10.0);
        m.getPopulations().get(0).getParameters().removeIf(p -> p.getName().equals("tauu"));
        m.getProjections().get(0).setConnectivity(fixedProbability(0.5));
        assertEquals(1, validator.problems(m).size());
        assertThrows(RuntimeException.class, () -> simulator.run(m));
        m.getMonitors().get(0).eSet(m.getMonitors().get(0).eClass().getEStructuralFeature("neurons"), List.of(0));
        // only the warning is left: the network runs
        assertEquals(0, validator.problems(m).size());
        assertEquals(1, validator.check(m).size());
        assertTrue(simulator.run(m).spikesOf("A").size() == 10);
    }

    @Test
    void theShippedExamplesHaveNoProblemAtAll() throws Exception {
        for (String f : List.of("cuba.neuronet", "course-network.neuronet")) {
            assertEquals(List.of(), validator.check(NetworkFiles.load(java.nio.file.Path.of("../../examples", f))),
                    f);
        }
    }
}
