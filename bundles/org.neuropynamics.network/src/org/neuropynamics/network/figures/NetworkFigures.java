package org.neuropynamics.network.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.RateRecording;
import org.neuropynamics.network.sim.StateRecording;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.Plot;
import org.neuropynamics.plot.Range;
import org.neuropynamics.plot.Series;

/**
 * The figures of a network run, without a display: spike raster, population rates, heat map of a recorded
 * variable and the recorded traces. The network result views and {@code neuropynamics render raster|rates|
 * heatmap} draw these; each comes with its data as CSV.
 */
public final class NetworkFigures {

    /** At most this many traces are drawn. */
    public static final int MAX_TRACES = 8;
    /** Heat maps keep at most this many columns (the largest sample of each slice, so spikes stay visible). */
    public static final int HEAT_COLUMNS = 1000;

    private NetworkFigures() {
    }

    /** Below this height (pixels) the spike raster is drawn without its title, so its rows keep the height. */
    public static final int SHORT_RASTER = 260;

    /**
     * The spike raster as drawn at a height: without its title when shorter than {@link #SHORT_RASTER} (a short
     * view at 1280x720 with the editor above keeps its height for the rows; the view's tab names the figure). The
     * Spike Raster view and {@code render raster} draw this.
     */
    public static Chart raster(String title, NetworkResult r, int height) {
        Chart chart = raster(title, r);
        return height < SHORT_RASTER ? chart.withTitle("") : chart;
    }

    /**
     * The spike raster: one row per neuron, groups stacked from the bottom in the result's order (populations,
     * then inputs), a tick per spike in the group's colour, grey lines between groups.
     */
    public static Chart raster(String title, NetworkResult r) {
        int total = 0;
        for (GroupSpikes g : r.spikes()) {
            total += g.size();
        }
        double tick = total <= 20 ? 10 : total <= 100 ? 4 : 2;
        List<Chart.Layer> layers = new ArrayList<>();
        int row = 0;
        for (int k = 0; k < r.spikes().size(); k++) {
            GroupSpikes g = r.spikes().get(k);
            double[] y = new double[g.times().length];
            for (int s = 0; s < y.length; s++) {
                y[s] = row + g.neurons()[s] + 0.5;
            }
            layers.add(new Chart.Layer(Chart.Style.TICKS, Palette.group(k), tick, g.times(), y,
                    g.name() + " (" + g.size() + ")"));
            row += g.size();
            if (k + 1 < r.spikes().size()) {
                layers.add(new Chart.Layer(Chart.Style.LINE, 0xBBBBBB, 1, new double[] {0, r.durationMs()},
                        new double[] {row, row}, ""));
            }
        }
        return new Chart(title, "t (ms)", "neuron", new double[] {0, r.durationMs()},
                new double[] {0, Math.max(1, total)}, layers, List.of());
    }

    /** The raster as CSV: group, neuron, spike time. */
    public static String rasterCsv(NetworkResult r) {
        StringBuilder s = new StringBuilder("group,neuron,t_ms\n");
        for (GroupSpikes g : r.spikes()) {
            for (int k = 0; k < g.times().length; k++) {
                s.append(g.name()).append(',').append(g.neurons()[k]).append(',').append(g.times()[k]).append('\n');
            }
        }
        return s.toString();
    }

    /** The rate of every group against time, as steps over its bins, coloured as in the raster. */
    public static Chart rates(String title, NetworkResult r) {
        List<RateRecording> rates = PopulationRates.of(r);
        List<Chart.Layer> layers = new ArrayList<>();
        double max = 1;
        for (int k = 0; k < rates.size(); k++) {
            RateRecording rr = rates.get(k);
            int n = rr.binStarts().length;
            double[] x = new double[2 * n];
            double[] y = new double[2 * n];
            for (int b = 0; b < n; b++) {
                x[2 * b] = rr.binStarts()[b];
                x[2 * b + 1] = Math.min(r.durationMs(), rr.binStarts()[b] + rr.binMs());
                y[2 * b] = rr.ratesHz()[b];
                y[2 * b + 1] = rr.ratesHz()[b];
                max = Math.max(max, rr.ratesHz()[b]);
            }
            layers.add(new Chart.Layer(Chart.Style.LINE, Palette.group(k), 1.6, x, y, rr.group()));
        }
        return new Chart(title, "t (ms)", "rate (Hz)", new double[] {0, r.durationMs()}, new double[] {0, max * 1.08},
                layers, List.of());
    }

