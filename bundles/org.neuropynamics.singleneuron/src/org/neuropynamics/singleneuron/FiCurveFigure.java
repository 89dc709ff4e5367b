package org.neuropynamics.singleneuron;

import java.util.List;

import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.Plot;
import org.neuropynamics.plot.Range;
import org.neuropynamics.plot.Series;
import org.neuropynamics.plot.SeriesStyle;

/** The plot of an {@link FiCurve}: rate against current, with the class of excitability in the title. */
public final class FiCurveFigure {

    private FiCurveFigure() {
    }

    /** Rate (Hz) against the current parameter, markers joined by lines. */
    public static Plot plot(FiCurve curve) {
        Parameter current = curve.model().parameters().get(curve.model().currentParameterIndex().getAsInt());
        Series s = new Series("rate", "steady firing rate", curve.currents(), curve.ratesHz(),
                SeriesStyle.LINE_AND_MARKERS, Palette.VOLTAGE, false);
        double top = Math.max(1, curve.maxRate() * 1.1);
        return new Plot("f-I curve: " + curve.excitability().label(),
                SingleNeuronFigure.withUnit("input " + current.name(), current.unit()), "rate (Hz)", null, List.of(s),
                new Range(curve.currents()[0], curve.currents()[curve.currents().length - 1]), new Range(0, top), null);
    }
}
