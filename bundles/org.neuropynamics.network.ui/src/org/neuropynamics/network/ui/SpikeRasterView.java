package org.neuropynamics.network.ui;

import java.util.function.Supplier;

import org.neuropynamics.network.figures.NetworkFigures;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.plot.render.ChartPainter;
import org.neuropynamics.ui.figures.Painting;

/** Spike raster of the last run: one row per neuron, groups stacked and coloured ({@link NetworkFigures#raster}). */
public final class SpikeRasterView extends ResultView {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.raster";

    /** Shows the spikes of a run. */
    public void setResult(NetworkResult r) {
        setResult(r, null);
    }

    @Override
    public boolean hasData() {
        return result() != null;
    }

    @Override
    protected String emptyMessage() {
        return "Run a network (Run in the network editor's palette) to see its spikes here.";
    }

    @Override
    protected Painting painting() {
        var chart = NetworkFigures.raster("Spike raster", result());
        var untitled = chart.withTitle("");
        // as NetworkFigures.raster(title, result, height) draws it (render raster too)
        return (c, w, h) -> ChartPainter.paint(c, w, h, h < NetworkFigures.SHORT_RASTER ? untitled : chart);
    }

    @Override
    protected Supplier<String> csv() {
        NetworkResult r = result();
        return () -> NetworkFigures.rasterCsv(r);
    }

    @Override
    protected String exportName() {
        return "raster";
    }
}