    /** The rates as CSV: group, bin start, bin width, rate. */
    public static String ratesCsv(NetworkResult r) {
        StringBuilder s = new StringBuilder("group,bin_start_ms,bin_ms,rate_hz\n");
        for (RateRecording rr : PopulationRates.of(r)) {
            for (int b = 0; b < rr.binStarts().length; b++) {
                s.append(rr.group()).append(',').append(rr.binStarts()[b]).append(',').append(rr.binMs()).append(',')
                        .append(rr.ratesHz()[b]).append('\n');
            }
        }
        return s.toString();
    }

    /** The unit of a variable as the catalogue's models use it: potentials in mV, anything else unitless. */
    public static String unit(String variable) {
        return variable.equals("v") || variable.equals("V") ? "mV" : "";
    }

    /**
     * The heat map of a state recording: one row per recorded neuron (from the bottom), time to the right, the
     * value in viridis with a colour bar; columns are slices of time keeping their largest sample.
     */
    public static Chart heatmap(StateRecording r) {
        double[][] v = r.values();
        int rows = v.length;
        int samples = r.times().length;
        int cols = Math.max(1, Math.min(HEAT_COLUMNS, samples));
        double[][] grid = new double[rows][cols];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int n = 0; n < rows; n++) {
            for (int c = 0; c < cols; c++) {
                int k0 = (int) ((long) c * samples / cols);
                int k1 = Math.max(k0 + 1, (int) ((long) (c + 1) * samples / cols));
                double m = Double.NEGATIVE_INFINITY;
                for (int k = k0; k < k1; k++) {
                    m = Math.max(m, v[n][k]);
                }
                grid[n][c] = m;
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double t0 = r.times()[0];
        double t1 = r.times()[samples - 1];
        String u = unit(r.variable());
        Chart.Heat heat = new Chart.Heat(t0, t1, 0, rows, grid, lo, hi, u.isEmpty() ? r.variable() : r.variable()
                + " (" + u + ")");
        return new Chart(r.population() + ": " + r.variable() + " of " + rows + " neurons", "t (ms)",
                "recorded neuron", new double[] {t0, t1}, new double[] {0, rows}, List.of(), List.of(), heat);
    }

    /** A state recording as CSV: t, then one column per recorded neuron. */
    public static String recordingCsv(StateRecording r) {
        StringBuilder s = new StringBuilder("t_ms");
        for (int n : r.neurons()) {
            s.append(',').append(r.population()).append('#').append(n).append('_').append(r.variable());
        }
        s.append('\n');
        for (int k = 0; k < r.times().length; k++) {
            s.append(r.times()[k]);
            for (double[] row : r.values()) {
                s.append(',').append(row[k]);
            }
            s.append('\n');
        }
        return s.toString();
    }

    /**
     * The recorded traces: one panel per recorded neuron (at most {@link #MAX_TRACES}), one value range for all,
     * sharing the time axis; coloured by population.
     */
    public static Figure traces(NetworkResult r) {
        List<Plot> panels = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<StateRecording> recs = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (StateRecording s : r.states()) {
            for (int n = 0; n < s.neurons().length && recs.size() < MAX_TRACES; n++) {
                recs.add(s);
                rows.add(n);
                for (double v : s.values()[n]) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            lo -= 1;
            hi += 1;
        }
        Range y = new Range(lo, hi).padded(0.05);
        for (int k = 0; k < recs.size(); k++) {
            StateRecording s = recs.get(k);
            int n = rows.get(k);
            String u = unit(s.variable());
            String label = String.format(Locale.ROOT, "%s #%d", s.population(), s.neurons()[n]);
            Series series = Series.line(label, label, s.times(), s.values()[n], Palette.group(groupIndex(r,
                    s.population())));
            Plot p = new Plot("", k == recs.size() - 1 ? "t (ms)" : "", s.variable() + (u.isEmpty() ? "" : " (" + u
                    + ")"), null, List.of(series), new Range(0, r.durationMs()), y, null);
            panels.add(p);
        }
        double[] heights = new double[panels.size()];
        java.util.Arrays.fill(heights, 1);
        return new Figure("", panels, heights);
    }

    private static int groupIndex(NetworkResult r, String group) {
        for (int k = 0; k < r.spikes().size(); k++) {
            if (r.spikes().get(k).name().equals(group)) {
                return k;
            }
        }
        return 0;
    }
}
