package org.neuropynamics.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.examples.NetworkTemplates;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.NetworkValidator;

/** File &gt; New &gt; Network's templates: named as asked, no leftover description, valid, and doing what they say. */
class NetworkTemplatesTest {

    @Test
    void everyTemplateTakesTheGivenNameAndNoDescriptionAndIsValid() {
        NetworkValidator validator = new NetworkValidator(ModelRegistry.getDefault());
        for (NetworkTemplates t : NetworkTemplates.values()) {
            Network n = t.create("My network");
            assertEquals("My network", n.getName(), t.name());
            assertNull(n.getDescription(), t.name());
            assertEquals(List.of(), validator.check(n), t.name());
        }
        assertTrue(NetworkTemplates.EMPTY.create("x").getPopulations().isEmpty());
        assertEquals(4000, NetworkTemplates.CUBA.create("x").getPopulations().stream()
                .mapToInt(p -> p.getSize()).sum());
    }

    @Test
    void thePairsSecondNeuronFiresTwoMillisecondsAfterEachSpikeOfTheFirst() {
        NetworkResult r = new NetworkSimulator().run(NetworkTemplates.PAIR.create("Pair"));
        double[] a = r.spikesOf("A").times();
        double[] b = r.spikesOf("B").times();
        // LIF tau 20 ms, EL -59, Vth -50, Vreset -70, I 20 mV: first spike at 20 ln(20/11), then every
        // 20 ln(31/11) ms; 100 ms hold 5 spikes
        double first = 20 * Math.log(20.0 / 11);
        double period = 20 * Math.log(31.0 / 11);
        assertEquals(5, a.length, java.util.Arrays.toString(a));
        assertEquals(a.length, b.length, java.util.Arrays.toString(b));
        for (int k = 0; k < a.length; k++) {
            // Euler at dt = 0.1 ms, spikes detected at steps: within 0.3 ms of the closed form
            assertEquals(first + k * period, a[k], 0.3, "spike " + k + " of A");
            // a 20 mV jump 2 ms later (B is at most 13 mV below threshold 20 ms after a reset): B fires within one step
            assertEquals(a[k] + 2, b[k], 0.1 + 1e-9, "spike " + k + " of B");
        }
    }

    @Test
    void thePoissonDrivenPopulationsInputFiresAtFortyHertz() {
        NetworkResult r = new NetworkSimulator().run(NetworkTemplates.POISSON_DRIVEN.create("Driven"));
        GroupSpikes in = r.spikesOf("Input");
        // 100 trains x 0.5 s x 40 Hz = 2000 spikes expected, Poisson sd 45: within 4 sd
        assertEquals(2000, in.count(), 180);
        GroupSpikes out = r.spikesOf("Neurons");
        // a mean drive of 16 mV above rest against a threshold 9 mV above: the population fires
        assertTrue(out.rateHz() > 5, "rate " + out.rateHz());
    }
}
