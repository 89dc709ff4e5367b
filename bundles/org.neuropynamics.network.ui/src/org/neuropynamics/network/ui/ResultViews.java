package org.neuropynamics.network.ui;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.sim.NetworkResult;

/** Hands a run to every result view of a page: traces, heat map, rates and graph are created, the raster shown. */
final class ResultViews {

    private static final String[] IDS = {VoltageTracesView.ID, HeatMapView.ID, PopulationRateView.ID,
        NetworkGraphView.ID};
    /** Created by a run with plastic projections; updated by every run once open. */
    private static final String[] WEIGHT_IDS = {WeightsOverTimeView.ID, WeightHistogramView.ID};

    private ResultViews() {
    }

    /**
     * Shows a run in every result view, each saying which network and run it shows ({@code label}); the raster
     * comes to the top when {@code bringToTop}, else it is only made visible (following the active editor).
     */
    static void show(IWorkbenchPage page, NetworkResult r, Network network, String label, boolean bringToTop)
            throws PartInitException {
        for (String id : IDS) {
            ResultView v = (ResultView) page.showView(id, null, IWorkbenchPage.VIEW_CREATE);
            v.setResult(r, network);
            v.showsRun(label);
        }
        for (String id : WEIGHT_IDS) {
            ResultView v = (ResultView) (r != null && !r.weights().isEmpty()
                    ? page.showView(id, null, IWorkbenchPage.VIEW_CREATE) : page.findView(id));
            if (v != null) {
                v.setResult(r, network);
                v.showsRun(label);
            }
        }
        SpikeRasterView raster = (SpikeRasterView) page.showView(SpikeRasterView.ID, null,
                bringToTop ? IWorkbenchPage.VIEW_ACTIVATE : IWorkbenchPage.VIEW_VISIBLE);
        raster.setResult(r);
        raster.showsRun(label);
    }

    /** Empties the views that show {@code r} (its editor closed). */
    static void forget(IWorkbenchPage page, NetworkResult r) {
        for (String id : java.util.stream.Stream.concat(java.util.Arrays.stream(IDS), java.util.Arrays.stream(
                WEIGHT_IDS)).toList()) {
            if (page.findView(id) instanceof ResultView v && v.result() == r) {
                v.setResult(null, null);
                v.showsRun("");
            }
        }
        if (page.findView(SpikeRasterView.ID) instanceof SpikeRasterView raster && raster.result() == r) {
            raster.setResult(null);
            raster.showsRun("");
        }
    }
}
