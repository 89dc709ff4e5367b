package org.neuropynamics.network.examples;

import static org.neuropynamics.network.model.build.Networks.constant;
import static org.neuropynamics.network.model.build.Networks.fixedProbability;
import static org.neuropynamics.network.model.build.Networks.initial;
import static org.neuropynamics.network.model.build.Networks.network;
import static org.neuropynamics.network.model.build.Networks.oneToOne;
import static org.neuropynamics.network.model.build.Networks.poisson;
import static org.neuropynamics.network.model.build.Networks.population;
import static org.neuropynamics.network.model.build.Networks.project;
import static org.neuropynamics.network.model.build.Networks.uniform;

import java.util.function.Supplier;

import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.RateMonitor;
import org.neuropynamics.network.model.SpikeMonitor;
import org.neuropynamics.network.model.SpikeSource;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.SynapseKind;

/**
 * What File &gt; New &gt; Network starts from: an empty network or one of a few small templates. The new
 * network takes the name the user gives and no description (the template's is not the user's network's).
 */
public enum NetworkTemplates {

    /** Nothing but run settings (1000 ms, dt 0.1 ms, Euler, seed 1). */
    EMPTY("Empty network", "Nothing yet: draw populations, inputs and projections from the palette.",
            () -> network("", 1000, 0.1, "euler", 1)),
    /** The course network of {@link ExampleNetworks#course()}. */
    COURSE("Course network", "A Poisson input driving regular-spiking and chattering Izhikevich groups "
            + "(10 neurons each), 100 ms.", ExampleNetworks::course),
    /** Vogels &amp; Abbott's CUBA network of {@link ExampleNetworks#cuba()}. */
    CUBA("CUBA (Vogels & Abbott 2005)", "4000 leaky integrate-and-fire neurons, 80 % excitatory, with "
            + "exponential synaptic currents and connection probability 0.02, 1 s.", ExampleNetworks::cuba),
    /** Two LIF neurons, the first driven above threshold, each of its spikes making the second fire. */
    PAIR("Two-neuron pair", "A driven LIF neuron (I = 20 mV) whose spikes make a second one fire 2 ms later "
            + "(w = 20 mV), both recorded, 100 ms.", NetworkTemplates::pair),
    /** 100 LIF neurons driven by 100 Poisson trains at 40 Hz through fixed-probability synapses. */
    POISSON_DRIVEN("Poisson-driven population", "100 LIF neurons, each receiving about 10 of 100 Poisson "
            + "trains at 40 Hz (p = 0.1, w = 2 mV, delay 1 ms), with spike and rate monitors, 500 ms.",
            NetworkTemplates::poissonDriven);

    private final String label;
    private final String description;
    private final Supplier<Network> build;

    NetworkTemplates(String label, String description, Supplier<Network> build) {
        this.label = label;
        this.description = description;
        this.build = build;
    }

    /** The name shown in the New wizard. */
    public String label() {
        return label;
    }

    /** One or two sentences for the wizard. */
    public String description() {
        return description;
    }

    /** A new network of this template named {@code name}, without description. */
    public Network create(String name) {
        Network n = build.get();
        n.setName(name);
        n.setDescription(null);
        return n;
    }

    /**
     * Two LIF neurons (defaults: tau 20 ms, EL -59 mV, Vth -50 mV, Vreset -70 mV): A has I = 20 mV and fires
     * at 20 ln(20/11) ms and then every 20 ln(31/11) ms; B has I = 0, so each 20 mV jump (at most 13 mV
     * are needed 20 ms after its reset) arriving 2 ms after a spike of A makes it fire at once. 100 ms, dt 0.1 ms.
     */
    static Network pair() {
        Network n = network("", 100, 0.1, "euler", 1);
        Population a = population(n, "A", 1, "lif", "I", 20.0);
        Population b = population(n, "B", 1, "lif", "I", 0.0);
        place(a, 80, 120);
        place(b, 340, 120);
        project(n, a, b, oneToOne(), constant(20), constant(2), SynapseKind.VOLTAGE_JUMP);
        spikes(n, a);
        spikes(n, b);
        for (Population p : new Population[] {a, b}) {
            StateMonitor v = NetworkFactory.eINSTANCE.createStateMonitor();
            v.setName(p.getName() + " v");
            v.setTarget(p);
            v.getVariables().add("v");
            n.getMonitors().add(v);
        }
        return n;
    }

    /**
     * 100 Poisson trains at 40 Hz onto 100 LIF neurons (I = 0, defaults otherwise) with p = 0.1, w = 2 mV and
     * delay 1 ms: about 10 inputs per neuron, a mean drive of 10 x 40 Hz x 2 mV x 20 ms = 16 mV above rest
     * (threshold 9 mV above), initial v uniform in [-70, -50] mV. 500 ms, exact integration.
     */
    static Network poissonDriven() {
        Network n = network("", 500, 0.1, "exact", 1);
        PoissonGroup in = poisson(n, "Input", 100, 40);
        Population lif = population(n, "Neurons", 100, "lif", "I", 0.0);
        initial(lif, "v", uniform(-70, -50));
        place(in, 80, 120);
        place(lif, 340, 120);
        project(n, in, lif, fixedProbability(0.1), constant(2), constant(1), SynapseKind.VOLTAGE_JUMP);
        spikes(n, in);
        spikes(n, lif);
        RateMonitor rate = NetworkFactory.eINSTANCE.createRateMonitor();
        rate.setName("Neurons rate");
        rate.setTarget(lif);
        rate.setBin(5);
        n.getMonitors().add(rate);
        return n;
    }

    private static void spikes(Network n, SpikeSource target) {
        SpikeMonitor m = NetworkFactory.eINSTANCE.createSpikeMonitor();
        m.setName(target.getName() + " spikes");
        m.setTarget(target);
        n.getMonitors().add(m);
    }

    private static void place(Node node, double x, double y) {
        node.setX(x);
        node.setY(y);
    }
}
