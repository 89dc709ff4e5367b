package org.neuropynamics.singleneuron.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.Range;
import org.neuropynamics.plot.Series;
import org.neuropynamics.plot.render.PlotFrame;
import org.neuropynamics.singleneuron.FiCurve;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.figures.FigureNavigation;
import org.neuropynamics.ui.tests.Widgets;
import org.neuropynamics.ui.widgets.ParameterValues;

/**
 * The Single Neuron perspective driven as a student would, through its widgets: sliders, fields, presets, models,
 * integrator, f-I curve, zoom with the mouse. What the view shows is read from its widgets and its figure model.
 */
class SingleNeuronViewTest {

    private Ui ui;

    @BeforeEach
    void open() throws Exception {
        ui = Ui.openView();
    }

    @Test
    void draggingTheCurrentSliderOnHodgkinHuxleyResimulatesAndShowsTheCoresSpikeCount() {
        ui.selectModel("hodgkin-huxley");
        ui.resetParameters();
        Trace before = ui.waitShown();
        assertEquals("10", ui.field("I").getText());
        Scale slider = ui.slider("I");
        // drag: several selection events as a mouse drag sends them, ending at I = 30
        for (double value : new double[] { 12, 18, 25, 30 }) {
            slider.setSelection(ParameterValues.positionOf(
                    ui.model().parameters().stream().filter(p -> p.name().equals("I")).findFirst().orElseThrow(), value));
            slider.notifyListeners(SWT.Selection, new Event());
        }
        assertEquals("30", ui.field("I").getText());
        Trace after = ui.waitShown();
        assertEquals(30, ui.described().parameter("I"), 1e-9, "the newest slider value is drawn");
        assertFalse(Arrays.equals(before.values()[0], after.values()[0]), "trace changed");
        assertTrue(after.spikeCount() > before.spikeCount(), "more spikes at I = 30 than at 10");
        assertTrue(ui.status().startsWith(after.spikeCount() + " spikes"), ui.status());
        // the figure model: the spike markers are the core's spike times
        assertEquals(after.spikeCount(), ui.series(SingleNeuronFigure.SPIKES).size());
        assertTrue(Arrays.equals(after.spikeTimes(), ui.series(SingleNeuronFigure.SPIKES).x()));
        // the input current on the right axis is 30 while the step is on (10 to 110 ms) and 0 outside
        Series current = ui.series(SingleNeuronFigure.CURRENT);
        assertEquals(30, current.y()[Ui.nearestIndex(current.x(), 60)], 0);
        assertEquals(0, current.y()[Ui.nearestIndex(current.x(), 5)], 0);
    }

    @Test
    void everyModelCanBeChosenAndSimulated() throws Exception {
        assertTrue(Ui.modelIds().containsAll(java.util.List.of("perfect-integrator", "lif", "izhikevich",
                "fitzhugh-nagumo", "hodgkin-huxley", "hh-traub", "adex", "morris-lecar", "inap", "logistic",
                "hindmarsh-rose")), Ui.modelIds().toString());
        assertEquals(Ui.modelIds().size(), ui.modelCombo().getItemCount(), "the chooser lists the registry");
        for (String id : Ui.modelIds()) {
            ui.selectModel(id);
            Trace shown = ui.waitShown();
            assertEquals(id, ui.described().model().id());
            assertTrue(ui.status().matches("\\d+ spikes?.*"), id + ": " + ui.status());
            // the title's rate is over the input window and says so; one spike or none has no rate
            String title = ui.traces().shownFigure().title();
            assertTrue(title.startsWith(ui.described().model().name() + " - ") && (title.endsWith(" Hz while the"
                    + " input is on") || title.endsWith(" Hz over the whole run") || title.contains(" spike")),
                    id + ": " + title);
            int panels = ui.described().model().dimension() < 2 ? 1 : 2;
            assertEquals(panels, ui.traces().shownFigure().panels().size(), id);
            if (id.equals("hindmarsh-rose")) {
                Ui.screenshot("single-neuron-hindmarsh-rose");
            }
        }
    }

