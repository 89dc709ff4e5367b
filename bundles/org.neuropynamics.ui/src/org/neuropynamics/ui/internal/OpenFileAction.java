package org.neuropynamics.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
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
        IEditorDescriptor editor = window.getWorkbench().getEditorRegistry().getDefaultEditor(name);
        if (editor == null) {
            MessageDialog.openInformation(window.getShell(), "Open File",
                    "No editor for '" + name + "' is installed.\n\n"
                            + "Model files (.ode) and network files (.neuronet) open in the editors of the topics "
                            + "that handle them; install or enable those topics to open this file.");
            return;
        }
        try {
            org.eclipse.ui.IWorkbenchPage page = window.getActivePage();
            page.openEditor(new PathEditorInput(file), editor.getId());
            if (!page.isEditorAreaVisible()) {
                // perspectives made of views hide the editor area; a file the user opened must be seen
                page.setEditorAreaVisible(true);
            }
            RecentFiles.add(file);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Open File",
                    "Could not open " + name + ": " + e.getMessage());
        }
    }

    @Override
    public void dispose() {
        window = null;
    }
}
