package org.neuropynamics.bifurcation.ui.tests;

import org.neuropynamics.plot.render.FigureFiles;
import org.neuropynamics.bifurcation.ui.*;
import org.neuropynamics.ui.tests.Screenshots;
import org.neuropynamics.ui.export.FigureExportActions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuropynamics.bifurcation.draw.DiagramFigure;
import org.neuropynamics.bifurcation.continuation.BifurcationDiagram;
import org.neuropynamics.bifurcation.continuation.SpecialPoint;
import org.neuropynamics.bifurcation.continuation.SpecialPointType;
import org.neuropynamics.bifurcation.maps.OrbitDiagram;
import org.neuropynamics.bifurcation.sweep.SweepResult;

/**
 * The Bifurcation perspective in the running workbench: the HH diagram with the Hopf points AUTO-07p finds
 * (bifurcation.tests data/auto/README.md), the AdEx sweep against Brian2 2.5.1 (models.tests data/brian2), the logistic
 * orbit diagram and its Lyapunov exponent, commands, topic and cheat sheet. Screenshots: target/screenshots.
 */
class BifurcationTopicTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private Shell shell;

    @BeforeEach
    void openPerspective() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        shell = window.getShell();
        shell.setSize(1400, 900);
        PlatformUI.getWorkbench().showPerspective(BifurcationPerspective.ID, window);
        page = window.getActivePage();
        Screenshots.spin(shell.getDisplay(), 200);
    }

    private void waitFor(BooleanSupplier condition, String what, long seconds) {
        long end = System.currentTimeMillis() + seconds * 1000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out waiting for " + what);
            Screenshots.spin(shell.getDisplay(), 20);
        }
    }

    private Path figure(ChartCanvas canvas, String name) throws Exception {
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        FigureFiles.write(file, true, 1000, 650, FigureFiles.painter(canvas.chart(), 1000, 650));
        return file;
    }

    @Test
    void hodgkinHuxleyDiagramShowsBothHopfPointsTheFirstSubcritical() throws Exception {
        ContinuationView view = (ContinuationView) page.showView(ContinuationView.ID);
        view.controls().selectModel("hodgkin-huxley");
        view.controls().setParameter("I");
        view.controls().setRange(0, 200);
        view.controls().setVariable("V");
        view.run();
        waitFor(() -> !view.isRunning() && view.diagram() != null, "the HH continuation", 180);
        BifurcationDiagram d = view.diagram();
        List<SpecialPoint> hopf = d.specialPoints().stream().filter(s -> s.type() == SpecialPointType.HB).toList();
        assertEquals(2, hopf.size(), () -> "special points " + d.specialPoints());
        assertEquals(9.7754, hopf.get(0).parameter(), 1e-3, "AUTO-07p: first Hopf point of HH");
        assertEquals(154.52, hopf.get(1).parameter(), 0.01, "AUTO-07p: second Hopf point");
        assertEquals("subcritical", hopf.get(0).criticality(), "the first Hopf point is subcritical (Hassard 1978; Rinzel and Miller 1980)");
        DiagramFigure f = view.figure();
        assertTrue(f.labels().stream().anyMatch(l -> l.startsWith("HB1 subcritical I=9.775")), () -> "" + f.labels());
        assertTrue(f.labels().stream().anyMatch(l -> l.startsWith("HB2") && l.contains("I=154.5")), () -> "" + f.labels());
        assertTrue(f.labels().stream().anyMatch(l -> l.startsWith("LPC")), "the fold of cycles is labelled");
        assertTrue(f.chart().marks().stream().anyMatch(m -> Math.abs(m.x() - 9.7754) < 1e-3 && Math.abs(m.y() + 59.654) < 1e-2),
                "HB1 is drawn at V = -59.654 mV (AUTO-07p)");

        // a point of the stable spiking cycle at I = 20: hover text and its time series
        DiagramFigure.Pick onCycle = f.picks().stream().filter(p -> p.point().isCycle() && p.point().stable())
                .min((a, b) -> Double.compare(Math.abs(a.x() - 20), Math.abs(b.x() - 20))).orElseThrow();
        assertTrue(view.describe(onCycle).contains("stable limit cycle"), view.describe(onCycle));
        view.select(onCycle, false);
        waitFor(() -> view.solutionChart() != null, "the time series of the chosen cycle", 30);
        Screenshots.spin(shell.getDisplay(), 300);
        Screenshots.save(shell, "hh-diagram");
        figure(view.diagramCanvas(), "hh-diagram-figure");
        Path svg = Path.of(System.getProperty("screenshot.dir", "target/screenshots"), "hh-diagram.svg");
        FigureExportActions.export(view.diagramCanvas(), FigureExportActions.Format.SVG, svg);
        assertTrue(Files.readString(svg).contains("HB1 subcritical"));
        Path csv = svg.resolveSibling("hh-diagram.csv");
        FigureExportActions.export(view.diagramCanvas(), FigureExportActions.Format.CSV, csv);
        assertTrue(Files.readAllLines(csv).stream().anyMatch(l -> l.startsWith("1,HB,9.775")));
    }

    @Test
    void fitzHughNagumoHopfPointsAndDoubleClickOpensThePhasePlane() throws Exception {
        execute("org.neuropynamics.bifurcation.ui.commands.continue",
                Map.of("model", "fitzhugh-nagumo", "param", "I", "from", "0", "to", "2", "variable", "v"));
        ContinuationView view = (ContinuationView) page.findView(ContinuationView.ID);
        waitFor(() -> !view.isRunning() && view.diagram() != null
                && view.diagram().parameter().equals("I") && view.diagramModel().id().equals("fitzhugh-nagumo"),
                "the FHN continuation", 120);
        List<SpecialPoint> hopf = view.diagram().specialPoints().stream().filter(s -> s.type() == SpecialPointType.HB)
                .toList();
        assertEquals(2, hopf.size());
        assertEquals(0.3312813, hopf.get(0).parameter(), 1e-6, "closed form v^2 = 1 - b/tau");
        assertEquals(1.4187187, hopf.get(1).parameter(), 1e-6, "closed form v^2 = 1 - b/tau");
        DiagramFigure.Pick p = view.picks().stream().filter(k -> !k.point().isCycle())
                .min((a, b) -> Double.compare(Math.abs(a.x() - 0.5), Math.abs(b.x() - 0.5))).orElseThrow();
        view.select(p, true);
        Screenshots.spin(shell.getDisplay(), 500);
        assertNotNull(window.getActivePage().findView("org.neuropynamics.stability.ui.views.phasePlane"),
                "double-click opens the phase plane");
        PlatformUI.getWorkbench().showPerspective(BifurcationPerspective.ID, window);
    }

    @Test
    void adexResetSweepStartsOnBrian2sTwoCycle() throws Exception {
        SweepView view = (SweepView) page.showView(SweepView.ID);
        view.showExample("adex");
        view.run();
        waitFor(() -> !view.isRunning() && view.result() != null, "the AdEx sweep", 240);
        SweepResult r = view.result();
        assertEquals(150, r.parameter().length);
        assertEquals(-48.3, r.parameter()[0], 1e-12);
        // Brian2 2.5.1, RK4 dt 0.01 ms: at Vr = -48.3 mV w alternates between 0.2151 and 0.2529 nA
        for (double w : r.spikeValues()[0]) {
            assertTrue(Math.abs(w - 0.2151) < 2e-4 || Math.abs(w - 0.2529) < 2e-4, "w = " + w + " off the 2-cycle");
        }
        Screenshots.save(shell, "adex-sweep");
        figure(view.canvas(), "adex-sweep-figure");
    }

    @Test
    void logisticOrbitDiagramLyapunovAndZoom() throws Exception {
        MapsView view = (MapsView) page.showView(MapsView.ID);
        view.selectMap("logistic"); // a new view shows the typed map when one was shown last (its session)
        view.fullRange();
        waitFor(() -> !view.isRunning() && view.diagram() != null, "the orbit diagram", 60);
        OrbitDiagram d = view.diagram();
        int last = d.parameter().length - 1;
        assertEquals(4.0, d.parameter()[last], 1e-12);
        assertEquals(Math.log(2), d.lyapunov()[last], 0.03, "lambda = ln 2 at r = 4");
        int at32 = index(d, 3.2);
        long distinct = java.util.Arrays.stream(d.points()[at32]).map(x -> Math.round(x * 1e6)).distinct().count();
        assertEquals(2, distinct, "a 2-cycle at r = 3.2");
        assertTrue(d.lyapunov()[at32] < 0);
        Screenshots.save(shell, "logistic-orbit");
        figure(view.orbitCanvas(), "logistic-orbit-figure");
        execute("org.neuropynamics.bifurcation.ui.commands.map",
                Map.of("from", "3.4", "to", "3.6", "xmin", "0.3", "xmax", "0.92", "r", "3.58"));
        waitFor(() -> !view.isRunning() && view.diagram() != null && view.diagram().parameter()[0] == 3.4,
                "the zoomed orbit diagram", 60);
        assertEquals(3.6, view.diagram().parameter()[view.diagram().parameter().length - 1], 1e-12);
        Screenshots.save(shell, "logistic-zoom");
    }

    @Test
    void topicIsListedAndTheCheatSheetOpens() throws Exception {
        boolean listed = false;
        for (IConfigurationElement e : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.neuropynamics.ui.topics")) {
            listed |= BifurcationPerspective.ID.equals(e.getAttribute("perspective"))
                    && "org.neuropynamics.bifurcation.ui.cheatsheet".equals(e.getAttribute("cheatsheet"));
        }
        assertTrue(listed, "topic contributed");
        new OpenCheatSheetAction("org.neuropynamics.bifurcation.ui.cheatsheet").run();
        Screenshots.spin(shell.getDisplay(), 500);
        assertNotNull(page.findView("org.eclipse.ui.cheatsheets.views.CheatSheetView"));
        Screenshots.save(shell, "bifurcation-cheatsheet");
    }

    private static int index(OrbitDiagram d, double r) {
        int best = 0;
        for (int i = 0; i < d.parameter().length; i++) {
            if (Math.abs(d.parameter()[i] - r) < Math.abs(d.parameter()[best] - r)) {
                best = i;
            }
        }
        return best;
    }

    private void execute(String id, Map<String, String> args) throws Exception {
        ICommandService commands = window.getService(ICommandService.class);
        IHandlerService handlers = window.getService(IHandlerService.class);
        handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(id), args), null);
    }
}
