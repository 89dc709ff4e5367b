package org.neuropynamics.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuropynamics.bifurcation.ui.BifurcationPerspective;
import org.neuropynamics.bifurcation.ui.ContinuationView;
import org.neuropynamics.singleneuron.ui.SingleNeuronView;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.stability.ui.PhaseLineView;
import org.neuropynamics.stability.ui.PhasePlaneView;
import org.neuropynamics.stability.ui.StabilityPerspective;

/**
 * Readouts that say what they measure: the single-neuron rate over the time the input is on, against the
 * closed form of the perfect integrator; the equilibrium type column; the continuation panel cleared when a
 * new diagram replaces the one its time series belonged to.
 */
class ReadoutsTest {

    @org.junit.jupiter.api.AfterAll
    static void backToWelcome() throws Exception {
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    private IWorkbenchWindow window;
    private Shell shell;

    @BeforeEach
    void window() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        shell = window.getShell();
        shell.setSize(1280, 720);
    }

    @Test
    void firingRateIsCountedWhileTheInputIsOn() throws Exception {
        PlatformUI.getWorkbench().showPerspective("org.neuropynamics.singleneuron.perspective", window);
        window.getActivePage().showView(SingleNeuronView.ID);
        Composite view = Widgets.named(shell, Composite.class, SingleNeuronView.ID);
        chooseModel(view, "perfect-integrator");
        Widgets.type(Widgets.find(view, Text.class, "parameter", "tau"), "20");
        Widgets.type(Widgets.find(view, Text.class, "parameter", "I"), "10");
        waitForRun(view, "perfect-integrator", 10);
        // closed form: dv/dt = I/tau from the reset -70 mV to the threshold -50 mV takes 20 tau / I = 40 ms.
        // The course's step is on from 100 to 600 ms: spikes at 140, 180, ..., 580 ms: 12 spikes in 500 ms,
        // 24.0 Hz, and 1000 / 40 ms = 25.0 Hz
        String status = status(view);
        assertTrue(status.startsWith("12 spikes in 100-600 ms (while the input is on): 24.0 Hz;"), status);
        Matcher m = Pattern.compile("mean ISI ([0-9.]+) ms \\(1000/ISI = ([0-9.]+) Hz\\)").matcher(status);
        assertTrue(m.find(), status);
        assertEquals(40.0, Double.parseDouble(m.group(1)), 0.011);
        assertEquals(25.0, Double.parseDouble(m.group(2)), 0.01);
        // the figure's title gives the same rate over the same window and says so (it gave the whole run's
        // 12 / 0.7 s = 17.1 Hz beside the status line's 24.0 Hz); the legend counts the spikes
        FigureCanvas traces = Widgets.named(view, FigureCanvas.class, "traces");
        String name = org.neuropynamics.core.registry.ModelRegistry.getDefault().get("perfect-integrator").name();
        assertEquals(name + " - 24.0 Hz while the input is on", traces.shownFigure().title());

        // one spike has no rate: at I = 1.5 the first crossing takes 20 * 20 / 1.5 = 266.7 ms (at 366.7 ms),
        // the second would come after the input ends
        Widgets.type(Widgets.find(view, Text.class, "parameter", "I"), "1.5");
        waitForRun(view, "perfect-integrator", 1.5);
        assertTrue(status(view).startsWith("1 spike in 100-600 ms (while the input is on); a rate needs two spikes"),
                status(view));
    }

    @Test
    void theHoverReadoutGoesWhileTheContextMenuIsOpen() throws Exception {
        PlatformUI.getWorkbench().showPerspective("org.neuropynamics.singleneuron.perspective", window);
        window.getActivePage().showView(SingleNeuronView.ID);
        Composite view = Widgets.named(shell, Composite.class, SingleNeuronView.ID);
        chooseModel(view, "izhikevich");
        waitForRun(view, "izhikevich", 10);
        FigureCanvas traces = Widgets.named(view, FigureCanvas.class, "traces");
        // the middle of the membrane potential's plot, as last painted
        traces.redraw();
        Waits.until(shell.getDisplay(), () -> !traces.frames().isEmpty(), "the traces painted");
        double[] area = traces.frames().get(0).area();
        org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
        move.x = (int) Math.round(area[0] + area[2] / 2);
        move.y = (int) Math.round(area[1] + area[3] / 2);
        traces.notifyListeners(org.eclipse.swt.SWT.MouseMove, move);
        assertTrue(traces.enableNavigation().isHoverShown(), "hovering the membrane potential shows the readout");
        org.eclipse.swt.widgets.Event menu = new org.eclipse.swt.widgets.Event();
        menu.x = move.x;
        menu.y = move.y;
        traces.notifyListeners(org.eclipse.swt.SWT.MenuDetect, menu);
        assertTrue(!traces.enableNavigation().isHoverShown(), "the context menu hides the readout");
        traces.notifyListeners(org.eclipse.swt.SWT.MouseMove, move);
        assertTrue(traces.enableNavigation().isHoverShown(), "the next move brings it back");
    }

