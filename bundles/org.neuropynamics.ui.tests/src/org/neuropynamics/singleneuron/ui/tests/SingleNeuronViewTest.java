package org.neuropynamics.singleneuron.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.singleneuron.FiCurve;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.ui.SingleNeuronView;
import org.neuropynamics.ui.widgets.ParameterPanel;
import org.neuropynamics.ui.widgets.ParameterValues;

/** The Single Neuron perspective driven as a student would: sliders, fields, presets, models, f-I curve. */
class SingleNeuronViewTest {

    private SingleNeuronView view;

    @BeforeEach
    void open() throws Exception {
        view = Ui.openView();
    }

    @Test
    void draggingTheCurrentSliderOnHodgkinHuxleyResimulatesAndShowsTheCoresSpikeCount() {
        view.selectModel("hodgkin-huxley");
        Ui.waitIdle(view);
        Trace before = view.shownTrace();
        assertEquals(10, view.shownExperiment().parameter("I"), 1e-12);
        ParameterPanel panel = view.parameterPanel();
        Scale slider = panel.scale("I");
        // drag: several selection events as a mouse drag sends them, ending at I = 30
        for (double value : new double[] { 12, 18, 25, 30 }) {
            slider.setSelection(ParameterValues.positionOf(view.experiment().model().parameters().get(7), value));
            slider.notifyListeners(SWT.Selection, new Event());
        }
        Ui.waitIdle(view);
        NeuronExperiment shown = view.shownExperiment();
        assertEquals(30, shown.parameter("I"), 1e-9, "the newest slider value is drawn");
        assertEquals("30", panel.field("I").getText());
        Trace after = view.shownTrace();
        assertFalse(Arrays.equals(before.values()[0], after.values()[0]), "trace changed");
        int coreCount = Simulation.run(shown.request()).spikeCount();
        assertTrue(coreCount > before.spikeCount(), "more spikes at I = 30 than at 10");
        assertEquals(coreCount, after.spikeCount());
        assertTrue(view.statusText().startsWith(coreCount + " spikes"), view.statusText());
        assertEquals(coreCount, view.voltageChart().getChart().getSeriesSet().getSeries("spikes").getXSeries().length);
    }

    @Test
    void everyModelCanBeChosenAndSimulated() throws Exception {
        assertTrue(view.modelIds().containsAll(java.util.List.of("perfect-integrator", "lif", "izhikevich",
                "fitzhugh-nagumo", "hodgkin-huxley", "hh-traub", "adex", "morris-lecar", "inap", "logistic",
                "hindmarsh-rose")), view.modelIds().toString());
        for (String id : view.modelIds()) {
            view.selectModel(id);
            Ui.waitIdle(view);
            assertEquals(id, view.shownExperiment().model().id());
            assertNotNull(view.shownTrace());
            assertTrue(view.statusText().matches("\\d+ spikes?.*"), id + ": " + view.statusText());
            assertEquals(Simulation.run(view.shownExperiment().request()).spikeCount(),
                    view.shownTrace().spikeCount(), id);
            if (id.equals("hindmarsh-rose")) {
                Ui.screenshot("single-neuron-hindmarsh-rose");
            }
        }
    }

    @Test
    void badValuesAreRefusedWithAVisibleMessage() {
        view.selectModel("izhikevich");
        Ui.waitIdle(view);
        ParameterPanel panel = view.parameterPanel();
        Text field = panel.field("d");
        for (String[] bad : new String[][] { { "abc", "not a number" }, { "NaN", "not a finite number" },
                { "25", "must lie in [0, 10]" }, { "-1", "must lie in [0, 10]" } }) {
            field.setText(bad[0]);
            field.notifyListeners(SWT.DefaultSelection, new Event());
            assertTrue(panel.message("d").contains(bad[1]), bad[0] + ": " + panel.message("d"));
            assertEquals(8, panel.value("d"), "value kept after '" + bad[0] + "'");
        }
        Ui.spin(field.getDisplay(), 100);
        try {
            Ui.screenshot("single-neuron-refused-value");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        field.setText("4");
        field.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals("", panel.message("d"));
        assertEquals(4, panel.value("d"));
        Ui.waitIdle(view);
        assertEquals(4, view.shownExperiment().parameter("d"));
        panel.reset();
        Ui.waitIdle(view);
        assertEquals(8, view.shownExperiment().parameter("d"));
    }

    @Test
    void aDivergingRunShowsTheCoresMessage() {
        view.selectModel("fitzhugh-nagumo");
        Ui.waitIdle(view);
        view.setParameter("tau", 0.01);
        view.setIntegrator("euler", 0.5);
        Ui.waitIdle(view);
        assertTrue(view.statusText().startsWith("The simulation diverged: "), view.statusText());
        assertTrue(view.statusText().matches(".*[vw] (became|exceeded).* at t = .* ms.*"), view.statusText());
        assertFalse(view.statusText().contains("Exception"), "no stack trace or class name");
        view.setIntegrator("rk4", 0.01);
        view.setParameter("tau", 12.5);
        Ui.waitIdle(view);
        assertTrue(view.statusText().matches("\\d+ spikes?.*"), view.statusText());
    }

    @Test
    void izhikevichChatteringPresetScreenshotAndEquations() throws Exception {
        view.selectModel("izhikevich");
        Ui.waitIdle(view);
        view.applyPreset("Chattering");
        Ui.waitIdle(view);
        assertEquals(-50, view.shownExperiment().parameter("c"));
        assertEquals(2, view.shownExperiment().parameter("d"));
        assertTrue(view.statusText().contains("bursts"), view.statusText());
        Path shot = Ui.screenshot("single-neuron-perspective");
        assertTrue(Files.size(shot) > 20_000);
        view.showTab(2);
        assertTrue(view.showsEquationImage(), "equations typeset by JLaTeXMath");
        Ui.screenshot("single-neuron-equations");
        view.selectModel("hodgkin-huxley");
        Ui.waitIdle(view);
        assertTrue(view.showsEquationImage());
        Ui.screenshot("single-neuron-equations-hh");
        view.showTab(0);
        Ui.waitIdle(view);
        Ui.screenshot("single-neuron-hodgkin-huxley");
    }

    @Test
    void fiCurveTabShowsTypeOneForIzhikevich() throws Exception {
        view.selectModel("izhikevich");
        Ui.waitIdle(view);
        view.computeFiCurve();
        Ui.waitFor(() -> !view.isFiCurveRunning() && view.fiCurve() != null, 60_000, "f-I curve not done");
        Ui.spin(PlatformUI.getWorkbench().getDisplay(), 200);
        FiCurve curve = view.fiCurve();
        assertEquals(FiCurve.Excitability.CLASS_I, curve.excitability());
        assertTrue(view.fiCurveSummary().contains("type I"), view.fiCurveSummary());
        Ui.screenshot("single-neuron-fi-curve");
        view.showTab(0);
    }

    @Test
    void cheatSheetCommandSetsAParameter() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(
                commands.getCommand("org.neuropynamics.singleneuron.commands.setParameter"),
                Map.of("model", "lif", "name", "I", "value", "25"));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
        Ui.waitIdle(view);
        assertEquals("lif", view.shownExperiment().model().id());
        assertEquals(25, view.shownExperiment().parameter("I"));
        ParameterizedCommand preset = commands.deserialize(
                "org.neuropynamics.singleneuron.commands.applyPreset(model=izhikevich,preset=Fast spiking)");
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(preset, null);
        Ui.waitIdle(view);
        assertEquals(0.1, view.shownExperiment().parameter("a"));
    }
}
