package org.neuropynamics.singleneuron.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Single Neuron perspective: the Single Neuron view fills the window. */
public class SingleNeuronPerspective implements IPerspectiveFactory {

    /** Perspective id. */
    public static final String ID = "org.neuropynamics.singleneuron.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(SingleNeuronView.ID, false, IPageLayout.LEFT, 0.55f, layout.getEditorArea());
        layout.getViewLayout(SingleNeuronView.ID).setCloseable(false);
        layout.addShowViewShortcut(SingleNeuronView.ID);
        layout.addPerspectiveShortcut("org.neuropynamics.ui.perspective.welcome");
    }
}
