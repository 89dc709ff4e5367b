package org.neuropynamics.singleneuron;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.neuropynamics.core.integrate.CurrentProtocol;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.StateVariable;
import org.neuropynamics.plot.CsvTable;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.Plot;
import org.neuropynamics.plot.Range;
import org.neuropynamics.plot.Series;
import org.neuropynamics.plot.SeriesStyle;

/**
 * The figures of the single-neuron topic, built from one run: the membrane potential with spike markers, the
 * threshold line and the input current on a second axis (as the course notebook drew it), and the recovery or
 * gating variables. The view's charts and {@code neuropynamics render single-neuron} both draw these plots.
 */
public final class SingleNeuronFigure {

    /** Series ids. */
    public static final String VOLTAGE = "voltage";
    /** Series id of the spike markers. */
    public static final String SPIKES = "spikes";
    /** Series id of the threshold line. */
    public static final String THRESHOLD = "threshold";
    /** Series id of the input current. */
    public static final String CURRENT = "current";

    private SingleNeuronFigure() {
    }

    /** Both panels, the potential above the other variables (only the potential for 1-D models). */
    public static Figure figure(NeuronExperiment e, Trace trace) {
        Plot voltage = voltagePlot(e, trace);
        Plot other = variablesPlot(e, trace);
        String title = e.model().name() + " - " + new SpikeTrainView(e, trace).summary();
        if (other == null) {
            return new Figure(title, List.of(voltage), new double[] { 1 });
        }
        return new Figure(title, List.of(voltage, other), new double[] { 3, 2 });
    }

    /** The membrane potential, spikes, threshold and input current. */
    public static Plot voltagePlot(NeuronExperiment e, Trace trace) {
        Model model = e.model();
        StateVariable v = model.variables().get(0);
        double[] t = trace.times();
        double[] vs = trace.values()[0];
        List<Series> series = new ArrayList<>();
        series.add(Series.line(VOLTAGE, withUnit(v.name(), v.unit()), t, vs, Palette.VOLTAGE));
        Range xr = new Range(0, e.duration());
        OptionalDouble threshold = SpikeThreshold.of(model, e.parameters());
        if (threshold.isPresent()) {
            double th = threshold.getAsDouble();
            series.add(new Series(THRESHOLD, SpikeThreshold.label(model) + " (" + fmt(th) + unitSuffix(v.unit()) + ")",
                    new double[] { 0, e.duration() }, new double[] { th, th }, SeriesStyle.DASHED, Palette.THRESHOLD,
                    false));
        }
        double[] spikes = trace.spikeTimes();
        Range vr = Range.of(vs);
        vr = vr == null ? new Range(-1, 1) : vr;
        if (threshold.isPresent()) {
            vr = Range.union(vr, new Range(threshold.getAsDouble(), threshold.getAsDouble()));
        }
        Range padded = vr.padded(0.05);
        double markerLevel = padded.max() + padded.span() * 0.06;
        double[] my = new double[spikes.length];
        java.util.Arrays.fill(my, markerLevel);
        series.add(new Series(SPIKES, "spikes (" + spikes.length + ")", spikes, my, SeriesStyle.MARKERS,
                Palette.SPIKE, false));
        Range yRange = new Range(padded.min(), markerLevel + padded.span() * 0.06);
        String currentTitle = null;
        Range currentRange = null;
        if (model.currentParameterIndex().isPresent()) {
            double[] current = current(e, t);
            String unit = model.parameters().get(model.currentParameterIndex().getAsInt()).unit();
            currentTitle = withUnit("input " + model.currentParameter(), unit);
            series.add(new Series(CURRENT, currentTitle, t, current, SeriesStyle.LINE, Palette.CURRENT, true));
            Range cr = Range.union(Range.of(current), new Range(0, 0));
            // keep the current in the lower part of the panel so it does not hide the spikes
            currentRange = new Range(cr.min() - 0.05 * Math.max(cr.span(), 1e-9),
                    cr.min() + 2.2 * Math.max(cr.span(), Math.abs(cr.max()) + 1e-9));
        }
        return new Plot("Membrane potential", timeTitle(model), withUnit(v.name(), v.unit()), currentTitle, series, xr, yRange,
                currentRange);
    }