    @Test
    void badValuesAreRefusedWithAVisibleMessage() {
        ui.selectModel("izhikevich");
        ui.waitShown();
        Text field = ui.field("d");
        for (String[] bad : new String[][] { { "abc", "not a number" }, { "NaN", "not a finite number" },
                { "25", "must lie in [0, 10]" }, { "-1", "must lie in [0, 10]" } }) {
            Widgets.type(field, bad[0]);
            assertTrue(ui.parameterMessage("d").contains(bad[1]), bad[0] + ": " + ui.parameterMessage("d"));
            assertTrue(ui.parameterMessage("d").contains("kept 8"), ui.parameterMessage("d"));
        }
        Ui.spin(field.getDisplay(), 100);
        try {
            Ui.screenshot("single-neuron-refused-value");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Widgets.type(field, "4");
        assertEquals("", ui.parameterMessage("d"));
        Trace at4 = ui.waitShown();
        assertEquals(4, ui.described().parameter("d"));
        ui.resetParameters();
        assertEquals("8", ui.field("d").getText());
        Trace at8 = ui.waitShown();
        assertFalse(Arrays.equals(at4.values()[1], at8.values()[1]), "u differs with d");
    }

    @Test
    void aDivergingRunShowsTheCoresMessage() {
        ui.selectModel("fitzhugh-nagumo");
        ui.waitShown();
        ui.set("tau", "0.01");
        ui.integrator("euler", "0.5");
        Ui.waitFor(() -> ui.status().startsWith("The simulation diverged: "), 20_000, "the divergence message");
        assertTrue(ui.status().matches(".*[vw] (became|exceeded).* at t = .* ms.*"), ui.status());
        assertFalse(ui.status().contains("Exception"), "no stack trace or class name");
        ui.integrator("rk4", "0.01");
        ui.set("tau", "12.5");
        ui.waitShown();
        assertTrue(ui.status().matches("\\d+ spikes?.*"), ui.status());
    }

    @Test
    void izhikevichChatteringPresetScreenshotAndEquations() throws Exception {
        ui.selectModel("izhikevich");
        ui.waitShown();
        ui.preset("Chattering");
        assertEquals("-50", ui.field("c").getText());
        assertEquals("2", ui.field("d").getText());
        ui.waitShown();
        assertTrue(ui.status().contains("bursts"), ui.status());
        Path shot = Ui.screenshot("single-neuron-perspective");
        assertTrue(Files.size(shot) > 20_000);
        ui.showTab("Model and equations");
        Label formula = Widgets.named(ui.root, Label.class, "equations");
        assertNotNull(formula.getImage(), "equations typeset by JLaTeXMath");
        assertTrue(Widgets.named(ui.root, Label.class, "equations-parameters").getText().contains("  c = -50 mV"),
                Widgets.named(ui.root, Label.class, "equations-parameters").getText());
        Ui.screenshot("single-neuron-equations");
        ui.selectModel("hodgkin-huxley");
        ui.waitShown();
        assertNotNull(formula.getImage());
        Ui.screenshot("single-neuron-equations-hh");
        ui.showTab("Traces");
        Ui.spin(formula.getDisplay(), 100);
        Ui.screenshot("single-neuron-hodgkin-huxley");
    }

    @Test
    void fiCurveTabShowsTypeOneForIzhikevich() throws Exception {
        ui.selectModel("izhikevich");
        ui.waitShown();
        ui.showTab("f-I curve");
        Widgets.click(Widgets.named(ui.root, Button.class, "fi-compute"));
        Figure curve = ui.waitForFiCurve("izhikevich");
        Ui.spin(PlatformUI.getWorkbench().getDisplay(), 200);
        assertEquals("f-I curve: " + FiCurve.Excitability.CLASS_I.label(), curve.panels().get(0).title());
        String summary = ui.label("fi-summary");
        assertTrue(summary.contains("type I"), summary);
        // the summary's onset rate against the highest rate of the curve's data: type I starts slow
        Matcher m = Pattern.compile("at ([0-9.e+-]+) Hz \\(max ([0-9.e+-]+) Hz\\)").matcher(summary);
        assertTrue(m.find(), summary);
        double[] rates = curve.panels().get(0).series().get(0).y();
        assertEquals(Arrays.stream(rates).max().getAsDouble(), Double.parseDouble(m.group(2)),
                1e-3 * Double.parseDouble(m.group(2)), "max in the summary = max of the plotted rates");
        assertTrue(Double.parseDouble(m.group(1)) < FiCurve.CLASS_ONE_ONSET_FRACTION * Double.parseDouble(m.group(2)));
        Ui.screenshot("single-neuron-fi-curve");
        ui.showTab("Traces");
    }

    @Test
    void cheatSheetCommandSetsAParameter() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(
                commands.getCommand("org.neuropynamics.singleneuron.commands.setParameter"),
                Map.of("model", "lif", "name", "I", "value", "25"));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
        ui.waitShown();
        assertEquals("lif", ui.described().model().id());
        assertEquals("25", ui.field("I").getText());
        ParameterizedCommand preset = commands.deserialize(
                "org.neuropynamics.singleneuron.commands.applyPreset(model=izhikevich,preset=Fast spiking)");
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(preset, null);
        ui.waitShown();
        assertEquals("izhikevich", ui.described().model().id());
        assertEquals("0.1", ui.field("a").getText());
    }

