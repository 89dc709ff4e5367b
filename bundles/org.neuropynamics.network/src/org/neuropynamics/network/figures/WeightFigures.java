package org.neuropynamics.network.figures;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.WeightRecording;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Palette;

/**
 * The figures of the weights of plastic (STDP) projections: the histogram of the final weights (over the initial
 * ones, dashed) and the weights over time (each projection's mean, thick, over some of its synapses, thin). The
 * Weight Histogram and Weights over Time views and {@code neuropynamics render weights|weight-histogram} draw
 * these; each comes with its data as CSV.
 */
public final class WeightFigures {

    /** Bins of the histogram over [0, w_max]. */
    public static final int BINS = 40;
    /** At most this many single synapses are drawn per projection over time. */
    public static final int MAX_SYNAPSE_TRACES = 12;

    private WeightFigures() {
    }

    /** The x range of the histogram: [0, the largest w_max]. */
    private static double wMax(List<WeightRecording> ws) {
        double m = 0;
        for (WeightRecording w : ws) {
            m = Math.max(m, w.wMax());
        }
        return m > 0 ? m : 1;
    }

    /** Counts of {@code values} in {@link #BINS} bins over [0, max] (w_max falls in the last bin). */
    static int[] counts(double[] values, double max) {
        int[] c = new int[BINS];
        for (double v : values) {
            int b = (int) Math.floor(v / max * BINS);
            c[Math.max(0, Math.min(BINS - 1, b))]++;
        }
        return c;
    }

    /**
     * The histogram of final weights of every plastic projection as steps (solid, in the projection's colour),
     * with the initial weights dashed.
     */
    public static Chart histogram(String title, NetworkResult r) {
        return histogram(title, r, "");
    }

    /**
     * The weight axis's title: "w (mV)" with the plastic projections' common weight unit
     * ({@link #weightUnit(org.neuropynamics.network.model.Network)}), "w (model units)" without one (issue 18: a
     * bare "w" said nothing).
     */
    static String axis(String unit) {
        return unit == null || unit.isBlank() ? "w (model units)" : "w (" + unit + ")";
    }

    /**
     * The unit of the weights of the network's plastic projections when they share one, else "": a voltage jump
     * is in the unit of the variable it adds to, an exponential current in the unit of the target model's current
     * parameter, a conductance in that unit per mV (I receives g (E - v); dimensionless when I is in mV).
     */
    public static String weightUnit(org.neuropynamics.network.model.Network network) {
        java.util.Set<String> units = new java.util.LinkedHashSet<>();
        for (org.neuropynamics.network.model.Projection p : network.getProjections()) {
            if (p.getPlasticity() != null) {
                units.add(weightUnit(p));
            }
        }
        return units.size() == 1 ? units.iterator().next() : "";
    }

    /** The unit of one projection's weight ("" when unknown). */
    public static String weightUnit(org.neuropynamics.network.model.Projection p) {
        org.neuropynamics.core.model.Model m;
        try {
            m = p.getTarget() == null || p.getTarget().getModelId() == null ? null
                    : org.neuropynamics.core.registry.ModelRegistry.getDefault().get(p.getTarget().getModelId());
        } catch (RuntimeException e) {
            return "";
        }
        if (m == null || p.getSynapse() == null) {
            return "";
        }
        switch (p.getSynapse()) {
            case VOLTAGE_JUMP -> {
                String v = p.getTargetVariable();
                int k = v == null || v.isEmpty() ? 0 : m.variableIndex(v);
                return k < 0 ? "" : m.variables().get(k).unit();
            }
            case EXPONENTIAL_CURRENT, EXPONENTIAL_CONDUCTANCE, ALPHA_CURRENT, ALPHA_CONDUCTANCE -> {
                int k = m.currentParameter() == null ? -1 : m.parameterIndex(m.currentParameter());
                String u = k < 0 ? "" : m.parameters().get(k).unit();
                if (u == null || u.isBlank()) {
                    return "";
                }
                if (p.getSynapse() == org.neuropynamics.network.model.SynapseKind.EXPONENTIAL_CURRENT
                        || p.getSynapse() == org.neuropynamics.network.model.SynapseKind.ALPHA_CURRENT) {
                    return u;
                }
                // g (E - v) is in the unit of I: with I in mV (a LIF's R I, Brian2's STDP example) g has no unit
                return u.equals("mV") ? "dimensionless" : u + "/mV";
            }
            default -> {
                return "";
            }
        }
    }

    /** The histogram with the weight axis in {@code unit}. */
    public static Chart histogram(String title, NetworkResult r, String unit) {
        List<WeightRecording> ws = r.weights();
        double max = wMax(ws);
        List<Chart.Layer> layers = new ArrayList<>();
        double top = 1;
        for (int k = 0; k < ws.size(); k++) {
            WeightRecording w = ws.get(k);
            int[] before = counts(w.initial(), max);
            int[] after = counts(w.finalWeights(), max);
            for (int b = 0; b < BINS; b++) {
                top = Math.max(top, Math.max(before[b], after[b]));
            }
            int rgb = Palette.group(k);
            layers.add(steps(Chart.Style.DASHED, rgb, 1, before, max, w.projection() + " initial"));
            layers.add(steps(Chart.Style.LINE, rgb, 2, after, max, w.projection() + " final"));
        }
        return new Chart(title, axis(unit), "synapses", new double[] {0, max}, new double[] {0, top * 1.08}, layers,
                List.of());
    }