    @Test
    void modelAndEquationsListTheSlidersValues() throws Exception {
        PlatformUI.getWorkbench().showPerspective("org.neuropynamics.singleneuron.perspective", window);
        window.getActivePage().showView(SingleNeuronView.ID);
        Composite view = Widgets.named(shell, Composite.class, SingleNeuronView.ID);
        chooseModel(view, "izhikevich");
        Label parameters = Widgets.named(view, Label.class, "equations-parameters");
        assertTrue(parameters.getText().contains("  I = 10 "), parameters.getText());
        Widgets.type(Widgets.find(view, Text.class, "parameter", "I"), "12");
        assertTrue(parameters.getText().contains("  I = 12 "), parameters.getText());
        assertTrue(parameters.getText().contains("(default 10)"), parameters.getText());
        waitForRun(view, "izhikevich", 12);
    }

    private static void chooseModel(Composite view, String id) {
        Widgets.select(Widgets.named(view, Combo.class, "model"),
                org.neuropynamics.core.registry.ModelRegistry.getDefault().get(id).name());
    }

    private static String status(Composite view) {
        return Widgets.named(view, Label.class, "status").getText();
    }

    /**
     * Until the traces show a run of the model with the input current at {@code current} (the figure model: its
     * title names the model, its input series peaks at the amplitude I).
     */
    private void waitForRun(Composite view, String id, double current) {
        String name = org.neuropynamics.core.registry.ModelRegistry.getDefault().get(id).name();
        FigureCanvas traces = Widgets.named(view, FigureCanvas.class, "traces");
        Waits.until(shell.getDisplay(), () -> {
            Figure f = traces.shownFigure();
            if (f == null || !f.title().startsWith(name + " - ")) {
                return false;
            }
            return f.panels().get(0).series().stream().filter(s -> s.id().equals(SingleNeuronFigure.CURRENT))
                    .anyMatch(s -> java.util.Arrays.stream(s.y()).max().orElse(0) == current);
        }, id + " at I = " + current);
    }

    @Test
    void oneDimensionalStabilityListsModelsByName() throws Exception {
        PlatformUI.getWorkbench().showPerspective(StabilityPerspective.ID, window);
        PhaseLineView view = (PhaseLineView) window.getActivePage().showView(PhaseLineView.ID);
        view.selectModel("inap");
        Combo models = view.modelCombo();
        String name = org.neuropynamics.core.registry.ModelRegistry.getDefault().get("inap").name();
        assertEquals(name, models.getText(), "the model's name, as the other views show it");
        assertTrue(!name.equals("inap"), name);
    }

    @Test
    void theTypeColumnOfACentreSaysItOnce() throws Exception {
        PlatformUI.getWorkbench().showPerspective(StabilityPerspective.ID, window);
        PhasePlaneView view = (PhasePlaneView) window.getActivePage().showView(PhasePlaneView.ID);
        view.openSystem("x' = y\ny' = -x\n");
        Waits.until(shell.getDisplay(), () -> view.lastSnapshot() != null
                && view.lastSnapshot().result().xName().equals("x")
                && view.lastSnapshot().result().equilibria().size() == 1
                && view.tables().equilibriumTable().getItemCount() == 1, "the harmonic oscillator");
        TableItem row = view.tables().equilibriumTable().getItem(0);
        assertEquals("center (non-hyperbolic)", row.getText(3));
        view.selectSource("fitzhugh-nagumo");
    }

    @Test
    void aNewDiagramClearsTheTimeSeriesOfTheOldOne() throws Exception {
        PlatformUI.getWorkbench().showPerspective(BifurcationPerspective.ID, window);
        IWorkbenchPage page = window.getActivePage();
        ContinuationView view = (ContinuationView) page.showView(ContinuationView.ID);
        view.controls().selectModel("fitzhugh-nagumo");
        view.controls().setRange(0, 2);
        view.run();
        Waits.until(shell.getDisplay(), () -> !view.isRunning() && view.diagram() != null
                && view.diagramModel().id().equals("fitzhugh-nagumo"), "the FitzHugh-Nagumo diagram", 120);
        view.select(view.picks().stream().filter(k -> !k.point().isCycle())
                .min((a, b) -> Double.compare(Math.abs(a.x() - 0.5), Math.abs(b.x() - 0.5))).orElseThrow(), false);
        Waits.until(shell.getDisplay(), () -> view.solutionChart() != null, "the time series of a point", 60);

        view.controls().selectModel("morris-lecar");
        view.controls().setRange(0, 300);
        view.run();
        Waits.until(shell.getDisplay(), () -> !view.isRunning() && view.diagram() != null
                && view.diagramModel().id().equals("morris-lecar"), "the Morris-Lecar diagram", 120);
        assertNull(view.solutionChart(), "the FitzHugh-Nagumo time series is gone");
    }
}
