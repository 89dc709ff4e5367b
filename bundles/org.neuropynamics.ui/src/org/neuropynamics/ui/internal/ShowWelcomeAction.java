package org.neuropynamics.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.statushandlers.StatusManager;

/** Help &gt; Welcome: switches to the Welcome perspective and brings the Welcome page to the front. */
public class ShowWelcomeAction extends Action implements IWorkbenchAction {

    private IWorkbenchWindow window;

    public ShowWelcomeAction(IWorkbenchWindow window) {
        super("&Welcome");
        this.window = window;
        setId("org.neuropynamics.ui.welcome");
        setToolTipText("Show the Welcome page with every topic of the workbench");
        setImageDescriptor(Images.descriptor("icons/welcome16.png"));
    }

    @Override
    public void run() {
        if (window == null) {
            return;
        }
        try {
            window.getWorkbench().showPerspective(WelcomePerspective.ID, window);
            window.getActivePage().showView(WelcomeView.ID);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
        } catch (WorkbenchException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
        }
    }

    @Override
    public void dispose() {
        window = null;
    }
}