    @Test
    void dragZoomsBothPanelsKeepsTheZoomWhileResimulatingAndDoubleClickResets() {
        ui.selectModel("hodgkin-huxley");
        ui.waitShown();
        FigureCanvas canvas = ui.traces();
        PlotFrame top = canvas.frames().get(0);
        PlotFrame bottom = canvas.frames().get(1);
        double[] a = top.area();
        int from = (int) Math.round(top.px(40));
        int to = (int) Math.round(top.px(80));
        // one pixel is the resolution of a mouse zoom
        double pixel = top.xRange().span() / a[2];
        int y0 = (int) (a[1] + 10);
        int y1 = (int) (a[1] + a[3] - 10);
        Widgets.mouse(canvas, SWT.MouseDown, from, y0, 1, 0);
        Widgets.mouse(canvas, SWT.MouseMove, (from + to) / 2, (y0 + y1) / 2, 0, 0);
        Widgets.mouse(canvas, SWT.MouseMove, to, y1, 0, 0);
        Widgets.mouse(canvas, SWT.MouseUp, to, y1, 1, 0);
        Range x = xRange(canvas, 0);
        assertEquals(40, x.min(), 1.5 * pixel);
        assertEquals(80, x.max(), 1.5 * pixel);
        assertEquals(x, xRange(canvas, 1), "the gating panel shares the time axis");
        // the box's height zoomed the potential's axis: y1 is the lower end, y0 the upper
        Range v = canvas.shownFigure().panels().get(0).yRange();
        assertEquals(top.dataY(y1), v.min(), 1e-9);
        assertEquals(top.dataY(y0), v.max(), 1e-9);
        // the painted frames follow the figure model
        Ui.spin(canvas.getDisplay(), 50);
        assertEquals(x.min(), canvas.frames().get(1).xRange().min(), 1e-9);
        // sliders re-simulate while the detail stays in view
        ui.set("I", "20");
        Trace at20 = ui.waitShown();
        assertEquals(20, ui.described().parameter("I"), 1e-12);
        assertEquals(x, xRange(canvas, 0), "the zoom stays");
        assertEquals(x, xRange(canvas, 1));
        assertTrue(Arrays.equals(at20.spikeTimes(), ui.series(SingleNeuronFigure.SPIKES).x()), "the new run shown");
        // the mouse wheel zooms time in by 1.25 around the pointer, on both panels
        Ui.spin(canvas.getDisplay(), 50);
        PlotFrame b = canvas.frames().get(1);
        int px = (int) Math.round(b.px(60));
        double at = b.dataX(px);
        double before = x.span();
        Widgets.wheel(canvas, px, (int) (b.area()[1] + b.area()[3] / 2), 1, 0);
        Range wheeled = xRange(canvas, 0);
        assertEquals(before / FigureNavigation.WHEEL_FACTOR, wheeled.span(), 1e-9 * before);
        assertEquals((at - x.min()) / FigureNavigation.WHEEL_FACTOR, at - wheeled.min(), 1e-9 * before,
                "the point under the pointer stays");
        assertEquals(wheeled, xRange(canvas, 1));
        // Ctrl+wheel zooms the value axis of the panel under the pointer only
        Range gating = canvas.shownFigure().panels().get(1).effectiveYRange(false);
        Ui.spin(canvas.getDisplay(), 50);
        b = canvas.frames().get(1);
        Widgets.wheel(canvas, px, (int) (b.area()[1] + b.area()[3] / 2), -1, SWT.CTRL);
        assertEquals(gating.span() * FigureNavigation.WHEEL_FACTOR,
                canvas.shownFigure().panels().get(1).yRange().span(), 1e-9 * gating.span());
        assertEquals(v, canvas.shownFigure().panels().get(0).yRange(), "the potential's axis is unchanged");
        // Shift-drag pans: 50 pixels to the left moves the time axis by 50 pixels' worth of time to the right
        Ui.spin(canvas.getDisplay(), 50);
        PlotFrame t = canvas.frames().get(0);
        Range shown = t.xRange();
        int cy = (int) (t.area()[1] + t.area()[3] / 2);
        int cx = (int) (t.area()[0] + t.area()[2] / 2);
        Widgets.mouse(canvas, SWT.MouseDown, cx, cy, 1, SWT.SHIFT);
        Widgets.mouse(canvas, SWT.MouseMove, cx - 50, cy, 0, SWT.SHIFT);
        Widgets.mouse(canvas, SWT.MouseUp, cx - 50, cy, 1, SWT.SHIFT);
        double shift = 50 * shown.span() / t.area()[2];
        assertEquals(shown.min() + shift, xRange(canvas, 0).min(), 1e-6 * shown.span());
        assertEquals(shown.span(), xRange(canvas, 1).span(), 1e-6 * shown.span());
        // a double-click shows the whole run again, on both panels
        Widgets.mouse(canvas, SWT.MouseDoubleClick, cx, cy, 1, 0);
        assertEquals(new Range(0, ui.described().duration()), xRange(canvas, 0));
        assertEquals(new Range(0, ui.described().duration()), xRange(canvas, 1));
        assertNull(canvas.shownFigure().panels().get(1).yRange(), "the gating axis fitted to the data again");
        // another model starts with its whole run
        Widgets.mouse(canvas, SWT.MouseDown, from, y0, 1, 0);
        Widgets.mouse(canvas, SWT.MouseMove, to, y1, 0, 0);
        Widgets.mouse(canvas, SWT.MouseUp, to, y1, 1, 0);
        assertTrue(xRange(canvas, 0).span() < 100);
        ui.selectModel("izhikevich");
        ui.waitShown();
        assertEquals(new Range(0, ui.described().duration()), xRange(canvas, 0));
    }

