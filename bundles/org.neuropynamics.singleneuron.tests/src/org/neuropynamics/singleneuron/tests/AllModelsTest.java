package org.neuropynamics.singleneuron.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.DivergenceException;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.neuropynamics.singleneuron.SpikeThreshold;
import org.neuropynamics.singleneuron.Stimulus;

/** Every model of the registry (catalogue and the Hindmarsh-Rose plug-in) runs under the view's defaults. */
class AllModelsTest {

    private static final List<String> CATALOGUE = List.of("perfect-integrator", "lif", "izhikevich",
            "fitzhugh-nagumo", "hodgkin-huxley", "hh-traub", "adex", "morris-lecar", "inap", "logistic",
            "hindmarsh-rose");

    @Test
    void everyCatalogueModelAndThePlugInModelSimulateWithTheCourseProtocol() {
        ModelRegistry registry = ModelRegistry.getDefault();
        for (String id : CATALOGUE) {
            assertTrue(registry.contains(id), "registry offers " + id + ": " + registry.ids());
            Model model = registry.get(id);
            NeuronExperiment e = NeuronExperiment.courseDefaults(model, "rk4", 0.01);
            if (model.kind() == Model.Kind.MAP) {
                e = e.withStimulus(new Stimulus(Stimulus.Kind.CONSTANT, 0, 0, 1, 1), 100).withIntegrator("rk4", 1);
            }
            Trace trace = Simulation.run(e.request());
            assertTrue(trace.size() > 50, id + " recorded " + trace.size());
            for (double[] column : trace.values()) {
                for (double v : column) {
                    assertTrue(Double.isFinite(v), id + " stays finite");
                }
            }
            Figure figure = SingleNeuronFigure.figure(e, trace);
            assertEquals(model.dimension() > 1 ? 2 : 1, figure.panels().size(), id);
            assertEquals(trace.size() * 0 + 1 + trace.variableNames().size()
                    + (model.currentParameterIndex().isPresent() ? 1 : 0),
                    SingleNeuronFigure.table(e, trace).names().size(), id + " CSV columns");
        }
    }

    @Test
    void hodgkinHuxleyTypeModelsUseTheShortCourseProtocol() {
        NeuronExperiment hh = NeuronExperiment.courseDefaults(ModelRegistry.getDefault().get("hodgkin-huxley"),
                "rk4", 0.01);
        assertEquals(120, hh.duration());
        assertEquals(10, hh.stimulus().start());
        assertEquals(110, hh.stimulus().end());
        NeuronExperiment izh = NeuronExperiment.courseDefaults(ModelRegistry.getDefault().get("izhikevich"),
                "rk4", 0.01);
        assertEquals(700, izh.duration());
        assertEquals(100, izh.stimulus().start());
        assertEquals(600, izh.stimulus().end());
    }

    @Test
    void thresholdLinesComeFromTheModels() {
        Model izh = ModelRegistry.getDefault().get("izhikevich");
        assertEquals(30, SpikeThreshold.of(izh, izh.defaultParameters()).getAsDouble(), 1e-12);
        Model lif = ModelRegistry.getDefault().get("lif");
        assertEquals(-50, SpikeThreshold.of(lif, lif.defaultParameters()).getAsDouble(), 1e-12);
        Model adex = ModelRegistry.getDefault().get("adex");
        assertEquals(-50.4 + 5 * 2, SpikeThreshold.of(adex, adex.defaultParameters()).getAsDouble(), 1e-9);
        Model hh = ModelRegistry.getDefault().get("hodgkin-huxley");
        assertEquals(0, SpikeThreshold.of(hh, hh.defaultParameters()).getAsDouble(), 1e-12);
    }

    @Test
    void spikeCountOfTheExperimentEqualsTheCoresRunWithAConstantCurrent() {
        Model izh = ModelRegistry.getDefault().get("izhikevich");
        // docs/reference-values.md: RS, I = 10 from t = 0, 23 spikes in 1000 ms (one spike tolerance)
        NeuronExperiment e = NeuronExperiment.courseDefaults(izh, "rk4", 0.01)
                .withStimulus(new Stimulus(Stimulus.Kind.CONSTANT, 0, 0, 1, 1), 1000);
        assertEquals(23, Simulation.run(e.request()).spikeCount(), 1);
    }

    @Test
    void aDivergingRunNamesTheVariable() {
        Model fhn = ModelRegistry.getDefault().get("fitzhugh-nagumo");
        NeuronExperiment e = NeuronExperiment.courseDefaults(fhn, "euler", 0.5).with("tau", 0.01);
        DivergenceException d = assertThrows(DivergenceException.class, () -> Simulation.run(e.request()));
        assertTrue(d.getMessage().matches("[vw] (became|exceeded).* at t = .* ms"), d.getMessage());
    }

    @Test
    void theTimeAxisHasMillisecondsOnlyForModelsInPhysicalUnits() {
        for (String id : new String[] { "fitzhugh-nagumo", "hodgkin-huxley" }) {
            Model m = ModelRegistry.getDefault().get(id);
            NeuronExperiment e = NeuronExperiment.courseDefaults(m, "rk4", 0.05)
                    .withStimulus(new Stimulus(Stimulus.Kind.CONSTANT, 0, 0, 1, 1), 20);
            Trace trace = Simulation.run(e.request());
            String expected = id.equals("fitzhugh-nagumo") ? "t" : "t (ms)";
            assertEquals(expected, SingleNeuronFigure.voltagePlot(e, trace).xTitle(), id);
            assertEquals(expected, SingleNeuronFigure.variablesPlot(e, trace).xTitle(), id);
        }
    }
}
