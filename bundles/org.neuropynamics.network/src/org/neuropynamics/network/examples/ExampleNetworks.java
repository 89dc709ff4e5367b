package org.neuropynamics.network.examples;

import static org.neuropynamics.network.model.build.Networks.constant;
import static org.neuropynamics.network.model.build.Networks.fixedInDegree;
import static org.neuropynamics.network.model.build.Networks.fixedProbability;
import static org.neuropynamics.network.model.build.Networks.fixedTotalNumber;
import static org.neuropynamics.network.model.build.Networks.initial;
import static org.neuropynamics.network.model.build.Networks.network;
import static org.neuropynamics.network.model.build.Networks.oneToOne;
import static org.neuropynamics.network.model.build.Networks.poisson;
import static org.neuropynamics.network.model.build.Networks.population;
import static org.neuropynamics.network.model.build.Networks.project;
import static org.neuropynamics.network.model.build.Networks.uniform;

import org.neuropynamics.network.model.Monitor;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.RateMonitor;
import org.neuropynamics.network.model.SpikeMonitor;
import org.neuropynamics.network.model.SpikeSource;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.SynapseKind;

/** The example networks shipped in {@code examples/}, built in code (the files are saved from these). */
public final class ExampleNetworks {

    private ExampleNetworks() {
    }

    /**
     * Vogels &amp; Abbott (2005) current-based network as in Brian2's {@code examples/CUBA.py}: 4000 LIF neurons
     * (3200 excitatory, 800 inhibitory), taum 20 ms, taue 5 ms, taui 10 ms, Vt -50 mV, Vr -60 mV, El -49 mV,
     * refractory 5 ms, we = 60 * 0.27 / 10 mV, wi = -20 * 4.5 / 10 mV, connection probability 0.02, initial v
     * uniform in [Vr, Vt], exact integration, dt 0.1 ms, 1 s. Brian2's single group P is split into its
     * excitatory (i &lt; 3200) and inhibitory (i &gt;= 3200) parts.
     */
    public static Network cuba() {
        Network n = network("CUBA (Vogels & Abbott 2005)", 1000, 0.1, "exact", 1);
        n.setDescription("Brian2 examples/CUBA.py: 4000 leaky integrate-and-fire neurons with exponential "
                + "synaptic currents; mean rate about 6 Hz.");
        Population exc = cubaGroup(n, "Excitatory", 3200, 120, 120);
        Population inh = cubaGroup(n, "Inhibitory", 800, 120, 320);
        double we = 60 * 0.27 / 10;
        double wi = -20 * 4.5 / 10;
        for (Population target : new Population[] {exc, inh}) {
            cubaProjection(n, exc, target, we, 5);
        }
        for (Population target : new Population[] {exc, inh}) {
            cubaProjection(n, inh, target, wi, 10);
        }
        spikeMonitor(n, exc);
        spikeMonitor(n, inh);
        RateMonitor rate = NetworkFactory.eINSTANCE.createRateMonitor();
        rate.setName("Excitatory rate");
        rate.setTarget(exc);
        rate.setBin(5);
        n.getMonitors().add(rate);
        StateMonitor v = NetworkFactory.eINSTANCE.createStateMonitor();
        v.setName("Excitatory v");
        v.setTarget(exc);
        v.getVariables().add("v");
        for (int i = 0; i < 5; i++) {
            v.getNeurons().add(i);
        }
        n.getMonitors().add(v);
        return n;
    }

    private static Population cubaGroup(Network n, String name, int size, double x, double y) {
        Population p = population(n, name, size, "lif", "I", 0.0, "tau", 20.0, "EL", -49.0, "Vth", -50.0,
                "Vreset", -60.0, "tref", 5.0);
        initial(p, "v", uniform(-60, -50));
        place(p, x, y);
        return p;
    }

    private static void cubaProjection(Network n, Population source, Population target, double w, double tau) {
        Projection pr = project(n, source, target, fixedProbability(0.02), constant(w), constant(0),
                SynapseKind.EXPONENTIAL_CURRENT);
        pr.setTau(tau);
    }

    /**
     * The course's network (COURSE.md section 3): a Poisson input (10 neurons, 300 Hz), Izhikevich groups
     * Regular (c -65, d 8) and Chattering (c -50, d 2) of 10 neurons with spike cut-off 35 mV, a 0.02, b 0.2,
     * I 0; every synapse adds 30 mV. Input -&gt; Regular one-to-one and Input -&gt; Chattering one random source
     * per target, 1 ms; Regular -&gt; Chattering 10 random pairs and Chattering -&gt; Regular 5 random pairs
     * with delays uniform in 1-11 ms. 100 ms.
     */
    public static Network course() {
        Network n = network("Course network", 100, 0.1, "euler", 1);
        n.setDescription("Poisson input driving regular-spiking and chattering Izhikevich neurons (course, "
                + "section 3).");
        PoissonGroup input = poisson(n, "Input", 10, 300);
        place(input, 60, 200);
        Population regular = population(n, "Regular", 10, "izhikevich", "a", 0.02, "b", 0.2, "c", -65.0, "d", 8.0,
                "I", 0.0, "vpeak", 35.0);
        place(regular, 300, 80);
        Population chattering = population(n, "Chattering", 10, "izhikevich", "a", 0.02, "b", 0.2, "c", -50.0,
                "d", 2.0, "I", 0.0, "vpeak", 35.0);
        place(chattering, 300, 320);
        project(n, input, regular, oneToOne(), constant(30), constant(1), SynapseKind.VOLTAGE_JUMP);
        project(n, input, chattering, fixedInDegree(1), constant(30), constant(1), SynapseKind.VOLTAGE_JUMP);
        project(n, regular, chattering, fixedTotalNumber(10), constant(30), uniform(1, 11),
                SynapseKind.VOLTAGE_JUMP);
        project(n, chattering, regular, fixedTotalNumber(5), constant(30), uniform(1, 11),
                SynapseKind.VOLTAGE_JUMP);
        spikeMonitor(n, input);
        spikeMonitor(n, regular);
        spikeMonitor(n, chattering);
        for (Population p : new Population[] {regular, chattering}) {
            StateMonitor v = NetworkFactory.eINSTANCE.createStateMonitor();
            v.setName(p.getName() + " v");
            v.setTarget(p);
            v.getVariables().add("v");
            n.getMonitors().add(v);
        }
        return n;
    }

    private static void spikeMonitor(Network n, SpikeSource target) {
        SpikeMonitor m = NetworkFactory.eINSTANCE.createSpikeMonitor();
        m.setName(target.getName() + " spikes");
        m.setTarget(target);
        n.getMonitors().add((Monitor) m);
    }

    private static void place(Node node, double x, double y) {
        node.setX(x);
        node.setY(y);
    }
}