    @Test
    void hoverReadsTheValuesUnderThePointer() {
        ui.selectModel("hodgkin-huxley");
        Trace run = ui.waitShown();
        FigureCanvas canvas = ui.traces();
        PlotFrame top = canvas.frames().get(0);
        int px = (int) Math.round(top.px(50));
        // the readout: the nearest sample of each labelled line series at the pointer's time
        java.util.List<String> lines = FigureNavigation.readout(canvas.shownFigure().panels().get(0), top.dataX(px));
        int k = Ui.nearestIndex(run.times(), top.dataX(px));
        assertTrue(lines.get(0).startsWith("t (ms) = "), lines.toString());
        double v = run.values()[0][k];
        assertTrue(lines.get(1).startsWith("V (mV) = ") && Math.abs(Double.parseDouble(
                lines.get(1).substring(9).replace('\u2212', '-')) - v) <= 1e-3 * Math.max(1, Math.abs(v)),
                lines + " against V = " + v);
        Widgets.mouse(canvas, SWT.MouseMove, px, (int) (top.area()[1] + 20), 0, 0);
        Ui.spin(canvas.getDisplay(), 100);
        try {
            Ui.screenshot("single-neuron-hover");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Widgets.mouse(canvas, SWT.MouseExit, 0, 0, 0, 0);
    }

    private static Range xRange(FigureCanvas canvas, int panel) {
        return canvas.shownFigure().panels().get(panel).effectiveXRange();
    }
}
