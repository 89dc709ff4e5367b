package org.neuropynamics.bifurcation.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Bifurcation perspective: continuation diagram, spike-triggered sweep and maps as tabs of one folder. */
public final class BifurcationPerspective implements IPerspectiveFactory {

    /** Perspective id. */
    public static final String ID = "org.neuropynamics.bifurcation.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        IFolderLayout main = layout.createFolder("bifurcation.main", IPageLayout.LEFT, 0.55f, layout.getEditorArea());
        main.addView(ContinuationView.ID);
        main.addView(SweepView.ID);
        main.addView(MapsView.ID);
        layout.addShowViewShortcut(ContinuationView.ID);
        layout.addShowViewShortcut(SweepView.ID);
        layout.addShowViewShortcut(MapsView.ID);
        layout.addPerspectiveShortcut(ID);
    }
}
