package org.neuropynamics.network.ui.tests;

import org.neuropynamics.network.ui.*;
import org.neuropynamics.ui.tests.Screenshots;

import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.SpikeMonitor;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.build.Networks;

/** Small networks drawn at known places, for the editor's UI tests. */
final class TestNetworks {

    private TestNetworks() {
    }

    /**
     * Populations A (60, 60), B (360, 60), C (60, 320) and a Poisson input In (360, 320); projections
     * In -> A, A -> B, B -> C; a spike monitor on C; C has a parameter tau.
     */
    static Network square() {
        Network n = Networks.network("Square", 100, 0.1, "euler", 1);
        Population a = at(Networks.population(n, "A", 10, "lif"), 60, 60);
        Population b = at(Networks.population(n, "B", 10, "lif"), 360, 60);
        Population c = at(Networks.population(n, "C", 10, "lif", "tau", 10.0), 60, 320);
        PoissonGroup in = at(Networks.poisson(n, "In", 10, 50), 360, 320);
        project(n, in, a);
        project(n, a, b);
        project(n, b, c);
        SpikeMonitor m = NetworkFactory.eINSTANCE.createSpikeMonitor();
        m.setName("C spikes");
        m.setTarget(c);
        n.getMonitors().add(m);
        return n;
    }

    /**
     * An acyclic network piled up right to left: In -> A, A -> B, A -> C, B -> D, C -> D, In -> D, with D
     * drawn leftmost and the boxes overlapping.
     */
    static Network acyclicPile() {
        Network n = Networks.network("Pile", 100, 0.1, "euler", 1);
        Population a = at(Networks.population(n, "A", 10, "lif"), 300, 40);
        Population b = at(Networks.population(n, "B", 10, "lif"), 200, 60);
        Population c = at(Networks.population(n, "C", 10, "lif"), 220, 80);
        Population d = at(Networks.population(n, "D", 10, "lif"), 20, 50);
        PoissonGroup in = at(Networks.poisson(n, "In", 10, 50), 400, 45);
        project(n, in, a);
        project(n, a, b);
        project(n, a, c);
        project(n, b, d);
        project(n, c, d);
        project(n, in, d);
        return n;
    }

    static <T extends Node> T at(T node, double x, double y) {
        node.setX(x);
        node.setY(y);
        return node;
    }

    private static void project(Network n, org.neuropynamics.network.model.SpikeSource s, Population t) {
        Networks.project(n, s, t, Networks.fixedProbability(0.1), Networks.constant(1), Networks.constant(2),
                SynapseKind.VOLTAGE_JUMP);
    }
}
