package org.neuropynamics.network.ui;

import java.util.function.Supplier;

import org.neuropynamics.network.figures.WeightFigures;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.plot.render.ChartPainter;
import org.neuropynamics.ui.figures.Painting;

/** The final weights of every STDP projection as a histogram over [0, w_max], the initial weights dashed. */
public final class WeightHistogramView extends ResultView {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.weightHistogram";

    @Override
    public boolean hasData() {
        return result() != null && !result().weights().isEmpty();
    }

    @Override
    protected String emptyMessage() {
        return "Set a projection's Plasticity to STDP and run the network to see its weights here.";
    }

    @Override
    protected Painting painting() {
        var chart = WeightFigures.histogram("Weight histogram", result(), network() == null ? "" : WeightFigures.weightUnit(network()));
        return (c, w, h) -> ChartPainter.paint(c, w, h, chart);
    }

    @Override
    protected Supplier<String> csv() {
        NetworkResult r = result();
        return () -> WeightFigures.histogramCsv(r);
    }

    @Override
    protected String exportName() {
        return "weight-histogram";
    }
}
