package org.neuropynamics.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.stability.ui.PhasePlaneView;
import org.neuropynamics.stability.ui.StabilityPerspective;
import org.neuropynamics.stability.ui.editor.OdeEditor;
import org.neuropynamics.ui.RecentFiles;
import org.neuropynamics.ui.internal.OpenFileAction;

/**
 * Files from the File menu and work that is not lost: File &gt; Open of an {@code .ode} file (the .ode editor, see
 * OdeEditorTest), the phase plane's own Open .ode of a broken file (its error at line and column), File &gt; Open
 * Recent, a typed system that
 * survives the view being closed and created again from the stored session, and the save prompt when a
 * window with an unsaved typed system closes.
 */
class FilesAndSessionsTest {

    @org.junit.jupiter.api.AfterAll
    static void backToWelcome() throws Exception {
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    /** Van der Pol with mu = 1: one equilibrium at the origin, J = [[0, 1], [-1, 1]], eigenvalues (1 +- i sqrt 3)/2. */
    static final String VAN_DER_POL = "# van der Pol\npar mu=1\nx' = y\ny' = mu*(1 - x^2)*y - x\ndone\n";

    @TempDir
    Path dir;

    private IWorkbenchWindow window;
    private Shell shell;

    @BeforeEach
    void window() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        shell = window.getShell();
        shell.setSize(1280, 720);
    }

    @AfterEach
    void leaveThePhasePlaneClean() throws Exception {
        PhasePlaneView view = (PhasePlaneView) window.getActivePage().findView(PhasePlaneView.ID);
        if (view != null && view.isDirty()) {
            view.selectSource("fitzhugh-nagumo");
        }
    }

    /** Opens the file in the phase plane as its Open .ode... button does. */
    private PhasePlaneView openWithThePhasePlanesButton(Path file) throws Exception {
        PlatformUI.getWorkbench().showPerspective(StabilityPerspective.ID, window);
        IWorkbenchPage page = window.getActivePage();
        PhasePlaneView view = (PhasePlaneView) page.showView(PhasePlaneView.ID);
        view.openFile(file);
        Screenshots.spin(shell.getDisplay(), 200);
        return view;
    }

    @Test
    void fileOpenShowsAnOdeFileInTheEditorAndListsItInOpenRecent() throws Exception {
        Path file = dir.resolve("vdp.ode");
        Files.writeString(file, VAN_DER_POL);
        new OpenFileAction(window).open(file);
        Screenshots.spin(shell.getDisplay(), 200);
        assertTrue(window.getActivePage().getActiveEditor() instanceof OdeEditor,
                "File > Open of an .ode file opens the .ode editor");
        assertEquals(file.toAbsolutePath().normalize(), RecentFiles.list().get(0));
        List<String> recent = menuItems("File", "Open Recent");
        assertTrue(recent.get(0).contains("vdp.ode") && recent.get(0).contains(dir.toString()), recent.toString());
        Screenshots.save(shell, "file-open-ode");
        window.getActivePage().closeAllEditors(false);
    }

