package org.neuropynamics.network.ui;

import java.util.function.Supplier;

import org.neuropynamics.network.figures.NetworkFigures;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.StateRecording;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.render.FigurePainter;
import org.neuropynamics.ui.figures.Painting;

/**
 * Stacked traces of the state monitors: one panel per recorded neuron (at most
 * {@link NetworkFigures#MAX_TRACES}), one value range for all, sharing the time axis; coloured by population.
 */
public final class VoltageTracesView extends ResultView {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.traces";

    @Override
    public boolean hasData() {
        return result() != null && result().states().stream().anyMatch(s -> s.neurons().length > 0);
    }

    @Override
    protected String emptyMessage() {
        return "Add a state monitor to a population and run the network to see its traces.";
    }

    @Override
    protected Painting painting() {
        Figure f = NetworkFigures.traces(result());
        return (c, w, h) -> {
            FigurePainter.paint(f, c, w, h);
            return null;
        };
    }

    @Override
    protected Supplier<String> csv() {
        NetworkResult r = result();
        return () -> {
            StringBuilder s = new StringBuilder();
            for (StateRecording rec : r.states()) {
                s.append(NetworkFigures.recordingCsv(rec));
            }
            return s.toString();
        };
    }

    @Override
    protected String exportName() {
        return "traces";
    }
}
