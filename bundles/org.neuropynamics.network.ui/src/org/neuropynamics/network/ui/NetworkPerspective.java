package org.neuropynamics.network.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Networks perspective: the editor with the Outline and Properties in a column at the right; below the
 * editor, the result views (raster, traces, heat map, rates) stacked in one folder, the network graph to their
 * right.
 */
public final class NetworkPerspective implements IPerspectiveFactory {

    /** The perspective's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        String editor = layout.getEditorArea();
        // Outline and Properties in a column of the window's full height at the right (Properties had two rows
        // at 1280x720), the results under the editor only; the editor keeps two thirds of the height so that the
        // palette's nine tools and a canvas of ~300 px fit at 1280x720 (issue 18)
        IFolderLayout side = layout.createFolder("side", IPageLayout.RIGHT, 0.70f, editor);
        side.addView(IPageLayout.ID_OUTLINE);
        layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.45f, "side");
        IFolderLayout results = layout.createFolder("results", IPageLayout.BOTTOM, 0.66f, editor);
        results.addView(SpikeRasterView.ID);
        results.addView(VoltageTracesView.ID);
        results.addView(HeatMapView.ID);
        results.addView(PopulationRateView.ID);
        results.addView(NetworkProblemsView.ID);
        // shown by the first run of a network with STDP projections
        results.addPlaceholder(WeightsOverTimeView.ID);
        results.addPlaceholder(WeightHistogramView.ID);
        layout.addView(NetworkGraphView.ID, IPageLayout.RIGHT, 0.62f, "results");
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