    /** The variables after the first (recovery or gating variables), or null for 1-D models. */
    public static Plot variablesPlot(NeuronExperiment e, Trace trace) {
        Model model = e.model();
        if (model.dimension() < 2) {
            return null;
        }
        List<Series> series = new ArrayList<>();
        String unit = null;
        boolean sameUnit = true;
        for (int k = 1; k < model.dimension(); k++) {
            StateVariable sv = model.variables().get(k);
            series.add(Series.line("var-" + sv.name(), withUnit(sv.name(), sv.unit()) + describe(sv), trace.times(),
                    trace.values()[k], Palette.variable(k - 1)));
            sameUnit &= unit == null || unit.equals(sv.unit());
            unit = sv.unit();
        }
        String title = model.dimension() == 2 ? "Recovery variable" : "Gating and slow variables";
        Range all = null;
        for (int k = 1; k < model.dimension(); k++) {
            all = Range.union(all, Range.of(trace.values()[k]));
        }
        boolean fractions = all != null && all.min() >= -1e-6 && all.max() <= 1 + 1e-6;
        String yTitle = model.dimension() == 2 ? withUnit(model.variables().get(1).name(), unit)
                : sameUnit && unit.isEmpty() && fractions ? "gating variable (1)"
                : sameUnit ? withUnit("value", unit) : "value";
        return new Plot(title, timeTitle(model), yTitle, null, series, new Range(0, e.duration()), null, null);
    }

    /**
     * The time axis title: "t (ms)" for models in physical units, plain "t" for dimensionless ones such as
     * FitzHugh-Nagumo or Hindmarsh-Rose (their first, voltage-like variable has no unit).
     */
    public static String timeTitle(Model model) {
        return model.variables().get(0).unit().isEmpty() ? "t" : "t (ms)";
    }

    /** The input current at the sample times. */
    public static double[] current(NeuronExperiment e, double[] t) {
        CurrentProtocol protocol = e.stimulus().protocol(e.amplitude());
        double[] i = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            i[k] = protocol.at(t[k]);
        }
        return i;
    }

    /** The data of a run as a CSV table: t, every variable, the input current. */
    public static CsvTable table(NeuronExperiment e, Trace trace) {
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        names.add("t");
        columns.add(trace.times());
        for (int k = 0; k < trace.variableNames().size(); k++) {
            names.add(trace.variableNames().get(k));
            columns.add(trace.values()[k]);
        }
        if (e.model().currentParameterIndex().isPresent()) {
            names.add(e.model().currentParameter());
            columns.add(current(e, trace.times()));
        }
        return new CsvTable(names, columns);
    }

    private static String describe(StateVariable sv) {
        return sv.description().isEmpty() ? "" : " " + sv.description();
    }

    static String withUnit(String name, String unit) {
        return unit == null || unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    private static String unitSuffix(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1")
                .replaceAll("\\.$", "");
    }

    /**
     * The spike count and rate of a run for the title, over the stimulus window when there is one and saying
     * so: the same window and rate as the view's status line (issue 18: the title gave the whole run's 17.1 Hz
     * beside the status line's 24.0 Hz while the input is on).
     */
    private record SpikeTrainView(NeuronExperiment e, Trace trace) {
        String summary() {
            double[] window = e.inputWindow();
            return SpikeTrain.of(trace.spikeTimes(), window[0], window[1]).headline(windowName(e));
        }
    }

    /** How the readouts name the window of {@link NeuronExperiment#inputWindow()}. */
    public static String windowName(NeuronExperiment e) {
        return e.inputWindowIsPartOfRun() ? "while the input is on" : "over the whole run";
    }
}
