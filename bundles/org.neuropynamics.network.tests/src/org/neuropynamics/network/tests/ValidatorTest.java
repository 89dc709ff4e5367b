package org.neuropynamics.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.model.build.Networks.constant;
import static org.neuropynamics.network.model.build.Networks.network;
import static org.neuropynamics.network.model.build.Networks.oneToOne;
import static org.neuropynamics.network.model.build.Networks.population;
import static org.neuropynamics.network.model.build.Networks.project;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeMonitor;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkValidator;

/** Validation before a run lists every problem, each naming its element; the examples have none. */
class ValidatorTest {

    private final NetworkValidator validator = new NetworkValidator(ModelRegistry.getDefault());

    @Test
    void everyProblemIsListedWithItsElement() {
        Network n = network("Broken", 100, 0.1, "euler", 1);
        Population a = population(n, "A", 10, "lif");
        Population b = population(n, "B", 10, "izhikevich");
        b.setSize(-3);
        b.setModelId("no-such-model");
        Projection p = project(n, a, a, oneToOne(), constant(1), constant(0), SynapseKind.VOLTAGE_JUMP);
        p.setName("A -> nowhere");
        p.setTarget(null);
        SpikeMonitor m = NetworkFactory.eINSTANCE.createSpikeMonitor();
        m.setName("Spikes");
        n.getMonitors().add(m);
        n.getRun().setDt(0);
        assertEquals(List.of("Population 'B' has a negative size (-3).",
                "Population 'B': unknown model 'no-such-model'.",
                "Projection 'A -> nowhere' has no target.",
                "Monitor 'Spikes' watches nothing: set its target.",
                "Run settings: dt must be positive, got 0.0 ms."), validator.problems(n));
    }

    @Test
    void generatorsAndStateMonitorsAreChecked() {
        Network n = network("Palette", 100, 0.1, "euler", 1);
        Population a = population(n, "A", 1, "lif");
        org.neuropynamics.network.model.SpikeGenerator g = org.neuropynamics.network.model.build.Networks
                .generator(n, "G", new double[] {10, -5});
        g.getTrains().get(0).setNeuron(2);
        org.neuropynamics.network.model.StateMonitor onInput = NetworkFactory.eINSTANCE.createStateMonitor();
        onInput.setName("G state");
        onInput.setTarget(g);
        n.getMonitors().add(onInput);
        org.neuropynamics.network.model.StateMonitor wrong = NetworkFactory.eINSTANCE.createStateMonitor();
        wrong.setName("A V");
        wrong.setTarget(a);
        wrong.getVariables().add("V");
        n.getMonitors().add(wrong);
        org.neuropynamics.network.model.StateMonitor right = NetworkFactory.eINSTANCE.createStateMonitor();
        right.setName("A v");
        right.setTarget(a);
        right.getVariables().add("v");
        n.getMonitors().add(right);
        assertEquals(List.of("Spike generator 'G': neuron 2 is out of range (size 1).",
                "Spike generator 'G': spike time -5.0 ms of neuron 2 is negative.",
                "State monitor 'G state': 'G' is an input and has no state variables.",
                "State monitor 'A V': model lif has no variable 'V' (variables: v)."), validator.problems(n));
    }

    @Test
    void theExamplesAreValid() throws Exception {
        for (String f : List.of("cuba.neuronet", "course-network.neuronet")) {
            assertTrue(validator.problems(NetworkFiles.load(Path.of("../../examples", f))).isEmpty(), f);
        }
    }
}
