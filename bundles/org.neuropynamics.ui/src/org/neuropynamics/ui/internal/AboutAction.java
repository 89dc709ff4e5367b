package org.neuropynamics.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;

/** Help &gt; About Neuropynamics Workbench: the resizable {@link AboutDialog}. */
public class AboutAction extends Action implements IWorkbenchAction {

    private IWorkbenchWindow window;

    public AboutAction(IWorkbenchWindow window) {
        super("&About Neuropynamics Workbench");
        this.window = window;
        setId("org.neuropynamics.ui.about");
        setActionDefinitionId("org.eclipse.ui.help.aboutAction");
        setToolTipText("Version, licences and installed plug-ins");
    }

    @Override
    public void run() {
        if (window != null) {
            new AboutDialog(window.getShell()).open();
        }
    }

    @Override
    public void dispose() {
        window = null;
    }
}
