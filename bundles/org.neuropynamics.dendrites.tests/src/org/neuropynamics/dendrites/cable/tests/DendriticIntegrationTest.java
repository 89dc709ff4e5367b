package org.neuropynamics.dendrites.cable.tests;

import org.neuropynamics.dendrites.cable.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.RunMonitor;

/** Attenuation and delay of a distal input, linear superposition, and dendritic coincidence detection. */
class DendriticIntegrationTest {

    private static final Membrane MEMBRANE = Membrane.DEFAULT;
    private static final Morphology MORPHOLOGY = Morphology.somaAndDendrite(20, 20, 500, 1, 50, 100);

    @Test
    void distalInputAttenuatesAndIsDelayedTowardsTheSoma() {
        CompartmentalNeuron neuron = new CompartmentalNeuron(MORPHOLOGY, MEMBRANE, HhChannels.NONE);
        int site = MORPHOLOGY.compartmentAt(450);
        EpspSpread spread = EpspSpread.measure(neuron, Synapse.excitatoryAlpha(site, 1, 1, 2), 40, 0.025);
        assertEquals(1, spread.attenuation()[site], 1e-12);
        for (int i = site; i > 0; i--) {
            // strictly smaller and later, compartment by compartment, from the synapse to the soma
            assertTrue(spread.peak()[i - 1] < spread.peak()[i], "peak at " + (i - 1));
            assertTrue(spread.delay()[i - 1] >= spread.delay()[i], "delay at " + (i - 1));
        }
        assertTrue(spread.attenuation()[0] < 0.3, "soma sees under 30 % of the local EPSP: " + spread.attenuation()[0]);
        assertTrue(spread.delay()[0] > spread.delay()[site] + 1, "peak reaches the soma over 1 ms later");
    }

    @Test
    void currentSynapsesSuperposeLinearly() {
        CompartmentalNeuron neuron = new CompartmentalNeuron(MORPHOLOGY, MEMBRANE, HhChannels.NONE);
        Synapse a = Synapse.currentAlpha(MORPHOLOGY.compartmentAt(100), 2, 1, 0.05);
        Synapse b = Synapse.currentAlpha(MORPHOLOGY.compartmentAt(400), 3, 2, 0.08);
        double[] va = soma(neuron, List.of(a));
        double[] vb = soma(neuron, List.of(b));
        double[] both = soma(neuron, List.of(a, b));
        double el = MEMBRANE.eL();
        for (int j = 0; j < both.length; j++) {
            assertEquals((va[j] - el) + (vb[j] - el), both[j] - el, 1e-9);
        }
    }

    @Test
    void somaRespondsMostWhenTheDistalInputLeadsByTheDelayDifference() {
        CompartmentalNeuron neuron = new CompartmentalNeuron(MORPHOLOGY, MEMBRANE, HhChannels.NONE);
        Synapse distal = Synapse.currentAlpha(MORPHOLOGY.compartmentAt(450), 5, 0.5, 0.1);
        Synapse proximal = Synapse.currentAlpha(MORPHOLOGY.compartmentAt(50), 5, 0.5, 0.1);
        double distalDelay = EpspSpread.measure(neuron, distal, 40, 0.025).delay()[0];
        double proximalDelay = EpspSpread.measure(neuron, proximal, 40, 0.025).delay()[0];
        double[] lags = new double[81];
        for (int i = 0; i < lags.length; i++) {
            lags[i] = -2 + 0.1 * i;
        }
        List<DendriticCoincidence.Point> curve = DendriticCoincidence.sweep(neuron, distal, proximal, lags, 40, 0.025,
                RunMonitor.NONE);
        DendriticCoincidence.Point best = curve.get(0);
        for (DendriticCoincidence.Point p : curve) {
            best = p.somaPeak() > best.somaPeak() ? p : best;
        }
        // the proximal input should follow the distal one by about distalDelay - proximalDelay
        assertTrue(distalDelay > proximalDelay + 1, "distal " + distalDelay + " ms, proximal " + proximalDelay);
        assertEquals(distalDelay - proximalDelay, best.lag(), 0.6, "best lag");
        assertTrue(best.somaPeak() > 1.3 * curve.get(0).somaPeak(), "timing matters");
    }

    private static double[] soma(CompartmentalNeuron neuron, List<Synapse> synapses) {
        return neuron.simulate(synapses, List.of(), 30, 0.025, CompartmentalNeuron.CRANK_NICOLSON, 1, RunMonitor.NONE)
                .potential(0);
    }
}
