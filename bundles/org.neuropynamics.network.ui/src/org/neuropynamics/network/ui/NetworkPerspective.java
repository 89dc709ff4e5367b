package org.neuropynamics.network.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Networks perspective, three columns of the window's full height: the editor at the left; the result
 * views (raster, traces, heat map, rates, network graph) stacked in one folder beside it; the Outline (and a
 * tutorial, Help > Cheat Sheets) above Properties and Network Problems at the right.
 */
public final class NetworkPerspective implements IPerspectiveFactory {

    /** The perspective's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.perspective";

    /** The cheat sheet view of org.eclipse.ui.cheatsheets (its placeholder puts a tutorial above Properties). */
    static final String CHEAT_SHEET_VIEW = "org.eclipse.ui.cheatsheets.views.CheatSheetView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        String editor = layout.getEditorArea();
        // Issue 18: with the results below the editor, a raster was about 150 px tall at 1280x720 and could not
        // be read; beside the editor every result view has the window's height (about 450 px at 1280x720) and
        // the canvas keeps it too. Outline and Properties in a column at the right, a tutorial opened from the
        // Welcome page or Help > Cheat Sheets stacked with the Outline so that it squeezes neither.
        IFolderLayout side = layout.createFolder("side", IPageLayout.RIGHT, 0.75f, editor);
        side.addView(IPageLayout.ID_OUTLINE);
        side.addPlaceholder(CHEAT_SHEET_VIEW);
        // Network Problems (Edit > Validate Network) beside Properties: the result stack keeps five tabs whose
        // titles show whole (six shrank to one letter each at 1280x720)
        IFolderLayout properties = layout.createFolder("properties", IPageLayout.BOTTOM, 0.50f, "side");
        properties.addView(IPageLayout.ID_PROP_SHEET);
        properties.addView(NetworkProblemsView.ID);
        IFolderLayout results = layout.createFolder("results", IPageLayout.RIGHT, 0.52f, editor);
        results.addView(SpikeRasterView.ID);
        results.addView(VoltageTracesView.ID);
        results.addView(HeatMapView.ID);
        results.addView(PopulationRateView.ID);
        results.addView(NetworkGraphView.ID);
        // shown by the first run of a network with STDP projections
        results.addPlaceholder(WeightsOverTimeView.ID);
        results.addPlaceholder(WeightHistogramView.ID);
        // no close buttons in the result stack (the views belong to the perspective; a selected tab's close
        // button shortened the titles)
        for (String id : new String[] {SpikeRasterView.ID, VoltageTracesView.ID, HeatMapView.ID,
            PopulationRateView.ID, NetworkGraphView.ID}) {
            layout.getViewLayout(id).setCloseable(false);
        }
        // Help > Help Contents: the user guide as tall as the window (it opened in the Outline's stack, ~230 px)
        results.addPlaceholder("org.neuropynamics.ui.views.guide");
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
