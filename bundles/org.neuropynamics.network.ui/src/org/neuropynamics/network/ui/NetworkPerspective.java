package org.neuropynamics.network.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Networks perspective: the editor area above the spike raster. */
public final class NetworkPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(SpikeRasterView.ID, IPageLayout.BOTTOM, 0.55f, layout.getEditorArea());
    }
}
