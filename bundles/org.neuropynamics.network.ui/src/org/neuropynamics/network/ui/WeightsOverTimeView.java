package org.neuropynamics.network.ui;

import java.util.function.Supplier;

import org.neuropynamics.network.figures.WeightFigures;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.plot.render.ChartPainter;
import org.neuropynamics.ui.figures.Painting;

/** The weights of every STDP projection over the run: the mean (thick) over some of its synapses (thin). */
public final class WeightsOverTimeView extends ResultView {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.weights";

    @Override
    public boolean hasData() {
        return result() != null && !result().weights().isEmpty();
    }

    @Override
    protected String emptyMessage() {
        return "Set a projection's Plasticity to STDP and run the network to see its weights over time here.";
    }

    @Override
    protected Painting painting() {
        var chart = WeightFigures.overTime("Weights over time", result(), network() == null ? "" : WeightFigures.weightUnit(network()));
        return (c, w, h) -> ChartPainter.paint(c, w, h, chart);
    }

    @Override
    protected Supplier<String> csv() {
        NetworkResult r = result();
        return () -> WeightFigures.overTimeCsv(r);
    }

    @Override
    protected String exportName() {
        return "weights";
    }
}