    private static Chart.Layer steps(Chart.Style style, int rgb, double width, int[] counts, double max,
            String legend) {
        double[] x = new double[2 * BINS + 2];
        double[] y = new double[2 * BINS + 2];
        double bw = max / BINS;
        x[0] = 0;
        y[0] = 0;
        for (int b = 0; b < BINS; b++) {
            x[2 * b + 1] = b * bw;
            x[2 * b + 2] = (b + 1) * bw;
            y[2 * b + 1] = counts[b];
            y[2 * b + 2] = counts[b];
        }
        x[2 * BINS + 1] = max;
        y[2 * BINS + 1] = 0;
        return new Chart.Layer(style, rgb, width, x, y, legend);
    }

    /** The histogram as CSV: projection, bin bounds, initial and final counts. */
    public static String histogramCsv(NetworkResult r) {
        double max = wMax(r.weights());
        StringBuilder s = new StringBuilder("projection,w_low,w_high,initial_count,final_count\n");
        for (WeightRecording w : r.weights()) {
            int[] before = counts(w.initial(), max);
            int[] after = counts(w.finalWeights(), max);
            for (int b = 0; b < BINS; b++) {
                s.append(csv(w.projection())).append(',').append(b * max / BINS).append(',')
                        .append((b + 1) * max / BINS).append(',').append(before[b]).append(',').append(after[b])
                        .append('\n');
            }
        }
        return s.toString();
    }

    /**
     * The weights over time: per projection its mean (thick) and up to {@link #MAX_SYNAPSE_TRACES} synapses
     * spread over the projection (thin); w_max dotted grey. A projection that records no weights shows its mean
     * at the start and at the end only.
     */
    public static Chart overTime(String title, NetworkResult r) {
        return overTime(title, r, "");
    }

    /** The weights over time with the weight axis in {@code unit}. */
    public static Chart overTime(String title, NetworkResult r, String unit) {
        List<Chart.Layer> layers = new ArrayList<>();
        double max = wMax(r.weights());
        for (int k = 0; k < r.weights().size(); k++) {
            WeightRecording w = r.weights().get(k);
            int rgb = Palette.group(k);
            int light = blend(rgb, 0.55);
            double[] t = w.times();
            int n = w.finalWeights().length;
            if (t.length == 0) {
                layers.add(new Chart.Layer(Chart.Style.DASHED, rgb, 2, new double[] {0, r.durationMs()},
                        new double[] {mean(w.initial()), w.meanFinal()}, w.projection() + " mean (not recorded)"));
                continue;
            }
            int traces = Math.min(MAX_SYNAPSE_TRACES, n);
            for (int q = 0; q < traces; q++) {
                int s = (int) ((long) q * n / traces);
                double[] y = new double[t.length];
                for (int i = 0; i < t.length; i++) {
                    y[i] = w.samples()[i][s];
                }
                layers.add(new Chart.Layer(Chart.Style.LINE, light, 0.8, t, y, q == 0 ? w.projection()
                        + " synapses" : ""));
            }
            layers.add(new Chart.Layer(Chart.Style.LINE, rgb, 2.4, t, w.meanOverTime(), w.projection() + " mean"));
        }
        layers.add(new Chart.Layer(Chart.Style.DASHED, 0x888888, 1, new double[] {0, r.durationMs()},
                new double[] {max, max}, "w_max"));
        return new Chart(title, "t (ms)", axis(unit), new double[] {0, r.durationMs()}, new double[] {0, max * 1.05},
                layers, List.of());
    }

    /** The weights over time as CSV: projection, t, then every synapse (source>target) as a column. */
    public static String overTimeCsv(NetworkResult r) {
        StringBuilder s = new StringBuilder();
        for (WeightRecording w : r.weights()) {
            s.append("projection,t_ms");
            for (int k = 0; k < w.sources().length; k++) {
                s.append(",w_").append(w.sources()[k]).append('>').append(w.targets()[k]);
            }
            s.append('\n');
            for (int i = 0; i < w.times().length; i++) {
                s.append(csv(w.projection())).append(',').append(w.times()[i]);
                for (double x : w.samples()[i]) {
                    s.append(',').append(x);
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    /** The colour mixed with white: f = 0 keeps it, 1 gives white. */
    private static int blend(int rgb, double f) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        r = (int) Math.round(r + (255 - r) * f);
        g = (int) Math.round(g + (255 - g) * f);
        b = (int) Math.round(b + (255 - b) * f);
        return (r << 16) | (g << 8) | b;
    }
}
