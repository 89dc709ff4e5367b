package org.neuropynamics.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.network.ui.NetworkPerspective;
import org.neuropynamics.ui.internal.OpenFileAction;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * Issue 18: File &gt; Open of a {@code .neuronet} file from another perspective switches to Networks (where its
 * Outline, Properties and result views are); Edit &gt; Undo and Redo are disabled until there is something to
 * undo or redo, and follow the command stack.
 */
class NetworkOpenAndUndoUiTest {

    @TempDir
    Path dir;

    @AfterAll
    static void backToWelcome() throws Exception {
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    @Test
    void fileOpenOfANetworkSwitchesToNetworksAndUndoWaitsForAnEdit() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective("org.neuropynamics.stability.ui.perspective", window);
        Path file = dir.resolve("cuba.neuronet");
        Files.copy(Path.of("../../examples/cuba.neuronet"), file);

        new OpenFileAction(window).open(file);
        Screenshots.spin(window.getShell().getDisplay(), 300);
        IWorkbenchPage page = window.getActivePage();
        assertEquals(NetworkPerspective.ID, page.getPerspective().getId(), "File > Open switched to Networks");
        assertTrue(page.getActiveEditor() instanceof NetworkEditor, "the network editor is active");
        NetworkEditor editor = (NetworkEditor) page.getActiveEditor();
        try {
            var undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
            var redo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
            assertFalse(undo.isEnabled(), "Undo disabled before any edit");
            assertFalse(redo.isEnabled(), "Redo disabled before any edit");
            assertFalse(command(window, IWorkbenchCommandConstants.EDIT_UNDO), "Edit > Undo disabled");
            assertFalse(command(window, IWorkbenchCommandConstants.EDIT_REDO), "Edit > Redo disabled");

            Node first = org.neuropynamics.network.ui.DiagramGeometry.nodes(editor.network()).get(0);
            editor.edits().moveBy(List.of(first), 40, 0);
            Screenshots.spin(window.getShell().getDisplay(), 100);
            assertTrue(undo.isEnabled(), "Undo enabled after a move");
            assertTrue(command(window, IWorkbenchCommandConstants.EDIT_UNDO), "Edit > Undo enabled");
            assertFalse(redo.isEnabled(), "nothing to redo yet");

            editor.undo();
            Screenshots.spin(window.getShell().getDisplay(), 100);
            assertFalse(undo.isEnabled(), "Undo disabled with the history undone");
            assertTrue(redo.isEnabled(), "Redo enabled after Undo");
            assertTrue(command(window, IWorkbenchCommandConstants.EDIT_REDO), "Edit > Redo enabled");
            assertFalse(editor.isDirty(), "back to the file: not dirty");
            Screenshots.save(window.getShell(), "network-open-switches-perspective");
        } finally {
            page.closeEditor(editor, false);
        }
    }

    private static boolean command(IWorkbenchWindow window, String id) {
        Screenshots.spin(window.getShell().getDisplay(), 30);
        return window.getService(ICommandService.class).getCommand(id).isEnabled();
    }
}
