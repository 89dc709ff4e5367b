package org.neuropynamics.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.neuropynamics.network.model.build.Networks.allToAll;
import static org.neuropynamics.network.model.build.Networks.constant;
import static org.neuropynamics.network.model.build.Networks.generator;
import static org.neuropynamics.network.model.build.Networks.network;
import static org.neuropynamics.network.model.build.Networks.population;
import static org.neuropynamics.network.model.build.Networks.project;
import static org.neuropynamics.network.model.build.Networks.stdp;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.neuropynamics.network.figures.WeightFigures;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.StdpRule;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.io.NetworkFiles;

/**
 * Issue 18: the STDP weight figures' axis names the weights' unit instead of a bare "w": a voltage jump onto a
 * perfect integrator's v is in mV (the variable's unit); Brian2's STDP example (examples/stdp-song.neuronet,
 * conductance synapses onto a LIF whose I is R I in mV) has dimensionless weights (g (E - v) in mV).
 */
class WeightAxisUnitTest {

    @Test
    void voltageJumpWeightsAreInTheTargetVariablesUnit() {
        Network n = network("jump", 100, 0.1, "euler", 1);
        var pre = generator(n, "Pre", new double[] {10});
        Population post = population(n, "Post", 1, "perfect-integrator", "I", 0.0);
        var plastic = project(n, pre, post, allToAll(), constant(0.5), constant(1), SynapseKind.VOLTAGE_JUMP);
        assertEquals("", WeightFigures.weightUnit(n), "no plastic projection: no unit");
        stdp(plastic, StdpRule.ADDITIVE, 20, 20, 0.01, 0.0105, 1);
        assertEquals("mV", WeightFigures.weightUnit(n));
        var chart = WeightFigures.histogram("h", new org.neuropynamics.network.sim.NetworkSimulator().run(n,
                org.neuropynamics.network.sim.RunOptions.DEFAULT, org.neuropynamics.core.integrate.RunMonitor.NONE), "mV");
        assertEquals("w (mV)", chart.xTitle());
    }

    @Test
    void songsConductanceWeightsAreDimensionless() throws Exception {
        Network n = NetworkFiles.load(Path.of("../../examples/stdp-song.neuronet"));
        assertEquals("dimensionless", WeightFigures.weightUnit(n));
    }
}
