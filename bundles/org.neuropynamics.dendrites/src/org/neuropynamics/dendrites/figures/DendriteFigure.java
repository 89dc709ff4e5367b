package org.neuropynamics.dendrites.figures;

import java.util.List;

import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.dendrites.cable.CableTrace;
import org.neuropynamics.dendrites.cable.CompartmentalNeuron;
import org.neuropynamics.dendrites.cable.DendriticCoincidence;
import org.neuropynamics.dendrites.cable.EpspSpread;
import org.neuropynamics.dendrites.cable.HhChannels;
import org.neuropynamics.dendrites.cable.Membrane;
import org.neuropynamics.dendrites.cable.Morphology;
import org.neuropynamics.dendrites.cable.Synapse;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.render.Canvas;
import org.neuropynamics.plot.render.ChartGridPainter;

/**
 * The dendrite figure without a display, in four panels: V along the cable over time (heat map), V at the
 * synapse and the soma, the peak and its delay along the dendrite, and the soma's response against the lag of two
 * inputs. The Dendrite view and {@code neuropynamics render dendrite} paint it.
 *
 * @param spread the EPSP spread of one synapse
 * @param site the synapse's compartment
 * @param coincidence the soma's peak against the lag of a proximal input after a distal one
 */
public record DendriteFigure(EpspSpread spread, int site, List<DendriticCoincidence.Point> coincidence) {

    /** Simulated time, ms. */
    public static final double T_END = 40;
    /** Time step, ms. */
    public static final double DT = 0.05;
    private static final int SOMA = Palette.X_NULLCLINE;
    private static final int SYNAPSE = Palette.Y_NULLCLINE;

    /** Copies the list. */
    public DendriteFigure {
        coincidence = List.copyOf(coincidence);
    }

    /**
     * The passive soma-and-dendrite neuron of the view (20 um soma, 50 compartments, rest -65 mV).
     *
     * @throws IllegalArgumentException for a morphology or membrane out of range
     */
    public static CompartmentalNeuron neuron(double lengthUm, double diameterUm, double raOhmCm, double gl) {
        Membrane membrane = new Membrane(1, gl, -65, raOhmCm);
        Morphology m = Morphology.somaAndDendrite(20, 20, lengthUm, diameterUm, 50, membrane.ra());
        return new CompartmentalNeuron(m, membrane, HhChannels.NONE);
    }

    /** Simulates a synapse at {@code relativePosition} of the dendrite and the lag sweep of two inputs. */
    public static DendriteFigure compute(CompartmentalNeuron neuron, double relativePosition, RunMonitor monitor) {
        Morphology m = neuron.morphology();
        int site = m.compartmentAt(relativePosition * m.dendriteLength());
        Synapse synapse = Synapse.excitatoryAlpha(site, 2, 1, 2);
        EpspSpread spread = EpspSpread.measure(neuron, synapse, T_END, DT);
        Synapse distal = Synapse.currentAlpha(m.compartmentAt(0.9 * m.dendriteLength()), 5, 0.5, 0.1);
        Synapse proximal = Synapse.currentAlpha(m.compartmentAt(0.1 * m.dendriteLength()), 5, 0.5, 0.1);
        double[] lags = new double[41];
        for (int i = 0; i < lags.length; i++) {
            lags[i] = -4 + 0.25 * i;
        }
        return new DendriteFigure(spread, site,
                DendriticCoincidence.sweep(neuron, distal, proximal, lags, T_END, DT, monitor));
    }

    /** The four panels, row by row. */
    public List<Chart> charts() {
        return List.of(heat(), traces(), profile(), lag());
    }

    /** Paints the four panels over {@code width} x {@code height}. */
    public void paint(Canvas d, int width, int height) {
        ChartGridPainter.paint(d, width, height, charts(), 2);
    }

    private Chart heat() {
        CableTrace t = spread.trace();
        double[][] v = t.potential();
        int stride = Math.max(1, t.times().length / 400);
        double[][] grid = new double[v.length][];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            int cols = v[i].length / stride;
            grid[i] = new double[cols];
            for (int j = 0; j < cols; j++) {
                grid[i][j] = v[i][j * stride];
                lo = Math.min(lo, grid[i][j]);
                hi = Math.max(hi, grid[i][j]);
            }
        }
        double[] times = t.times();
        double end = times[times.length - 1];
        Chart.Heat heat = new Chart.Heat(0, end, -0.5, v.length - 0.5, grid, lo, Math.max(hi, lo + 1), "V (mV)");
        return new Chart("V along the dendrite (0 = soma)", "t (ms)", "compartment", new double[] {0, end},
                new double[] {-0.5, v.length - 0.5}, List.of(), List.of(), heat);
    }

    private Chart traces() {
        CableTrace t = spread.trace();
        double[] times = t.times();
        double[] syn = t.potential(site);
        double[] soma = t.potential(0);
        return new Chart("V at the synapse and the soma", "t (ms)", "V (mV)",
                new double[] {0, times[times.length - 1]}, Chart.range(0.05, syn, soma),
                List.of(new Chart.Layer(Chart.Style.LINE, SYNAPSE, 2, times, syn, "synapse"),
                        new Chart.Layer(Chart.Style.LINE, SOMA, 2, times, soma, "soma")), List.of());
    }

    private Chart profile() {
        double[] x = spread.positions();
        double[] peak = spread.peak();
        double max = 0;
        for (double p : peak) {
            max = Math.max(max, p);
        }
        double maxDelay = 0;
        for (double dl : spread.delay()) {
            maxDelay = Math.max(maxDelay, dl);
        }
        double[] scaled = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            scaled[i] = spread.delay()[i] / Math.max(maxDelay, 1e-9) * max;
        }
        return new Chart("Peak depolarisation and its delay", "distance from soma (um)", "mV",
                new double[] {0, x[x.length - 1]}, new double[] {0, Math.max(max, 1e-9) * 1.05},
                List.of(new Chart.Layer(Chart.Style.LINE, SYNAPSE, 2, x, peak, "peak (mV)"),
                        new Chart.Layer(Chart.Style.LINE, SOMA, 2, x, scaled, "delay (max "
                                + JeffressFigure.number(maxDelay) + " ms)")), List.of());
    }

    private Chart lag() {
        int n = coincidence.size();
        double[] lags = new double[n];
        double[] peaks = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            lags[i] = coincidence.get(i).lag();
            peaks[i] = coincidence.get(i).somaPeak();
            max = Math.max(max, peaks[i]);
        }
        return new Chart("Soma peak against the lag of two inputs", "lag of proximal after distal (ms)", "mV",
                n == 0 ? new double[] {0, 1} : new double[] {lags[0], lags[n - 1]},
                new double[] {0, Math.max(max, 1e-9) * 1.05},
                List.of(new Chart.Layer(Chart.Style.LINE, SOMA, 2, lags, peaks, "")), List.of());
    }

    /** The data as CSV: the peak profile along the dendrite, then the lag curve. */
    public String csv() {
        StringBuilder s = new StringBuilder("distance_um,peak_mv,delay_ms\n");
        for (int i = 0; i < spread.positions().length; i++) {
            s.append(spread.positions()[i]).append(',').append(spread.peak()[i]).append(',')
                    .append(spread.delay()[i]).append('\n');
        }
        s.append("\nlag_ms,soma_peak_mv,soma_spikes\n");
        for (DendriticCoincidence.Point p : coincidence) {
            s.append(p.lag()).append(',').append(p.somaPeak()).append(',').append(p.somaSpikes()).append('\n');
        }
        return s.toString();
    }
}
