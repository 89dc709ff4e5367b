package org.neuropynamics.network.ui;

import java.util.List;
import java.util.function.Supplier;

import org.neuropynamics.network.figures.NetworkFigures;
import org.neuropynamics.network.figures.PopulationRates;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.RateRecording;
import org.neuropynamics.plot.render.ChartPainter;
import org.neuropynamics.ui.figures.Painting;

/**
 * Population rates over time (Hz per neuron), one line per group, coloured as in the raster. Uses the rate
 * monitors of the network; groups without one are binned from their spikes ({@link PopulationRates}).
 */
public final class PopulationRateView extends ResultView {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.rates";

    /** The rate of every population and input: its rate monitor's if it has one, else binned spikes. */
    public List<RateRecording> rates() {
        return PopulationRates.of(result());
    }

    @Override
    public boolean hasData() {
        return !rates().isEmpty();
    }

    @Override
    protected String emptyMessage() {
        return "Run a network to see the rate of each population here.";
    }

    @Override
    protected Painting painting() {
        var chart = NetworkFigures.rates("Population rates", result());
        return (c, w, h) -> ChartPainter.paint(c, w, h, chart);
    }

    @Override
    protected Supplier<String> csv() {
        NetworkResult r = result();
        return () -> NetworkFigures.ratesCsv(r);
    }

    @Override
    protected String exportName() {
        return "rates";
    }
}
