package org.neuropynamics.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The first perspective a user sees: the Welcome page, with room for editors of opened files. */
public class WelcomePerspective implements IPerspectiveFactory {

    public static final String ID = "org.neuropynamics.ui.perspective.welcome";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(WelcomeView.ID, false, IPageLayout.LEFT, 0.55f, layout.getEditorArea());
        layout.getViewLayout(WelcomeView.ID).setCloseable(true);
        layout.addShowViewShortcut(WelcomeView.ID);
    }
}
