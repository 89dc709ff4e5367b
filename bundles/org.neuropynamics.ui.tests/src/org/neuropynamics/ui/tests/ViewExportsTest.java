package org.neuropynamics.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.bifurcation.continuation.SpecialPoint;
import org.neuropynamics.bifurcation.continuation.SpecialPointType;
import org.neuropynamics.bifurcation.ui.BifurcationPerspective;
import org.neuropynamics.bifurcation.ui.ContinuationView;
import org.neuropynamics.bifurcation.ui.MapsView;
import org.neuropynamics.bifurcation.ui.SweepView;
import org.neuropynamics.dendrites.ui.DendritesPerspective;
import org.neuropynamics.dendrites.ui.DendriteView;
import org.neuropynamics.network.ui.HeatMapView;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.network.ui.NetworkGraphView;
import org.neuropynamics.network.ui.PopulationRateView;
import org.neuropynamics.network.ui.ResultView;
import org.neuropynamics.network.ui.SpikeRasterView;
import org.neuropynamics.network.ui.VoltageTracesView;
import org.neuropynamics.network.ui.WeightHistogramView;
import org.neuropynamics.network.ui.WeightsOverTimeView;
import org.neuropynamics.stability.phaseplane.PlaneWindow;
import org.neuropynamics.stability.ui.PhaseLineView;
import org.neuropynamics.stability.ui.PhasePlaneView;
import org.neuropynamics.ui.PathEditorInput;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.w3c.dom.Element;

/**
 * Issue 13, for the views that FigureExportTest (Jeffress) and SingleNeuronExportTest do not cover: each view's
 * PNG, SVG and CSV exported from the GUI next to {@code neuropynamics render} of the same figure at the widget's
 * size. Both PNGs come from the same painter on the Java2D back end, so they must be the same picture: 0 differing
 * pixels. The SVG parses and a label sits where the data puts it (a tick label at the data-to-pixel mapping of
 * the PNG's paint, a bifurcation label near its point); the CSV holds the data.
 */
class ViewExportsTest {

    @TempDir
    Path dir;

