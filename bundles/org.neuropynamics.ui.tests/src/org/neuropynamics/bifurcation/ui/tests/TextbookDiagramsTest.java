package org.neuropynamics.bifurcation.ui.tests;

import org.neuropynamics.plot.render.FigureFiles;
import org.neuropynamics.bifurcation.ui.*;
import org.neuropynamics.ui.tests.Screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuropynamics.bifurcation.continuation.BifurcationDiagram;
import org.neuropynamics.bifurcation.continuation.Branch;
import org.neuropynamics.bifurcation.continuation.SpecialPoint;
import org.neuropynamics.bifurcation.continuation.SpecialPointType;

/**
 * The FitzHugh-Nagumo and Morris-Lecar diagrams of the Continuation Diagram view as a student gets them, with
 * the special points of AUTO-07p (models.tests data/auto: fhn-special-points.txt, ml-special-points.txt).
 * Screenshots (window and figure) in target/screenshots: fhn-diagram, ml-hopf-diagram, ml-snic-diagram,
 * ml-homoclinic-diagram.
 */
class TextbookDiagramsTest {

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

    /** Closes the view so that other tests do not find these diagrams. */
    @AfterEach
    void closeView() {
        var view = page.findView(ContinuationView.ID);
        if (view != null) {
            page.hideView(view);
        }
    }

    private BifurcationDiagram run(String model, String preset, double from, double to, String variable, String shot)
            throws Exception {
        ContinuationView view = (ContinuationView) page.showView(ContinuationView.ID);
        view.controls().selectModel(model);
        view.controls().selectPreset(preset);
        view.controls().setParameter("I");
        view.controls().setRange(from, to);
        view.controls().setVariable(variable);
        view.controls().setCycles(true);
        view.run();
        waitFor(() -> !view.isRunning() && view.diagram() != null && view.diagram().branches().size() > 1,
                "the continuation of " + model, 180);
        return shoot(view, shot);
    }

    /** Saves the window and the diagram figure, and returns the diagram shown. */
    private BifurcationDiagram shoot(ContinuationView view, String shot) throws Exception {
        Screenshots.spin(shell.getDisplay(), 300);
        Screenshots.save(shell, shot);
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        FigureFiles.write(dir.resolve(shot + "-figure.png"), true, 1000, 650, FigureFiles.painter(view.diagramCanvas().chart(), 1000, 650));
        return view.diagram();
    }

    private void waitFor(BooleanSupplier condition, String what, long seconds) {
        long end = System.currentTimeMillis() + seconds * 1000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out waiting for " + what);
            Screenshots.spin(shell.getDisplay(), 20);
        }
    }

    private static List<SpecialPoint> of(BifurcationDiagram d, SpecialPointType type) {
        return d.specialPoints().stream().filter(s -> s.type() == type).toList();
    }

    @Test
    void fitzHughNagumoCyclesJoinBothHopfPointsThroughTheCanard() throws Exception {
        BifurcationDiagram d = run("fitzhugh-nagumo", "defaults", 0, 2, "v", "fhn-diagram");
        assertEquals(2, d.branches().size(), "one cycle branch, from the first Hopf point to the second");
        Branch cycles = d.branches().get(1);
        assertTrue(cycles.stopReason().contains("Hopf"), cycles.stopReason());
        List<SpecialPoint> lpc = of(d, SpecialPointType.LPC);
        assertEquals(2, lpc.size(), () -> "special points " + d.specialPoints());
        assertEquals(0.3241785225, lpc.get(0).parameter(), 1e-8, "AUTO: canard fold");
        assertEquals(1.4258214775, lpc.get(1).parameter(), 1e-8, "AUTO: second fold of cycles");
    }

    @Test
    void morrisLecarHopfSet() throws Exception {
        BifurcationDiagram d = run("morris-lecar", "defaults", 0, 300, "V", "ml-hopf-diagram");
        List<SpecialPoint> hopf = of(d, SpecialPointType.HB);
        assertEquals(2, hopf.size());
        assertEquals(93.857618285, hopf.get(0).parameter(), 1e-6, "AUTO");
        assertEquals(212.01881620, hopf.get(1).parameter(), 1e-6, "AUTO");
        List<SpecialPoint> lpc = of(d, SpecialPointType.LPC);
        assertEquals(2, lpc.size(), () -> "special points " + d.specialPoints());
        assertEquals(88.293250543, lpc.get(0).parameter(), 1e-7, "AUTO");
        assertEquals(216.89980139, lpc.get(1).parameter(), 1e-7, "AUTO");
        assertEquals(2, d.branches().size(), "the cycles from the first Hopf point end at the second");
    }

    /** The cheat sheet's Morris-Lecar step: the SNIC preset, equilibria and cycles, against AUTO-07p. */
    @Test
    void cheatSheetStepContinuesTheSnicPreset() throws Exception {
        closeView(); // a fresh view, so that no earlier diagram passes for the step's
        CheatSheetCommands.run(window, "preset=SNIC");
        ContinuationView view = (ContinuationView) page.findView(ContinuationView.ID);
        waitFor(() -> !view.isRunning() && view.diagram() != null && view.diagramModel().id().equals("morris-lecar")
                && view.diagram().branches().size() > 1, "the cheat sheet's Morris-Lecar step", 180);
        BifurcationDiagram d = shoot(view, "ml-snic-diagram");
        List<SpecialPoint> lp = of(d, SpecialPointType.LP);
        assertEquals(2, lp.size());
        assertEquals(39.963153093, lp.get(0).parameter(), 1e-7, "AUTO: the saddle-node on the invariant circle");
        assertEquals(97.787889270, of(d, SpecialPointType.HB).get(0).parameter(), 2e-6, "AUTO");
        assertEquals(116.10953743, of(d, SpecialPointType.LPC).get(0).parameter(), 1e-6, "AUTO");
        Branch cycles = d.branches().get(1);
        assertTrue(cycles.stopReason().contains("period exceeded"), cycles.stopReason());
    }

    @Test
    void morrisLecarHomoclinicSet() throws Exception {
        BifurcationDiagram d = run("morris-lecar", "Homoclinic", -20, 150, "V", "ml-homoclinic-diagram");
        assertEquals(36.316218274, of(d, SpecialPointType.HB).get(0).parameter(), 2e-6, "AUTO");
        assertEquals(40.593352892, of(d, SpecialPointType.LPC).get(0).parameter(), 2e-6, "AUTO");
        Branch cycles = d.branches().get(1);
        double end = cycles.points().get(cycles.points().size() - 1).parameter();
        assertEquals(35.006734776, end, 3e-3, "AUTO: the homoclinic orbit");
    }
}
