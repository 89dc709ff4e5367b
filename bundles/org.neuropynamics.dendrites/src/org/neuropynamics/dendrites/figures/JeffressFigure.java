package org.neuropynamics.dendrites.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.dendrites.jeffress.DelayLine;
import org.neuropynamics.dendrites.jeffress.DetectorResponse;
import org.neuropynamics.dendrites.jeffress.JeffressConfig;
import org.neuropynamics.dendrites.jeffress.JeffressModel;
import org.neuropynamics.dendrites.jeffress.JeffressResult;
import org.neuropynamics.dendrites.jeffress.TuningCurve;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.render.Canvas;
import org.neuropynamics.plot.render.Canvas.Align;
import org.neuropynamics.plot.render.ChartGridPainter;

/**
 * The Jeffress figure without a display, in four panels: the delay-line graph (edges bent in proportion to their
 * delay), the detectors' spikes with the input arrivals, the heat map of the detector potentials and the tuning
 * curve. The Jeffress view and {@code neuropynamics render jeffress} paint it.
 *
 * @param result the simulated delay line
 * @param tuning the winner against the interaural time difference
 */
public record JeffressFigure(JeffressResult result, List<TuningCurve.Point> tuning) {

    private static final int LEFT = Palette.X_NULLCLINE;
    private static final int RIGHT = Palette.Y_NULLCLINE;
    private static final int WINNER = 0xFAAA00;

    /** Copies the list. */
    public JeffressFigure {
        tuning = List.copyOf(tuning);
    }

    /** Simulates the configuration and sweeps the tuning curve over 1.2 times the line's span of delays. */
    public static JeffressFigure compute(JeffressConfig config, ModelRegistry registry, RunMonitor monitor) {
        JeffressResult r = JeffressModel.simulate(config, registry, monitor);
        double span = config.line().size() * config.line().delta() * 1.2;
        return new JeffressFigure(r, TuningCurve.sweep(config, -span, span, 41, registry, monitor));
    }

    /** Paints the four panels over {@code width} x {@code height}. */
    public void paint(Canvas d, int width, int height) {
        ChartGridPainter.paint(d, width, height, java.util.Arrays.asList(null, raster(), heat(), curve()), 2);
        graph(d, ChartGridPainter.cell(0, 2, 2, width, height));
    }

    private void graph(Canvas d, double[] r) {
        DelayLine line = result.config().line();
        int n = line.size();
        double top = r[1] + 50;
        double bottom = r[1] + r[3] - 40;
        double lx = r[0] + r[2] / 4;
        double rx = r[0] + 3 * r[2] / 4;
        double maxDelay = (n + 1) * line.delta();
        int winner = result.winner().orElse(0);
        for (int k = 1; k <= n; k++) {
            double dx = detectorX(r, k, n);
            bent(d, LEFT, lx, top, dx, bottom, line.leftDelay(k) / maxDelay * r[2] * 0.25, k == winner);
            bent(d, RIGHT, rx, top, dx, bottom, -line.rightDelay(k) / maxDelay * r[2] * 0.25, k == winner);
        }
        node(d, lx, top, LEFT, "L " + number(result.config().leftTime()) + " ms", true);
        node(d, rx, top, RIGHT, "R " + number(result.config().rightTime()) + " ms", true);
        for (int k = 1; k <= n; k++) {
            node(d, detectorX(r, k, n), bottom, k == winner ? WINNER : 0xA0A0A0, Integer.toString(k), false);
        }
        d.color(Palette.INK);
        d.text("Delay lines: curvature ~ delay; winner " + (winner == 0 ? "none" : winner) + ", k* = "
                + number(result.config().coincidentDetector()), r[0] + r[2] / 2, r[1] + 14, Align.CENTER, 11, false);
    }

    private static double detectorX(double[] r, int k, int n) {
        return r[0] + 30 + (r[2] - 60) * (n == 1 ? 0.5 : (k - 1.0) / (n - 1));
    }

    private static void bent(Canvas d, int rgb, double x0, double y0, double x1, double y1, double bend,
            boolean bold) {
        double cx = (x0 + x1) / 2.0 + bend;
        double cy = (y0 + y1) / 2.0;
        int n = 24;
        double[] xy = new double[2 * (n + 1)];
        for (int k = 0; k <= n; k++) {
            double t = (double) k / n;
            double u = 1 - t;
            xy[2 * k] = u * u * x0 + 2 * u * t * cx + t * t * x1;
            xy[2 * k + 1] = u * u * y0 + 2 * u * t * cy + t * t * y1;
        }
        d.color(rgb);
        d.stroke(bold ? 3 : 1, false);
        d.polyline(xy, n + 1);
        d.stroke(1, false);
    }

    private static void node(Canvas d, double x, double y, int fill, String label, boolean above) {
        d.color(fill);
        d.circle(x, y, 8, true);
        d.color(Palette.INK);
        d.stroke(1, false);
        d.circle(x, y, 8, false);
        d.text(label, x, above ? y - 18 : y + 18, Align.CENTER, 9, false);
    }

