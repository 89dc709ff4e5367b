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
import org.neuropynamics.ui.charts.TraceChart;
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

    @Test
    void dragZoomsBothLinkedChartsKeepsTheZoomWhileResimulatingAndDoubleClickResets() {
        view.selectModel("hodgkin-huxley");
        Ui.waitIdle(view);
        TraceChart voltage = view.voltageChart();
        org.eclipse.swt.widgets.Control area = voltage.getChart().getPlotArea().getControl();
        org.eclipse.swtchart.IAxis x = voltage.getChart().getAxisSet().getXAxis(0);
        int from = x.getPixelCoordinate(100);
        int to = x.getPixelCoordinate(200);
        int h = area.getSize().y;
        // one data unit per pixel is the resolution of a mouse zoom
        double pixel = (x.getRange().upper - x.getRange().lower) / area.getSize().x;
        mouse(area, SWT.MouseDown, from, 10, 1);
        mouse(area, SWT.MouseMove, (from + to) / 2, h / 2, 0);
        mouse(area, SWT.MouseMove, to, h - 10, 0);
        mouse(area, SWT.MouseUp, to, h - 10, 1);
        assertEquals(100, voltage.getXRange().min(), 1.5 * pixel);
        assertEquals(200, voltage.getXRange().max(), 1.5 * pixel);
        assertEquals(voltage.getXRange(), view.variablesChart().getXRange(), "the gating chart follows the time axis");
        // sliders re-simulate while the detail stays in view
        view.setParameter("I", 20);
        Ui.waitIdle(view);
        assertEquals(20, view.shownExperiment().parameter("I"), 1e-12);
        assertEquals(100, voltage.getXRange().min(), 1.5 * pixel);
        assertEquals(200, voltage.getXRange().max(), 1.5 * pixel);
        // the mouse wheel zooms in by 1.25 around the pointer
        double before = voltage.getXRange().span();
        Event wheel = new Event();
        wheel.x = x.getPixelCoordinate(150);
        wheel.y = h / 2;
        wheel.count = 3;
        area.notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertEquals(before / 1.25, voltage.getXRange().span(), 1e-6 * before);
        assertEquals(view.variablesChart().getXRange(), voltage.getXRange());
        // a double-click shows the whole run again, on both charts
        mouse(area, SWT.MouseDoubleClick, to, h / 2, 1);
        assertEquals(0, voltage.getXRange().min(), 1e-9);
        assertEquals(view.shownExperiment().duration(), voltage.getXRange().max(), 1e-9);
        assertEquals(voltage.getXRange(), view.variablesChart().getXRange());
    }

    private static void mouse(org.eclipse.swt.widgets.Control control, int type, int x, int y, int button) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        control.notifyListeners(type, e);
    }
}
