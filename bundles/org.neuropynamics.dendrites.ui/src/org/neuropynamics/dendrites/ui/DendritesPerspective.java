package org.neuropynamics.dendrites.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Dendrites perspective: the Jeffress delay line and the dendrite as two tabs of one stack of the window's
 * height; the tutorial's steps bring each forward. Stacked one above the other, each figure was about 220 px tall at
 * 1280x720 and the tutorial beside the upper one as short (issue 18).
 */
public class DendritesPerspective implements IPerspectiveFactory {

    /** Perspective id. */
    public static final String ID = "org.neuropynamics.dendrites.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        org.eclipse.ui.IFolderLayout main = layout.createFolder("main", IPageLayout.LEFT, 0.55f,
                layout.getEditorArea());
        main.addView(JeffressView.ID);
        main.addView(DendriteView.ID);
        layout.addShowViewShortcut(JeffressView.ID);
        layout.addShowViewShortcut(DendriteView.ID);
    }
}
