package org.neuropynamics.bifurcation.draw;

import java.util.List;
import java.util.Locale;

import org.neuropynamics.bifurcation.maps.Cobweb;
import org.neuropynamics.bifurcation.maps.IteratedMap;
import org.neuropynamics.bifurcation.maps.Iterates;
import org.neuropynamics.bifurcation.maps.OrbitDiagram;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.plot.Chart;

/**
 * The figures of the Maps view built from core results, without a display: orbit diagram, Lyapunov exponent,
 * cobweb (1-D maps) and iterates (2-D maps). The view and {@code neuropynamics render orbit-diagram|cobweb} draw
 * these same charts.
 */
public final class MapFigures {

    private static final int INK = 0x1F2A44;
    private static final int MARKER = 0xE67E22;

    private MapFigures() {
    }

    /**
     * The orbit diagram of the observed variable over its x range and the given y window, with a dashed line
     * at the marked parameter value; orbits that escaped to infinity are left out.
     */
    public static Chart orbit(String name, String parameter, String observed, OrbitDiagram d, double yLo, double yHi,
            double marked) {
        int n = 0;
        for (double[] p : d.points()) {
            n += p.length;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int k = 0;
        for (int i = 0; i < d.parameter().length; i++) {
            for (double v : d.points()[i]) {
                if (Double.isFinite(v)) {
                    x[k] = d.parameter()[i];
                    y[k++] = v;
                }
            }
        }
        double[] xr = {d.parameter()[0], d.parameter()[d.parameter().length - 1]};
        Chart.Layer dots = new Chart.Layer(Chart.Style.DOTS, INK, 1, java.util.Arrays.copyOf(x, k),
                java.util.Arrays.copyOf(y, k), "");
        Chart.Layer mark = new Chart.Layer(Chart.Style.DASHED, MARKER, 1.2, new double[] {marked, marked},
                new double[] {yLo - 1e6, yHi + 1e6}, "");
        return new Chart(name + ": orbit diagram", parameter, observed, xr,
                new double[] {yLo, yHi}, List.of(dots, mark), List.of());
    }

    /** The range of the finite orbit values, padded by 4 percent ({0, 1} when every orbit escaped). */
    public static double[] valueRange(OrbitDiagram d) {
        return Chart.range(0.04, d.points());
    }

    /** The attractor of a 2-D map at one parameter value: 5000 iterates after 1000 in the plane of both variables. */
    public static Chart iterates(Model model, double[] parameters, String parameter, double value) {
        IteratedMap map = new IteratedMap(model, parameters);
        map.set(parameter, value);
        Iterates it = Iterates.of(map, model.initialState(map.parameters()), 1000, 5000);
        List<String> names = model.variableNames();
        double[] xr = Chart.range(0.05, it.values()[0]);
        double[] yr = Chart.range(0.05, it.values()[1]);
        String title = String.format(Locale.ROOT, "Iterates at %s = %.4f", parameter, value)
                + (it.escaped() ? " (the orbit escapes to infinity)" : "");
        Chart.Layer dots = new Chart.Layer(Chart.Style.DOTS, 0xC0392B, 1.5, it.values()[0], it.values()[1], "");
        return new Chart(title, names.get(0), names.get(1), xr, yr, List.of(dots), List.of());
    }

    /** The largest Lyapunov exponent against the parameter, with the zero line. */
    public static Chart lyapunov(String parameter, OrbitDiagram d, double markedR) {
        double[] p = d.parameter();
        double[] l = d.lyapunov().clone();
        double lo = 0;
        double hi = 0.2;
        for (double v : l) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        lo = Math.max(lo, -3);
        for (int i = 0; i < l.length; i++) {
            l[i] = Double.isFinite(l[i]) ? l[i] : lo;
        }
        double[] xr = {p[0], p[p.length - 1]};
        Chart.Layer zero = new Chart.Layer(Chart.Style.DASHED, 0x888888, 1, xr, new double[] {0, 0}, "");
        Chart.Layer curve = new Chart.Layer(Chart.Style.LINE, 0xC0392B, 1.3, p, l, "");
        Chart.Layer mark = new Chart.Layer(Chart.Style.DASHED, MARKER, 1.2, new double[] {markedR, markedR},
                new double[] {-1e6, 1e6}, "");
        double pad = 0.05 * (hi - lo);
        return new Chart("", parameter, "\u03bb", xr, new double[] {lo - pad, hi + pad},
                List.of(zero, curve, mark), List.of());
    }

    /** The cobweb of a 1-D map at r from x0 over [lo, hi]. */
    public static Chart cobweb(Model model, double[] parameters, String parameter, double r, double x0, double lo,
            double hi) {
        IteratedMap map = new IteratedMap(model, parameters);
        map.set(parameter, r);
        Cobweb c = Cobweb.of(map, x0, 40, lo, hi, 400);
        String var = model.variableNames().get(0);
        Chart.Layer diagonal = new Chart.Layer(Chart.Style.DASHED, 0x888888, 1, new double[] {lo, hi},
                new double[] {lo, hi}, "");
        Chart.Layer graph = new Chart.Layer(Chart.Style.LINE, 0x1F4E9A, 2, c.graphX(), c.graphY(), "");
        Chart.Layer path = new Chart.Layer(Chart.Style.LINE, 0xC0392B, 1, c.pathX(), c.pathY(), "");
        return new Chart(String.format(Locale.ROOT, "Cobweb at %s = %.4f", parameter, r), var + "\u2099",
                var + "\u2099\u208a\u2081", new double[] {lo, hi}, new double[] {lo, hi}, List.of(diagonal, graph, path),
                List.of());
    }

    /** The orbit diagram as CSV: one row per point (parameter, observed value, Lyapunov exponent). */
    public static String csv(String parameter, String observed, OrbitDiagram d) {
        StringBuilder s = new StringBuilder(parameter).append(',').append(observed).append(",lyapunov\n");
        for (int i = 0; i < d.parameter().length; i++) {
            for (double v : d.points()[i]) {
                s.append(d.parameter()[i]).append(',').append(v).append(',').append(d.lyapunov()[i]).append('\n');
            }
        }
        return s.toString();
    }

    /** The cobweb as CSV: the graph of the map, then the staircase path. */
    public static String cobwebCsv(Chart cobweb) {
        StringBuilder s = new StringBuilder("curve,x,y\n");
        String[] names = {"diagonal", "graph", "path"};
        for (int k = 0; k < cobweb.layers().size() && k < names.length; k++) {
            Chart.Layer l = cobweb.layers().get(k);
            for (int i = 0; i < l.x().length; i++) {
                s.append(names[k]).append(',').append(l.x()[i]).append(',').append(l.y()[i]).append('\n');
            }
        }
        return s.toString();
    }
}
