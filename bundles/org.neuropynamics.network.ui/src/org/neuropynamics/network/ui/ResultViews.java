package org.neuropynamics.network.ui;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.sim.NetworkResult;

/** Hands a run to every result view of a page: traces, heat map, rates and graph are created, the raster shown. */
final class ResultViews {

    private static final String[] IDS = {VoltageTracesView.ID, HeatMapView.ID, PopulationRateView.ID,
        NetworkGraphView.ID};

    private ResultViews() {
    }

    static void show(IWorkbenchPage page, NetworkResult r, Network network) throws PartInitException {
        for (String id : IDS) {
            ((ResultView) page.showView(id, null, IWorkbenchPage.VIEW_CREATE)).setResult(r, network);
        }
        ((SpikeRasterView) page.showView(SpikeRasterView.ID)).setResult(r);
    }
}