    @Test
    void thePhasePlanesOpenButtonShowsABrokenFilesErrorAtItsLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.ode");
        Files.writeString(file, "par mu=1\nx' = y\ny' = mu*(1 - x^2)*y -* x\n");
        PhasePlaneView view = openWithThePhasePlanesButton(file);
        assertEquals("File: broken.ode", view.sourceLabel());
        String error = view.editor().errorText();
        assertTrue(error.startsWith("line 3, column 22:"), error);
        Screenshots.save(shell, "file-open-broken-ode");
    }

    @Test
    void aMissingRecentFileSaysWhyAndLeavesTheList() throws Exception {
        Path gone = dir.resolve("gone.ode");
        Files.writeString(gone, VAN_DER_POL);
        RecentFiles.add(gone);
        Files.delete(gone);
        DialogAnswer ok = DialogAnswer.press(shell.getDisplay(), "OK");
        new OpenFileAction(window).open(gone);
        assertTrue(ok.answered, "an error was shown");
        assertTrue(String.join(" ", ok.texts).contains("no such file"), ok.toString());
        assertFalse(RecentFiles.list().contains(gone.toAbsolutePath().normalize()));
    }

    @Test
    void closingTheViewAsksToSaveAndTheSavedSystemComesBack() throws Exception {
        Path file = dir.resolve("mine.ode");
        Files.writeString(file, VAN_DER_POL);
        PhasePlaneView view = openWithThePhasePlanesButton(file);
        view.editor().type("# my change: mu stays 1\n");
        assertTrue(view.isDirty(), "typing makes the system dirty");

        IWorkbenchPage page = window.getActivePage();
        DialogAnswer save = DialogAnswer.press(shell.getDisplay(), "Save");
        page.hideView(view);
        assertTrue(save.answered, "closing the view with unsaved changes asked: " + save);
        assertTrue(Files.readString(file).contains("# my change: mu stays 1"), "Save wrote the file");
        assertTrue(Files.readString(file).strip().endsWith("done"));

        PhasePlaneView again = (PhasePlaneView) page.showView(PhasePlaneView.ID);
        assertNotSame(view, again, "a new view, created from the stored session");
        assertEquals("File: mine.ode", again.sourceLabel());
        assertEquals(file.toAbsolutePath().normalize(), again.file());
        assertTrue(again.editor().source().contains("# my change: mu stays 1"), again.editor().source());
        assertFalse(again.isDirty());
    }

    @Test
    void afterACrashTheUnsavedTypedSystemComesBackUnsaved() throws Exception {
        Path file = dir.resolve("crash.ode");
        Files.writeString(file, VAN_DER_POL);
        PhasePlaneView view = openWithThePhasePlanesButton(file);
        view.editor().type("# typed, never saved\n");
        Screenshots.spin(shell.getDisplay(), 700);
        // what a crash leaves: the session stored after the last edit
        Path session = PhasePlaneView.sessionFile();
        String stored = Files.readString(session);
        assertTrue(stored.contains("typed, never saved"), stored);

        IWorkbenchPage page = window.getActivePage();
        DialogAnswer dontSave = DialogAnswer.press(shell.getDisplay(), "Don't Save");
        page.hideView(view);
        assertTrue(dontSave.answered);
        assertFalse(Files.readString(file).contains("never saved"), "Don't Save leaves the file alone");
        assertFalse(Files.readString(session).contains("never saved"), "and drops the change from the session");

        Files.writeString(session, stored); // the workbench died before the view could close
        PhasePlaneView again = (PhasePlaneView) page.showView(PhasePlaneView.ID);
        assertTrue(again.editor().source().contains("# typed, never saved"), again.editor().source());
        assertEquals(file.toAbsolutePath().normalize(), again.file());
        assertTrue(again.isDirty(), "recovered, still unsaved");
        Screenshots.save(shell, "phase-plane-recovered");
        again.selectSource("fitzhugh-nagumo");
    }

    @Test
    void closingAWindowWithAnUnsavedTypedSystemAsksToSaveIt() throws Exception {
        Path file = dir.resolve("prompt.ode");
        Files.writeString(file, VAN_DER_POL);
        IWorkbenchWindow main = window;
        IWorkbenchWindow second = PlatformUI.getWorkbench().openWorkbenchWindow(StabilityPerspective.ID, null);
        try {
            PhasePlaneView view = (PhasePlaneView) second.getActivePage().showView(PhasePlaneView.ID);
            view.openFile(file);
            view.editor().type("# unsaved\n");
            assertTrue(view.isDirty());

            DialogAnswer cancel = DialogAnswer.press(shell.getDisplay(), "Cancel");
            assertFalse(second.close(), "Cancel keeps the window open");
            assertTrue(cancel.answered, "closing the window asked: " + cancel);
            assertTrue(String.join(" ", cancel.texts).contains("Phase Plane"), cancel.toString());

            DialogAnswer save = DialogAnswer.press(shell.getDisplay(), "Save");
            assertTrue(second.close());
            assertTrue(save.answered);
            assertTrue(Files.readString(file).contains("# unsaved"), "Save wrote the file");
        } finally {
            if (second.getShell() != null) {
                second.close();
            }
            main.getShell().setActive();
        }
    }

    private List<String> menuItems(String top, String sub) {
        Menu menu = find(shell.getMenuBar(), top).getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        Screenshots.spin(shell.getDisplay(), 50);
        Menu submenu = find(menu, sub).getMenu();
        submenu.notifyListeners(SWT.Show, new Event());
        Screenshots.spin(shell.getDisplay(), 50);
        List<String> texts = new ArrayList<>();
        for (MenuItem item : submenu.getItems()) {
            texts.add(item.getText().replace("&", ""));
        }
        submenu.notifyListeners(SWT.Hide, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }

    static MenuItem find(Menu menu, String text) {
        for (MenuItem item : menu.getItems()) {
            String plain = item.getText().replace("&", "");
            int tab = plain.indexOf('\t');
            if ((tab >= 0 ? plain.substring(0, tab) : plain).equals(text)) {
                return item;
            }
        }
        throw new AssertionError("no menu item " + text + " in " + List.of(menu.getItems()));
    }
}
