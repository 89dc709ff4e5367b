package org.neuropynamics.bifurcation.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.bifurcation.ui.BifurcationPerspective;
import org.neuropynamics.bifurcation.ui.MapsView;
import org.neuropynamics.ui.tests.DialogAnswer;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * A typed map is a document: saved to an .ode file, dirty after typing, and the workbench asks to save it when the
 * Maps view or its window closes (Save writes the file; Don't Save leaves the file and the stored session alone).
 */
class TypedMapSavePromptTest {

    static final String MAP = "# my logistic map\nx' = r*x*(1-x)\npar r=3.3\ninit x=0.2\n";

    @TempDir
    Path dir;

    @AfterAll
    static void backToWelcome() throws Exception {
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    private MapsView maps(IWorkbenchWindow window) throws Exception {
        PlatformUI.getWorkbench().showPerspective(BifurcationPerspective.ID, window);
        return (MapsView) window.getActivePage().showView(MapsView.ID);
    }

    @Test
    void closingTheViewWithAnUnsavedTypedMapAsksToSaveIt() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        IWorkbenchPage page = window.getActivePage();
        MapsView view = maps(window);
        view.typeMap(MAP);
        assertFalse(view.isDirty(), "a map just set is not dirty");
        Path file = dir.resolve("logistic.ode");
        assertTrue(view.saveTypedMapTo(file));
        assertEquals(MAP, Files.readString(file));
        assertEquals(file.toAbsolutePath().normalize(), view.typedMapFile());

        view.typeIntoMap("# typed after saving\n");
        assertTrue(view.isDirty(), "typing makes the map dirty");
        DialogAnswer save = DialogAnswer.press(shell.getDisplay(), "Save");
        page.hideView(view);
        assertTrue(save.answered, "closing the view asked: " + save);
        assertTrue(String.join(" ", save.texts).contains("Maps"), save.toString());
        assertEquals(MAP + "# typed after saving\n", Files.readString(file), "Save wrote the file");

        MapsView again = maps(window);
        assertNotSame(view, again);
        assertTrue(again.typedMapSource().contains("# typed after saving"), again.typedMapSource());
        assertEquals(file.toAbsolutePath().normalize(), again.typedMapFile(), "still belongs to its file");
        assertFalse(again.isDirty());

        again.typeIntoMap("# never saved\n");
        DialogAnswer dontSave = DialogAnswer.press(shell.getDisplay(), "Don't Save");
        page.hideView(again);
        assertTrue(dontSave.answered);
        assertFalse(Files.readString(file).contains("never saved"), "Don't Save leaves the file alone");
        assertFalse(Files.readString(MapsView.typedMapSessionFile()).contains("never saved"),
                "and drops the change from the stored session");
        Screenshots.spin(shell.getDisplay(), 100);
    }

    @Test
    void closingAWindowWithAnUnsavedTypedMapAsksToSaveIt() throws Exception {
        IWorkbenchWindow main = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchWindow second = PlatformUI.getWorkbench().openWorkbenchWindow(BifurcationPerspective.ID, null);
        try {
            MapsView view = (MapsView) second.getActivePage().showView(MapsView.ID);
            view.typeMap(MAP);
            Path file = dir.resolve("window.ode");
            assertTrue(view.saveTypedMapTo(file));
            view.typeIntoMap("# unsaved\n");
            assertTrue(view.isDirty());

            DialogAnswer cancel = DialogAnswer.press(main.getShell().getDisplay(), "Cancel");
            assertFalse(second.close(), "Cancel keeps the window open");
            assertTrue(cancel.answered, "closing the window asked: " + cancel);
            assertTrue(String.join(" ", cancel.texts).contains("Maps"), cancel.toString());

            DialogAnswer save = DialogAnswer.press(main.getShell().getDisplay(), "Save");
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
}
