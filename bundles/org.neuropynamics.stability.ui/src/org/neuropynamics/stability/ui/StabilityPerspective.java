package org.neuropynamics.stability.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Stability perspective: the phase plane large, the 1-D stability view beside it in a tab. */
public final class StabilityPerspective implements IPerspectiveFactory {

    /** Perspective id. */
    public static final String ID = "org.neuropynamics.stability.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        IFolderLayout main = layout.createFolder("stability.main", IPageLayout.LEFT, 0.55f, layout.getEditorArea());
        main.addView(PhasePlaneView.ID);
        main.addView(PhaseLineView.ID);
        layout.addShowViewShortcut(PhasePlaneView.ID);
        layout.addShowViewShortcut(PhaseLineView.ID);
        layout.addPerspectiveShortcut(ID);
    }
}
