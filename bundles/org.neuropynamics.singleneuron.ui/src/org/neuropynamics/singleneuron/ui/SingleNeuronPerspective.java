package org.neuropynamics.singleneuron.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Single Neuron perspective: the Single Neuron view fills the window; a tutorial opens at its right. */
public class SingleNeuronPerspective implements IPerspectiveFactory {

    /** Perspective id. */
    public static final String ID = "org.neuropynamics.singleneuron.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(SingleNeuronView.ID, false, IPageLayout.LEFT, 0.55f, layout.getEditorArea());
        layout.getViewLayout(SingleNeuronView.ID).setCloseable(false);
        // a tutorial opens at the right with 28 % of the width (it took a third, leaving the figure about 380 px
        // beside the controls at 1280x720, issue 18)
        org.eclipse.ui.IPlaceholderFolderLayout right = layout.createPlaceholderFolder("tutorial", IPageLayout.RIGHT,
                0.72f, SingleNeuronView.ID);
        right.addPlaceholder("org.eclipse.ui.cheatsheets.views.CheatSheetView");
        // Help > Help Contents opens the user guide there too
        right.addPlaceholder("org.neuropynamics.ui.views.guide");
        layout.addShowViewShortcut(SingleNeuronView.ID);
        layout.addPerspectiveShortcut("org.neuropynamics.ui.perspective.welcome");
    }
}
