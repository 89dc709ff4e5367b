package org.neuropynamics.network.ui;

import java.util.function.Supplier;

import org.neuropynamics.network.figures.NetworkFigures;
import org.neuropynamics.network.sim.StateRecording;
import org.neuropynamics.plot.render.ChartPainter;
import org.neuropynamics.ui.figures.Painting;

/**
 * Heat map of a recorded state variable: one row per recorded neuron, time to the right, the value as a
 * colour (viridis), with a colour bar in the variable's unit ({@link NetworkFigures#heatmap}).
 */
public final class HeatMapView extends ResultView {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.heatmap";

    /** The recording drawn: the first state recording of the result, or null. */
    public StateRecording recording() {
        if (result() == null || result().states().isEmpty()) {
            return null;
        }
        return result().states().get(0);
    }

    @Override
    public boolean hasData() {
        StateRecording r = recording();
        return r != null && r.times().length > 1 && r.neurons().length > 0;
    }

    @Override
    protected String emptyMessage() {
        return "Add a state monitor to a population and run the network to see its variable as a heat map.";
    }

    @Override
    protected Painting painting() {
        var chart = NetworkFigures.heatmap(recording());
        return (c, w, h) -> ChartPainter.paint(c, w, h, chart);
    }

    @Override
    protected Supplier<String> csv() {
        StateRecording r = recording();
        return () -> NetworkFigures.recordingCsv(r);
    }

    @Override
    protected String exportName() {
        return "heatmap";
    }
}