    private static IWorkbenchPage page(String perspective) throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setSize(1400, 900);
        PlatformUI.getWorkbench().showPerspective(perspective, window);
        if (PlatformUI.getWorkbench().getIntroManager().getIntro() != null) {
            PlatformUI.getWorkbench().getIntroManager().closeIntro(PlatformUI.getWorkbench().getIntroManager()
                    .getIntro());
        }
        return window.getActivePage();
    }

    private static void waitFor(Shell shell, BooleanSupplier condition, String what, long seconds) {
        long end = System.currentTimeMillis() + seconds * 1000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out waiting for " + what);
            Screenshots.spin(shell.getDisplay(), 50);
        }
        Screenshots.spin(shell.getDisplay(), 300);
    }

    @Test
    void continuationDiagramOfFitzHughNagumo() throws Exception {
        IWorkbenchPage page = page(BifurcationPerspective.ID);
        ContinuationView view = (ContinuationView) page.showView(ContinuationView.ID);
        Shell shell = view.getSite().getShell();
        view.controls().selectModel("fitzhugh-nagumo");
        view.controls().setParameter("I");
        view.controls().setRange(0, 2);
        view.controls().setVariable("v");
        view.run();
        waitFor(shell, () -> !view.isRunning() && view.diagram() != null
                && view.diagramModel().id().equals("fitzhugh-nagumo"), "the FHN continuation", 120);
        RenderComparison c = RenderComparison.of(view.diagramCanvas(), "continuation", "render", "continuation",
                "--model", "fitzhugh-nagumo", "--param", "I", "--from", "0", "--to", "2", "--variable", "v");
        assertEquals(0, c.differing(), "pixels differing between the view's PNG and render's");
        c.assertXTicks();
        // HB1 at the closed-form Hopf point (docs/reference-values.md): its label next to its mark
        SpecialPoint hb = view.diagram().specialPoints().stream().filter(s -> s.type() == SpecialPointType.HB)
                .findFirst().orElseThrow();
        assertEquals(0.3312813, hb.parameter(), 1e-6);
        List<Element> labels = c.textsStartingWith("HB1");
        assertEquals(1, labels.size(), "one HB1 label");
        double dx = Double.parseDouble(labels.get(0).getAttribute("x")) - c.frame().px(hb.parameter());
        double dy = Double.parseDouble(labels.get(0).getAttribute("y")) - c.frame().py(hb.state()[0]);
        assertTrue(Math.hypot(dx, dy) < 150, "HB1's label " + Math.hypot(dx, dy) + " px from its point");
        assertTrue(c.csv().get(0).startsWith("branch,kind,I,stable,period_ms,v,w"), c.csv().get(0));
        assertTrue(c.csv().stream().anyMatch(l -> l.startsWith("1,HB,0.33128")), "HB1 in the CSV");
        // the time series of a picked point: a chart without a table of its own exports the points it draws
        view.select(view.picks().get(view.picks().size() / 2), false);
        waitFor(shell, () -> view.solutionChart() != null, "the time series of a point", 60);
        FigureCanvas solution = RenderComparison.find(shell, "solution");
        assertNotNull(solution, "the time-series widget");
        Path csv = dir.resolve("solution.csv");
        FigureExportActions.export(solution, FigureExportActions.Format.CSV, csv);
        List<String> rows = Files.readAllLines(csv);
        int points = view.solutionChart().layers().stream().mapToInt(l -> (int) java.util.stream.IntStream
                .range(0, l.x().length).filter(i -> !Double.isNaN(l.x()[i]) && !Double.isNaN(l.y()[i])).count())
                .sum() + view.solutionChart().marks().size();
        assertEquals(points + 1, rows.size(), "a row per point drawn and the header");
        assertTrue(rows.get(0).startsWith("series,"), rows.get(0));
        page.hideView(view); // the next test gets a view of its own
    }

    @Test
    void orbitDiagramAndCobwebOfTheLogisticMap() throws Exception {
        IWorkbenchPage page = page(BifurcationPerspective.ID);
        MapsView view = (MapsView) page.showView(MapsView.ID);
        Shell shell = view.getSite().getShell();
        view.selectMap("logistic");
        waitFor(shell, () -> !view.isRunning() && view.diagram() != null && view.model().id().equals("logistic"),
                "the orbit diagram", 60);
        view.mark(3.7);
        Screenshots.spin(shell.getDisplay(), 300);
        RenderComparison orbit = RenderComparison.of(view.orbitCanvas(), "orbit-diagram", "render", "orbit-diagram",
                "--model", "logistic", "--mark", "3.7", "--range", "0:1");
        assertEquals(0, orbit.differing(), "orbit diagram: pixels differing between the view's PNG and render's");
        orbit.assertXTicks();
        assertTrue(orbit.csv().size() > 700, "a row per kept point: " + orbit.csv().size());
        RenderComparison cobweb = RenderComparison.of(view.rightCanvas(), "cobweb", "render", "cobweb", "--model",
                "logistic", "--set", "r=3.7", "--range", "0:1");
        assertEquals(0, cobweb.differing(), "cobweb: pixels differing between the view's PNG and render's");
        cobweb.assertXTicks();
        assertFalse(cobweb.csv().isEmpty());
        page.hideView(view);
    }

    @Test
    void phaseLineOfThePersistentSodiumModel() throws Exception {
        IWorkbenchPage page = page("org.neuropynamics.stability.ui.perspective");
        PhaseLineView view = (PhaseLineView) page.showView(PhaseLineView.ID);
        Shell shell = view.getSite().getShell();
        view.selectModel("inap");
        waitFor(shell, () -> view.picture() != null, "the phase line", 60);
        FigureCanvas canvas = RenderComparison.find(shell, "phase-line");
        assertNotNull(canvas, "the phase-line figure widget");
        RenderComparison c = RenderComparison.of(canvas, "stability-1d", "render", "stability-1d", "--model", "inap",
                "--range", "-100:50");
        assertEquals(0, c.differing(), "pixels differing between the view's PNG and render's");
        c.assertXTicks();
        assertFalse(c.csv().isEmpty());
        page.hideView(view);
    }

    @Test
    void dendriteView() throws Exception {
        IWorkbenchPage page = page(DendritesPerspective.ID);
        DendriteView view = (DendriteView) page.showView(DendriteView.ID);
        Shell shell = view.getSite().getShell();
        view.setInputs(500, 1, 0.9);
        waitFor(shell, () -> !view.isComputing() && view.spread() != null, "the dendrite", 60);
        FigureCanvas canvas = RenderComparison.find(shell, "dendrite");
        assertNotNull(canvas, "the dendrite figure widget");
        RenderComparison c = RenderComparison.of(canvas, "dendrite", "render", "dendrite", "--length", "500",
                "--diameter", "1", "--position", "0.9");
        assertEquals(0, c.differing(), "pixels differing between the view's PNG and render's");
        assertFalse(c.csv().isEmpty());
        assertTrue(c.svg().getElementsByTagName("text").getLength() > 10, "the SVG has its labels");
        page.hideView(view);
    }

    private record Kind(String id, String render) {
    }

    @Test
    void networkResultViewsOfCuba() throws Exception {
        compareNetworkViews("cuba.neuronet", List.of(new Kind(SpikeRasterView.ID, "raster"),
                new Kind(PopulationRateView.ID, "rates"), new Kind(HeatMapView.ID, "heatmap"),
                new Kind(VoltageTracesView.ID, "traces"), new Kind(NetworkGraphView.ID, "network-graph")));
    }

    @Test
    void weightViewsOfStdpSong() throws Exception {
        compareNetworkViews("stdp-song.neuronet", List.of(new Kind(WeightsOverTimeView.ID, "weights"),
                new Kind(WeightHistogramView.ID, "weight-histogram")));
    }

    /** Runs an example in the editor, then each result view against {@code render KIND FILE}. */
    private void compareNetworkViews(String example, List<Kind> kinds) throws Exception {
        IWorkbenchPage page = page("org.neuropynamics.network.ui.perspective");
        Path file = dir.resolve(example);
        Files.copy(Path.of("../../examples/" + example), file);
        NetworkEditor editor = (NetworkEditor) page.openEditor(new PathEditorInput(file), NetworkEditor.ID);
        Shell shell = editor.getSite().getShell();
        for (Kind k : kinds) {
            if (page.findView(k.id()) instanceof ResultView v) {
                v.setResult(null, null); // forget the run of an earlier test
            }
        }
        Job job = editor.run();
        job.join(180_000, null);
        waitFor(shell, () -> page.findView(kinds.get(0).id()) instanceof ResultView r && r.result() != null,
                "the run of " + example, 60);
        for (Kind k : kinds) {
            ResultView view = (ResultView) page.showView(k.id());
            Screenshots.spin(shell.getDisplay(), 400);
            RenderComparison c = RenderComparison.of(view.canvas(), "network-" + k.render(), "render", k.render(),
                    file.toString());
            assertEquals(0, c.differing(), k.render() + ": pixels differing between the view's PNG and render's");
            // the graph of two populations has three labels (title and the populations' names; its tall tab
            // beside the editor, issue 18, leaves room for no more); the charts have their axes' ticks too
            org.w3c.dom.NodeList texts = c.svg().getElementsByTagName("text");
            assertTrue(texts.getLength() >= 3, k.render() + ": the SVG's labels");
            if (k.render().equals("network-graph")) {
                List<String> labels = new java.util.ArrayList<>();
                for (int i = 0; i < texts.getLength(); i++) {
                    labels.add(texts.item(i).getTextContent().trim());
                }
                assertTrue(labels.contains("Excitatory (3200)") && labels.contains("Inhibitory (800)"),
                        "the populations' labels in the SVG: " + labels);
            }
            assertFalse(c.csv().isEmpty(), k.render() + ": CSV");
            if (c.frame() != null) {
                c.assertXTicks();
            }
        }
        page.closeEditor(editor, false);
    }

    @Test
    void phasePlaneOfFitzHughNagumo() throws Exception {
        IWorkbenchPage page = page("org.neuropynamics.stability.ui.perspective");
        PhasePlaneView view = (PhasePlaneView) page.showView(PhasePlaneView.ID);
        Shell shell = view.getSite().getShell();
        view.selectSource("fitzhugh-nagumo");
        view.setParameter("I", 0.5);
        view.clearTrajectories();
        waitFor(shell, () -> view.lastSnapshot() != null && view.lastSnapshot().result().trajectories().isEmpty()
                && !view.lastSnapshot().cycles().isEmpty() && view.figure() != null
                && view.figure().portrait().trajectories().isEmpty()
                && view.figure().selectedEquilibrium() == 0, "the FHN portrait at I = 0.5, shown", 60);
        // the view selects the only equilibrium itself (its ring); render draws it with --selected-equilibrium 0
        assertEquals(0, view.figure().selectedEquilibrium());
        PlaneWindow w = view.figure().portrait().window();
        RenderComparison c = RenderComparison.of(view.canvas(), "phase-plane", "render", "phase-plane", "--model",
                "fitzhugh-nagumo", "--set", "I=0.5", "--window", w.xMin() + ":" + w.xMax() + "," + w.yMin() + ":"
                        + w.yMax(), "--selected-equilibrium", "0");
        assertEquals(0, c.differing(), "pixels differing between the view's PNG and render's");
        c.assertXTicks();
        assertFalse(c.csv().isEmpty());
    }

    @Test
    void spikeTriggeredSweepOfAdEx() throws Exception {
        IWorkbenchPage page = page(BifurcationPerspective.ID);
        SweepView view = (SweepView) page.showView(SweepView.ID);
        Shell shell = view.getSite().getShell();
        view.showExample("adex");
        view.setValues(12);
        view.run();
        waitFor(shell, () -> !view.isRunning() && view.result() != null, "the AdEx sweep", 240);
        RenderComparison c = RenderComparison.of(view.canvas(), "sweep", "render", "sweep", "adex", "--param", "Vr",
                "--from", "-48.3", "--to", "-47.7", "--n", "12", "--observe", "w", "--transient", "1000", "--t",
                "1000");
        assertEquals(0, c.differing(), "pixels differing between the view's PNG and render's");
        c.assertXTicks();
        assertEquals(view.result().points().length + 1, c.csv().size(), "a row per spike and the header");
        page.hideView(view);
    }
}
