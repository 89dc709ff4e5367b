package org.neuropynamics.ui.tests;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

/** Leaves the workbench as a user finds it at start (the Welcome perspective), for the tests that follow. */
public final class Perspectives {

    private Perspectives() {
    }

    public static void backToWelcome() throws WorkbenchException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null) {
            PlatformUI.getWorkbench().showPerspective("org.neuropynamics.ui.perspective.welcome", window);
        }
    }
}
