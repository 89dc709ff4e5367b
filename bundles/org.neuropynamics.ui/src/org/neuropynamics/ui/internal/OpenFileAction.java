package org.neuropynamics.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.neuropynamics.ui.PathEditorInput;
import org.neuropynamics.ui.RecentFiles;

/**
 * File &gt; Open: picks a model or network file and opens it in the editor registered for its extension
 * (topics register editors: the text editor of {@code .ode} files with Run in Phase Plane / Single Neuron, the
 * network editor of {@code .neuronet} files) and remembers it in File &gt; Open Recent.
 */
public class OpenFileAction extends Action implements IWorkbenchAction {

    private IWorkbenchWindow window;

    public OpenFileAction(IWorkbenchWindow window) {
        super("&Open File...");
        this.window = window;
        setId("org.neuropynamics.ui.openFile");
        setActionDefinitionId("org.neuropynamics.ui.commands.openFile");
        setToolTipText("Open a model (.ode) or network (.neuronet) file");
        setImageDescriptor(Images.descriptor("icons/open16.png"));
    }

    /** The platform's text editor, which the registry offers for any text file (such as an unrelated .xml). */
    private static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

    @Override
    public void run() {
        if (window == null) {
            return;
        }
        // a path field with Browse... for the system's chooser (GTK's is taller than a 720-pixel screen)
        Path chosen = org.neuropynamics.ui.widgets.SaveLocation.askOpen(window.getShell(),
                "Open Model or Network (.ode, .neuronet, NeuroML .nml, LEMS .xml)",
                new String[] { "*.ode;*.neuronet;*.nml;*.xml", "*.*" });
        if (chosen != null) {
            open(chosen);
        }
    }

    /** Opens {@code file} in its editor, or tells the user why it cannot. */
    public void open(Path file) {
        if (!Files.isReadable(file)) {
            String why = Files.exists(file) ? "permission denied" : "no such file";
            MessageDialog.openError(window.getShell(), "Open File", "Cannot read " + file + ": " + why + ".");
            if (!Files.exists(file)) {
                RecentFiles.remove(file);
            }
            return;
        }
        String name = file.getFileName().toString();
        IEditorDescriptor editor = window.getWorkbench().getEditorRegistry().getDefaultEditor(name,
                contentType(file, name));
        if (editor != null && TEXT_EDITOR.equals(editor.getId())) {
            // the registry's fallback for any text content type; it cannot show a file outside the workspace
            editor = null;
        }
        if (editor == null) {
            MessageDialog.openInformation(window.getShell(), "Open File",
                    "No editor for '" + name + "' is installed.\n\n"
                            + "Model files (.ode), network files (.neuronet), NeuroML 2 documents (root element "
                            + "<neuroml>) and LEMS files (root element <Lems>) open in the editors of the topics "
                            + "that handle them; other .xml files have no editor here.");
            return;
        }
        try {
            String perspective = perspectiveOf(editor.getId());
            if (perspective != null && (window.getActivePage() == null || window.getActivePage().getPerspective() == null
                    || !perspective.equals(window.getActivePage().getPerspective().getId()))) {
                // a network opens where its result views, Outline and Properties are (issue 18)
                window.getWorkbench().showPerspective(perspective, window);
            }
            org.eclipse.ui.IWorkbenchPage page = window.getActivePage();
            page.openEditor(new PathEditorInput(file), editor.getId());
            if (!page.isEditorAreaVisible()) {
                // perspectives made of views hide the editor area; a file the user opened must be seen
                page.setEditorAreaVisible(true);
            }
            RecentFiles.add(file);
        } catch (org.eclipse.ui.WorkbenchException e) {
            MessageDialog.openError(window.getShell(), "Open File",
                    "Could not open " + name + ": " + e.getMessage());
        }
    }

    /**
     * The perspective of the topic that lists {@code editorId} in its {@code editors} attribute (the network
     * editor: Networks), or null (the .ode editor opens in the perspective the user is in).
     */
    static String perspectiveOf(String editorId) {
        for (org.eclipse.core.runtime.IConfigurationElement e : org.eclipse.core.runtime.Platform.getExtensionRegistry()
                .getConfigurationElementsFor(TopicRegistry.EXTENSION_POINT)) {
            String editors = e.getAttribute("editors");
            if (editors != null && java.util.Arrays.stream(editors.split(",")).map(String::strip)
                    .anyMatch(editorId::equals)) {
                return e.getAttribute("perspective");
            }
        }
        return null;
    }

    /**
     * The content type of a regular file from its name and first 64 KiB (so a .xml file is a LEMS file only with
     * a {@code <Lems>} root); null when it cannot be read (the name alone decides then).
     */
    private static org.eclipse.core.runtime.content.IContentType contentType(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] head = new byte[64 * 1024];
        int n = 0;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0;) {
                n += r;
            }
            return org.eclipse.core.runtime.Platform.getContentTypeManager()
                    .findContentTypeFor(new java.io.ByteArrayInputStream(head, 0, n), name);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    @Override
    public void dispose() {
        window = null;
    }
}
