package org.neuropynamics.stability.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorLauncher;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

/**
 * File &gt; Open (and Open Recent) of an XPPAUT {@code .ode} file: switches to the Stability perspective and
 * shows the file in the Phase Plane view, where its equations can be edited and saved, and a syntax error is
 * shown under the text and underlined at its line and column.
 */
public final class OdeFileLauncher implements IEditorLauncher {

    @Override
    public void open(IPath file) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            return;
        }
        try {
            PlatformUI.getWorkbench().showPerspective(StabilityPerspective.ID, window);
            PhasePlaneView view = (PhasePlaneView) window.getActivePage().showView(PhasePlaneView.ID);
            view.openFile(Path.of(file.toOSString()));
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Open File", "Could not show the phase plane: " + e.getMessage());
        } catch (WorkbenchException e) {
            MessageDialog.openError(window.getShell(), "Open File",
                    "Could not open the Stability perspective: " + e.getMessage());
        }
    }
}
