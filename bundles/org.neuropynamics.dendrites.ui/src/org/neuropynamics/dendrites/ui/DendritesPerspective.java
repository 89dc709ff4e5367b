package org.neuropynamics.dendrites.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Dendrites perspective: the Jeffress delay line and the dendrite side by side. */
public class DendritesPerspective implements IPerspectiveFactory {

    /** Perspective id. */
    public static final String ID = "org.neuropynamics.dendrites.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(JeffressView.ID, IPageLayout.TOP, 0.55f, layout.getEditorArea());
        layout.addView(DendriteView.ID, IPageLayout.BOTTOM, 0.45f, JeffressView.ID);
        layout.addShowViewShortcut(JeffressView.ID);
        layout.addShowViewShortcut(DendriteView.ID);
    }
}