    /** The detectors' spikes (ticks), the left arrivals (blue), the right arrivals (red), the input times dashed. */
    public Chart raster() {
        int n = result.detectors().size();
        List<Chart.Layer> layers = new ArrayList<>();
        double top = n + 0.5;
        layers.add(new Chart.Layer(Chart.Style.DASHED, LEFT, 1, new double[] {result.config().leftTime(),
            result.config().leftTime()}, new double[] {0.5, top}, "left input"));
        layers.add(new Chart.Layer(Chart.Style.DASHED, RIGHT, 1, new double[] {result.config().rightTime(),
            result.config().rightTime()}, new double[] {0.5, top}, "right input"));
        double[] la = new double[n];
        double[] ra = new double[n];
        double[] rows = new double[n];
        List<Double> st = new ArrayList<>();
        List<Double> sy = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            DetectorResponse dr = result.detectors().get(k);
            la[k] = dr.leftArrival();
            ra[k] = dr.rightArrival();
            rows[k] = dr.index();
            for (double t : dr.spikeTimes()) {
                st.add(t);
                sy.add((double) dr.index());
            }
        }
        layers.add(new Chart.Layer(Chart.Style.DOTS, LEFT, 5, la, rows, "left arrival"));
        layers.add(new Chart.Layer(Chart.Style.DOTS, RIGHT, 5, ra, rows, "right arrival"));
        layers.add(new Chart.Layer(Chart.Style.TICKS, Palette.INK, 14, st.stream().mapToDouble(Double::doubleValue)
                .toArray(), sy.stream().mapToDouble(Double::doubleValue).toArray(), "spike"));
        return new Chart("Spikes and input arrivals", "t (ms)", "detector", new double[] {0, result.endTime()},
                new double[] {0.5, top}, layers, List.of());
    }

    /** The detectors' membrane potentials as a heat map. */
    public Chart heat() {
        int n = result.detectors().size();
        double step = Math.max(0.02, result.endTime() / 400);
        double[][] grid = result.potentialGrid(step);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : grid) {
            for (double v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double end = step * (grid[0].length - 1);
        Chart.Heat heat = new Chart.Heat(0, end, 0.5, n + 0.5, grid, lo, Math.max(hi, lo + 1), "V (mV)");
        return new Chart("Membrane potential of the detectors", "t (ms)", "detector", new double[] {0, end},
                new double[] {0.5, n + 0.5}, List.of(), List.of(), heat);
    }

    /** The winner against the ITD with the analytic k* and the current ITD. */
    public Chart curve() {
        int n = result.detectors().size();
        double lo = tuning.isEmpty() ? -1 : tuning.get(0).itd();
        double hi = tuning.isEmpty() ? 1 : tuning.get(tuning.size() - 1).itd();
        List<Chart.Layer> layers = new ArrayList<>();
        if (!tuning.isEmpty()) {
            double k0 = Math.max(0, Math.min(n + 1, tuning.get(0).analytic()));
            double k1 = Math.max(0, Math.min(n + 1, tuning.get(tuning.size() - 1).analytic()));
            layers.add(new Chart.Layer(Chart.Style.DASHED, 0x5A5A5A, 1, new double[] {lo, hi}, new double[] {k0, k1},
                    "analytic k*"));
            double[] x = tuning.stream().filter(p -> p.winner() > 0).mapToDouble(TuningCurve.Point::itd).toArray();
            double[] y = tuning.stream().filter(p -> p.winner() > 0).mapToDouble(TuningCurve.Point::winner).toArray();
            layers.add(new Chart.Layer(Chart.Style.DOTS, LEFT, 6, x, y, "winner"));
        }
        double itd = result.config().itd();
        layers.add(new Chart.Layer(Chart.Style.LINE, WINNER, 2, new double[] {itd, itd}, new double[] {-1e6, 1e6},
                "current ITD"));
        return new Chart("Tuning curve: winner against ITD", "ITD = t_R \u2212 t_L (ms)", "winner",
                new double[] {lo, hi}, new double[] {0, n + 1}, layers, List.of());
    }

    /** The data as CSV: per detector its arrivals, first spike and spike count; then the tuning curve. */
    public String csv() {
        StringBuilder s = new StringBuilder("detector,left_arrival_ms,right_arrival_ms,first_spike_ms,spikes\n");
        for (DetectorResponse dr : result.detectors()) {
            s.append(dr.index()).append(',').append(dr.leftArrival()).append(',').append(dr.rightArrival()).append(',')
                    .append(dr.fired() ? String.valueOf(dr.firstSpike()) : "").append(',')
                    .append(dr.spikeTimes().length).append('\n');
        }
        s.append("\nitd_ms,winner,analytic_k\n");
        for (TuningCurve.Point p : tuning) {
            s.append(p.itd()).append(',').append(p.winner()).append(',').append(p.analytic()).append('\n');
        }
        return s.toString();
    }

    /** A short number: integers without decimals, else four significant digits. */
    public static String number(double v) {
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (!s.contains("e") && s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
