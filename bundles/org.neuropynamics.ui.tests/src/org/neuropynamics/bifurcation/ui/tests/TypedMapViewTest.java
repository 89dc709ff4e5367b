package org.neuropynamics.bifurcation.ui.tests;

import org.neuropynamics.plot.render.FigureFiles;
import org.neuropynamics.bifurcation.ui.*;
import org.neuropynamics.ui.tests.Screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.bifurcation.maps.OrbitDiagram;

/**
 * Maps typed like systems in the Maps and Chaos view: the Henon map's orbit diagram, its largest Lyapunov
 * exponent at a = 1.4 (0.41922, Sprott 2003) and its attractor; an error named at its line; the typed
 * logistic map equal to the catalogue's. Screenshots: henon-map, henon-map-orbit, typed-map-error.
 */
class TypedMapViewTest {

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

    /** Closes the view so that other tests find the catalogue map again. */
    @AfterEach
    void closeView() {
        var view = page.findView(MapsView.ID);
        if (view != null) {
            // the view keeps its typed map for the next start; back to the catalogue map first
            ((MapsView) view).selectMap("logistic");
            page.hideView(view);
        }
    }

    private void waitFor(BooleanSupplier condition, String what, long seconds) {
        long end = System.currentTimeMillis() + seconds * 1000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out waiting for " + what);
            Screenshots.spin(shell.getDisplay(), 20);
        }
    }

    @Test
    void henonMapOrbitDiagramLyapunovExponentAndAttractor() throws Exception {
        MapsView view = (MapsView) page.showView(MapsView.ID);
        view.showTypedPanel();
        waitFor(() -> !view.isRunning() && view.diagram() != null && view.model().dimension() == 2,
                "the Henon orbit diagram", 60);
        assertEquals("", view.typedMapError());
        OrbitDiagram d = view.diagram();
        int last = d.parameter().length - 1;
        assertEquals(0.2, d.parameter()[0], 1e-12);
        assertEquals(1.4, d.parameter()[last], 1e-12);
        // 2000 iterations per column: the exponent to about 0.02
        assertEquals(0.41922, d.lyapunov()[last], 0.03, "Henon map at a = 1.4, b = 0.3");
        assertTrue(d.lyapunov()[0] < 0, "a stable fixed point at a = 0.2");
        // the iterates at a = 1.4 fill the attractor inside |x| < 1.3, |y| < 0.4
        Chart attractor = view.rightCanvas().chart();
        assertTrue(attractor.title().startsWith("Iterates at a = 1.4000"), attractor.title());
        double[] xs = attractor.layers().get(0).x();
        assertEquals(5000, xs.length);
        assertTrue(java.util.Arrays.stream(xs).allMatch(x -> Math.abs(x) < 1.3));
        Screenshots.save(shell, "henon-map");
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        FigureFiles.write(dir.resolve("henon-map-orbit.png"), true, 1000, 650, FigureFiles.painter(view.orbitCanvas().chart(), 1000, 650));
        FigureFiles.write(dir.resolve("henon-map-attractor.png"), true, 700, 650, FigureFiles.painter(attractor, 700, 650));
    }

    @Test
    void cheatSheetStepOpensTheHenonMap() throws Exception {
        closeView();
        CheatSheetCommands.run(window, "typed=true");
        MapsView view = (MapsView) page.findView(MapsView.ID);
        waitFor(() -> !view.isRunning() && view.diagram() != null && view.model().dimension() == 2,
                "the cheat sheet's Henon step", 60);
        assertEquals(2, view.model().variableNames().size());
    }

    @Test
    void aTypingErrorIsNamedAtItsLineAndTheFiguresStay() throws Exception {
        MapsView view = (MapsView) page.showView(MapsView.ID);
        view.typeMap("x' = 1 - a*x^2 + y\ny' = b*x +\npar a=1.4, b=0.3\n");
        Screenshots.spin(shell.getDisplay(), 200);
        assertTrue(view.typedMapError().startsWith("line 2, column"), view.typedMapError());
        Screenshots.save(shell, "typed-map-error");
    }

    @Test
    void typedLogisticMapEqualsTheCatalogueOne() throws Exception {
        MapsView view = (MapsView) page.showView(MapsView.ID);
        view.selectMap("logistic");
        waitFor(() -> !view.isRunning() && view.diagram() != null && view.model().id().equals("logistic"),
                "the logistic orbit diagram", 60);
        OrbitDiagram builtIn = view.diagram();
        view.typeMap("x' = r*x*(1-x)\npar r=3.7\ninit x=0.2\n");
        view.varyTyped("r", 2.5, 4);
        waitFor(() -> !view.isRunning() && view.diagram() != null && view.model().id().equals("typed-map")
                && view.diagram().parameter()[0] == 2.5, "the typed logistic orbit diagram", 60);
        OrbitDiagram typed = view.diagram();
        assertEquals(builtIn.parameter().length, typed.parameter().length);
        for (int i = 0; i < typed.parameter().length; i++) {
            assertEquals(builtIn.parameter()[i], typed.parameter()[i], 0);
            assertEquals(builtIn.points()[i][0], typed.points()[i][0], 0, "r = " + typed.parameter()[i]);
        }
        assertTrue(view.rightCanvas().chart().title().startsWith("Cobweb"), "a cobweb for a 1-D map");
    }
}
