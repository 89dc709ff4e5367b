package org.neuropynamics.singleneuron.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.SpikeTrain;
import org.neuropynamics.singleneuron.Stimulus;

/**
 * The single-neuron readout counts spikes while the input is on: the perfect integrator dv/dt = I/tau climbs
 * from the reset (-70 mV) to the threshold (-50 mV) in 20 tau / I, so at tau = 20 ms and I = 10 mV it fires
 * every 40 ms from the step's onset at 100 ms: at 140, 180, ..., 580 ms, 12 spikes in the 500 ms of input,
 * 24.0 Hz, and 1000/ISI = 25.0 Hz (the old readout divided by the whole 700 ms run: 17.1 Hz).
 */
class SpikeTrainReadoutTest {

    @Test
    void theInputWindowOfTheCourseStepAndOfAConstantInput() {
        Model m = ModelRegistry.getDefault().get("perfect-integrator");
        NeuronExperiment step = NeuronExperiment.courseDefaults(m, "rk4", 0.01);
        assertArrayEquals(new double[] { 100, 600 }, step.inputWindow(), 0);
        assertTrue(step.inputWindowIsPartOfRun());
        NeuronExperiment constant = step.withStimulus(new Stimulus(Stimulus.Kind.CONSTANT, 0, 0, 1, 1), 700);
        assertArrayEquals(new double[] { 0, 700 }, constant.inputWindow(), 0);
    }

    @Test
    void perfectIntegratorRateMatchesTheClosedForm() {
        Model m = ModelRegistry.getDefault().get("perfect-integrator");
        NeuronExperiment e = NeuronExperiment.courseDefaults(m, "rk4", 0.01).with("tau", 20).with("I", 10);
        Trace t = Simulation.run(e.request());
        double[] w = e.inputWindow();
        SpikeTrain s = SpikeTrain.of(t.spikeTimes(), w[0], w[1]);
        assertEquals(12, s.count());
        assertEquals(24.0, s.rateHz(), 1e-9);
        assertEquals(25.0, s.isiRateHz(), 0.01);
        for (int k = 0; k < s.count(); k++) {
            assertEquals(140 + 40 * k, s.spikeTimes()[k], 0.011, "spike " + k);
        }
        assertTrue(s.summary("while the input is on").startsWith(
                "12 spikes in 100-600 ms (while the input is on): 24.0 Hz; mean ISI 40.00 ms (1000/ISI = 25.0 Hz)"),
                s.summary("while the input is on"));
        // the figure's title: the same rate over the same window, saying so (it gave 12 / 0.7 s = 17.1 Hz)
        assertEquals("24.0 Hz while the input is on", s.headline("while the input is on"));
        String title = org.neuropynamics.singleneuron.SingleNeuronFigure.figure(e, t).title();
        assertEquals(m.name() + " - 24.0 Hz while the input is on", title);
    }

    @Test
    void oneSpikeHasNoRate() {
        SpikeTrain one = SpikeTrain.of(new double[] { 366.7 }, 100, 600);
        assertEquals("1 spike in 100-600 ms (while the input is on); a rate needs two spikes",
                one.summary("while the input is on"));
        assertEquals("0 spikes in 100-600 ms", SpikeTrain.of(new double[0], 100, 600).summary());
        assertEquals("1 spike while the input is on", one.headline("while the input is on"));
        assertEquals("no spikes over the whole run", SpikeTrain.of(new double[0], 0, 700).headline("over the whole run"));
    }
}
