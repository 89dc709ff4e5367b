package org.neuropynamics.stability.ui.tests;

import org.neuropynamics.stability.ui.*;
import org.neuropynamics.ui.tests.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.cheatsheets.ICheatSheetViewer;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuropynamics.core.analysis.Classification;
import org.neuropynamics.stability.phaseplane.Direction;
import org.neuropynamics.stability.phaseplane.Trajectory;
import org.neuropynamics.stability.draw.PlaneFigure;

/**
 * The Stability perspective in the running workbench: the phase plane of FitzHugh-Nagumo with the reference
 * values of docs/reference-values.md, inline errors of typed systems, the 1-D view of I_Na,p with its
 * saddle-node value, the Welcome topic and the cheat sheet. Screenshots go to target/screenshots.
 */
class StabilityTopicTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private Shell shell;

    @BeforeEach
    void openPerspective() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        shell = window.getShell();
        shell.setSize(1400, 900);
        PlatformUI.getWorkbench().showPerspective(StabilityPerspective.ID, window);
        page = window.getActivePage();
        Screenshots.spin(shell.getDisplay(), 200);
    }

    private void waitFor(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out waiting for " + what);
            Screenshots.spin(shell.getDisplay(), 20);
        }
    }

    private PhasePlaneView phasePlane() throws Exception {
        IViewPart part = page.showView(PhasePlaneView.ID);
        assertTrue(part instanceof PhasePlaneView);
        return (PhasePlaneView) part;
    }

    private static double number(String cell) {
        return Double.parseDouble(cell.replace('\u2212', '-'));
    }

    @Test
    void fitzHughNagumoPhasePlaneShowsTheReferenceEquilibriumAndATextbookFigure() throws Exception {
        PhasePlaneView view = phasePlane();
        view.selectSource("fitzhugh-nagumo");
        view.setParameter("I", 0.5);
        view.launch(-2.0, -0.6, Direction.FORWARD);
        view.launch(0.0, 2.0, Direction.FORWARD);
        view.launch(1.8, -1.6, Direction.FORWARD);
        view.launch(-0.7, -0.1, Direction.FORWARD);
        waitFor(() -> view.lastSnapshot() != null && view.lastSnapshot().result().trajectories().size() == 4
                && !view.lastSnapshot().cycles().isEmpty(), "portrait with four trajectories and the limit cycle");
        Screenshots.spin(shell.getDisplay(), 300);
        // reference README, FHN I = 0.5: (-0.8048477, -0.1310597), unstable focus, 0.144110 +- 0.191547i
        TableItem[] rows = view.tables().equilibriumTable().getItems();
        assertEquals(1, rows.length);
        assertEquals(-0.8048477, number(rows[0].getText(1)), 1e-7);
        assertEquals(-0.1310597, number(rows[0].getText(2)), 1e-7);
        assertEquals("unstable focus", rows[0].getText(3));
        assertTrue(rows[0].getText(4).startsWith("0.14411"), rows[0].getText(4));
        assertTrue(view.tables().jacobianLabel().getText().contains("J = [["), view.tables().jacobianLabel().getText());
        PlaneFigure figure = view.figure();
        assertEquals(Classification.UNSTABLE_FOCUS, figure.portrait().equilibria().get(0).type());
        assertEquals(1, figure.portrait().nullclines().xNullcline().size());
        // the limit cycle: period 39.474414980241 (SciPy reference, see core LimitCycleTest)
        assertEquals(39.474414980241, figure.cycles().get(0).period(), 1e-5);
        assertTrue(figure.cycles().get(0).stable());
        for (Trajectory t : figure.portrait().trajectories()) {
            assertEquals(Trajectory.Stop.TIME_LIMIT, t.stop(), "orbits wind onto the cycle and stay in the window");
        }
        // the time course of the selected (last launched) trajectory: it starts at t = 0 from (-0.7, -0.1)
        Trajectory selected = view.series().trajectory();
        assertTrue(selected == figure.portrait().trajectories().get(3), "the series shows the selected trajectory");
        assertEquals(0, selected.t()[0], 0);
        assertEquals(-0.7, selected.x()[0], 1e-12);
        assertEquals(-0.1, selected.y()[0], 1e-12);
        // check boxes show their options' state (limit cycles and separatrices are on by default)
        assertTrue(checkBox(view.canvas().getShell(), "limit cycles").getSelection());
        assertTrue(checkBox(view.canvas().getShell(), "separatrices").getSelection());
        assertTrue(!checkBox(view.canvas().getShell(), "scaled by speed").getSelection());
        Path shot = Screenshots.save(shell, "stability-perspective-fhn");
        assertTrue(Files.size(shot) > 20_000);
        Path dir = shot.getParent();
        Exports.png(figure, 1000, 800, dir.resolve("fhn-phase-plane.png"));
        Exports.svg(figure, 1000, 800, dir.resolve("fhn-phase-plane.svg"));
        Exports.csv(figure, dir.resolve("fhn-phase-plane.csv"));
        assertTrue(Files.readString(dir.resolve("fhn-phase-plane.svg")).contains("v' = 0"));
        assertTrue(Files.readString(dir.resolve("fhn-phase-plane.csv")).contains("equilibrium,1,,-0.804847"));
        assertTrue(Files.size(dir.resolve("fhn-phase-plane.png")) > 30_000);
    }

    @Test
    void invalidTypedSystemShowsTheColumnAndKeepsTheLastPicture() throws Exception {
        PhasePlaneView view = phasePlane();
        view.selectSource("Van der Pol");
        waitFor(() -> view.lastSnapshot() != null && view.lastSnapshot().result().xName().equals("x")
                && view.lastSnapshot().result().equilibria().size() == 1, "van der Pol portrait");
        PlaneFigure before = view.figure();
        assertEquals(Classification.UNSTABLE_FOCUS, before.portrait().equilibria().get(0).type());
        SystemEditor editor = view.editor();
        editor.setSource("par mu=1\nx' = y\ny' = mu*(1 - x^2)*y -* x\n");
        String error = editor.errorText();
        assertTrue(error.startsWith("line 3, column 22:"), error);
        StyledText text = findStyledText(view);
        StyleRange[] styles = text.getStyleRanges();
        assertEquals(1, styles.length, "one underline");
        assertEquals(text.getOffsetAtLine(2) + 21, styles[0].start, "underline starts at the column");
        Screenshots.spin(shell.getDisplay(), 300);
        assertSame(before.portrait(), view.figure().portrait(), "the last valid picture stays");
        Screenshots.save(shell, "stability-typed-error");
        editor.setSource("par mu=2\nx' = y\ny' = mu*(1 - x^2)*y - x\n");
        assertEquals("", editor.errorText());
    }

    private static StyledText findStyledText(PhasePlaneView view) {
        return find(view.canvas().getShell(), StyledText.class);
    }

    private static <T extends Control> T find(Control c, Class<T> type) {
        if (type.isInstance(c) && c.isVisible()) {
            return type.cast(c);
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (Control child : comp.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void persistentSodiumStabilityViewShowsEquilibriaAndTheSaddleNode() throws Exception {
        PhaseLineView view = (PhaseLineView) page.showView(PhaseLineView.ID);
        view.selectModel("inap");
        view.setParameter("I", 0);
        waitFor(() -> view.picture() != null && !view.picture().folds().isEmpty()
                && view.picture().line().equilibria().size() == 3, "phase line at I = 0");
        // reference README: -52.5123, -40.2855, 30.8632; saddle-node 15.7758880035 (mpmath, see SaddleNodeTest)
        double[] v = view.picture().line().equilibria().stream().mapToDouble(e -> e.state()[0]).toArray();
        assertEquals(-52.5123, v[0], 1e-4);
        assertEquals(-40.2855, v[1], 1e-4);
        assertEquals(30.8632, v[2], 1e-4);
        assertEquals(15.7758880035, view.picture().folds().get(0).value(), 1e-6);
        assertEquals(Arrays.asList(1, -1, 1, -1),
                view.picture().line().flow().stream().map(f -> f.direction()).toList());
        Screenshots.spin(shell.getDisplay(), 300);
        Screenshots.save(shell, "stability-inap");
        view.setParameter("I", 18);
        waitFor(() -> view.picture().line().equilibria().size() == 1, "one equilibrium above the fold");
    }

    @Test
    void topicIsOnTheWelcomePageAndTheCheatSheetOpens() throws Exception {
        boolean listed = false;
        for (IConfigurationElement e : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.neuropynamics.ui.topics")) {
            listed |= "org.neuropynamics.stability".equals(e.getAttribute("id"))
                    && StabilityPerspective.ID.equals(e.getAttribute("perspective"));
        }
        assertTrue(listed, "topic contributed");
        new OpenCheatSheetAction("org.neuropynamics.stability.ui.cheatsheet").run();
        Screenshots.spin(shell.getDisplay(), 500);
        IViewPart sheet = page.findView("org.eclipse.ui.cheatsheets.views.CheatSheetView");
        assertNotNull(sheet);
        ICheatSheetViewer viewer = (ICheatSheetViewer) sheet.getClass().getMethod("getCheatSheetViewer").invoke(sheet);
        assertEquals("org.neuropynamics.stability.ui.cheatsheet", viewer.getCheatSheetID());
        Screenshots.save(shell, "stability-cheatsheet");
        page.hideView(sheet);
    }

    private static org.eclipse.swt.widgets.Button checkBox(org.eclipse.swt.widgets.Composite parent, String text) {
        for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Button b && (b.getStyle() & org.eclipse.swt.SWT.CHECK) != 0
                    && text.equals(b.getText())) {
                return b;
            }
            if (c instanceof org.eclipse.swt.widgets.Composite k) {
                org.eclipse.swt.widgets.Button found = checkBox(k, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
