package org.neuropynamics.network.ui.tests;

import org.neuropynamics.ui.tests.DialogAnswer;
import org.neuropynamics.network.ui.*;
import org.neuropynamics.ui.tests.Screenshots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.ui.PathEditorInput;

/**
 * Closing a changed network asks to save, for real: the workbench's dialog appears and is answered as a
 * user would (Save, Don't Save, Cancel), for an editor and for a whole window; Save As writes a new file
 * and goes on editing it while the old file keeps its content.
 */
class NetworkSavePromptUiTest {

    @TempDir
    Path dir;

    @Test
    void closingADirtyEditorPromptsAndSaveWritesTheFile() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "square.neuronet", TestNetworks.square());
        Path file = editor.file();
        editor.edits().moveBy(java.util.List.of(editor.network().getPopulations().get(0)), 40, 0);
        assertTrue(editor.isDirty());
        assertTrue(editor.isSaveOnCloseNeeded());

        DialogAnswer answer = DialogAnswer.press(editor.canvas().getDisplay(), "Save");
        assertTrue(page.closeEditor(editor, true));
        assertTrue(answer.answered, "a save prompt appeared: " + answer);
        assertTrue(answer.buttons.contains("Don't Save") && answer.buttons.contains("Cancel"), answer.toString());
        assertTrue(String.join(" ", answer.texts).contains("square.neuronet"), answer.toString());
        assertEquals(100, NetworkFiles.load(file).getPopulations().get(0).getX(), 0);
        assertNull(page.findEditor(new PathEditorInput(file)));
    }

    @Test
    void dontSaveLeavesTheFileAsItWasAndCancelKeepsTheEditor() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "square.neuronet", TestNetworks.square());
        Path file = editor.file();
        byte[] original = Files.readAllBytes(file);
        editor.edits().delete(java.util.List.of(editor.network().getPopulations().get(1)));

        DialogAnswer cancel = DialogAnswer.press(editor.canvas().getDisplay(), "Cancel");
        assertFalse(page.closeEditor(editor, true));
        assertTrue(cancel.answered, "a save prompt appeared");
        assertNotNull(page.findEditor(new PathEditorInput(file)), "Cancel keeps the editor open");
        assertTrue(editor.isDirty());

        DialogAnswer dontSave = DialogAnswer.press(editor.canvas().getDisplay(), "Don't Save");
        assertTrue(page.closeEditor(editor, true));
        assertTrue(dontSave.answered);
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    void closingAWindowWithADirtyEditorPromptsToo() throws Exception {
        Path file = dir.resolve("square.neuronet");
        NetworkFiles.save(TestNetworks.square(), file);
        IWorkbenchWindow main = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchWindow second = PlatformUI.getWorkbench().openWorkbenchWindow(
                "org.neuropynamics.network.ui.perspective", null);
        try {
            IWorkbenchPage page = second.getActivePage();
            NetworkEditor editor = EditorFixture.open(page, file);
            editor.edits().moveBy(java.util.List.of(editor.network().getInputs().get(0)), 0, 25);

            DialogAnswer cancel = DialogAnswer.press(editor.canvas().getDisplay(), "Cancel");
            assertFalse(second.close(), "Cancel keeps the window open");
            assertTrue(cancel.answered, "closing the window asked: " + cancel);
            DialogAnswer save = DialogAnswer.press(editor.canvas().getDisplay(), "Save");
            assertTrue(second.close());
            assertTrue(save.answered);
            Network back = NetworkFiles.load(file);
            assertEquals(345, back.getInputs().get(0).getY(), 0);
        } finally {
            if (second.getShell() != null) {
                second.close();
            }
            main.getShell().setActive();
        }
    }

    @Test
    void saveAsWritesTheNewFileAndKeepsTheOld() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.openExample(page, dir, "course-network.neuronet");
        Path old = editor.file();
        byte[] original = Files.readAllBytes(old);
        editor.autoLayout();
        double x = editor.network().getPopulations().get(0).getX();
        Path copy = dir.resolve("laid-out.neuronet");

        assertTrue(editor.saveAs(copy));
        assertFalse(editor.isDirty());
        assertEquals(copy, editor.file());
        assertEquals("laid-out.neuronet", editor.getPartName());
        assertEquals(copy, ((PathEditorInput) editor.getEditorInput()).file());
        assertArrayEquals(original, Files.readAllBytes(old), "the old file keeps its content");
        assertEquals(x, NetworkFiles.load(copy).getPopulations().get(0).getX(), 0);
        assertEquals(300, NetworkFiles.load(old).getPopulations().get(0).getX(), 0);

        // later saves go to the new file
        editor.edits().moveBy(java.util.List.of(editor.network().getPopulations().get(0)), 10, 0);
        editor.doSave(null);
        assertEquals(x + 10, NetworkFiles.load(copy).getPopulations().get(0).getX(), 0);
        assertArrayEquals(original, Files.readAllBytes(old));
        IEditorPart found = page.findEditor(new PathEditorInput(copy));
        assertEquals(editor, found);
        page.closeEditor(editor, false);
    }
}
