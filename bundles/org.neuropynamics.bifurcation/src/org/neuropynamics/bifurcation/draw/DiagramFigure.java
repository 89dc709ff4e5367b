package org.neuropynamics.bifurcation.draw;

import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.render.PlotFrame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuropynamics.bifurcation.continuation.BifurcationDiagram;
import org.neuropynamics.bifurcation.continuation.Branch;
import org.neuropynamics.bifurcation.continuation.BranchPoint;
import org.neuropynamics.bifurcation.continuation.SpecialPoint;
import org.neuropynamics.bifurcation.continuation.SpecialPointType;

/**
 * A bifurcation diagram as a textbook figure (AUTO/XPPAUT conventions): parameter against one variable,
 * equilibria stable solid and unstable dashed, limit cycles as their max and min envelopes (green when
 * stable, blue when not), special points labelled (LP, HB with its criticality, LPC, PD, BP), and the
 * points a pointer can pick.
 *
 * @param chart what is drawn
 * @param picks the computed points, for hovering and clicking
 * @param labels the texts of the special-point labels, in drawing order
 */
public record DiagramFigure(Chart chart, List<Pick> picks, List<String> labels) {

    /** Equilibrium colour. */
    public static final int EQUILIBRIUM = Palette.EQUILIBRIUM;
    /** Stable cycle colour. */
    public static final int STABLE_CYCLE = Palette.STABLE_CYCLE;
    /** Unstable cycle colour. */
    public static final int UNSTABLE_CYCLE = Palette.UNSTABLE_CYCLE;
    private static final int SPECIAL = Palette.SPECIAL;

    /**
     * One computed point a pointer can select.
     *
     * @param branch index of the branch in the diagram
     * @param point the branch point
     * @param x parameter value
     * @param y the plotted value (the maximum on cycles; the minimum for the lower envelope)
     * @param lower true for the lower envelope of a cycle
     */
    public record Pick(int branch, BranchPoint point, double x, double y, boolean lower) {
    }

    /**
     * @param d the computed diagram
     * @param variables names of the model's variables
     * @param variable index of the plotted variable
     * @param unit unit of the plotted variable (may be empty)
     * @param parameterUnit unit of the parameter (may be empty)
     * @param title figure title
     */
    public static DiagramFigure of(BifurcationDiagram d, List<String> variables, int variable, String unit,
            String parameterUnit, String title) {
        List<Chart.Layer> layers = new ArrayList<>();
        List<Pick> picks = new ArrayList<>();
        boolean[] legendDone = new boolean[4];
        for (int b = 0; b < d.branches().size(); b++) {
            Branch branch = d.branches().get(b);
            boolean cycle = branch.kind() == Branch.Kind.CYCLE;
            for (boolean lower : cycle ? new boolean[] {false, true} : new boolean[] {false}) {
                addRuns(layers, branch, variable, lower, cycle, legendDone);
                for (BranchPoint p : branch.points()) {
                    picks.add(new Pick(b, p, p.parameter(), lower ? p.min()[variable] : p.max()[variable], lower));
                }
            }
        }
        List<Chart.Mark> marks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int hopf = 0;
        for (int b = 0; b < d.branches().size(); b++) {
            for (SpecialPoint s : d.branches().get(b).specialPoints()) {
                String label = label(s, d.parameter(), s.type() == SpecialPointType.HB ? ++hopf : 0);
                double y = s.type() == SpecialPointType.LPC || s.type() == SpecialPointType.PD
                        ? maxNear(d.branches().get(b), s.parameter(), variable) : s.state()[variable];
                marks.add(new Chart.Mark(s.parameter(), y, label, SPECIAL, s.type() != SpecialPointType.PD));
                labels.add(label);
            }
        }
        double[] xs = picks.stream().mapToDouble(Pick::x).toArray();
        double[] ys = picks.stream().mapToDouble(Pick::y).toArray();
        String yTitle = variables.get(variable) + (unit == null || unit.isEmpty() ? "" : " (" + unit + ")");
        String xTitle = d.parameter() + (parameterUnit == null || parameterUnit.isEmpty() ? "" : " (" + parameterUnit + ")");
        Chart chart = new Chart(title, xTitle, yTitle, Chart.range(0.02, xs), Chart.range(0.08, ys), layers, marks);
        return new DiagramFigure(chart, picks, labels);
    }

    /** The label of a special point, e.g. "HB1 subcritical I=9.775". */
    public static String label(SpecialPoint s, String parameter, int hopfNumber) {
        String name = s.type().name() + (hopfNumber > 0 ? String.valueOf(hopfNumber) : "");
        String kind = s.type() == SpecialPointType.HB ? " " + s.criticality() : "";
        return String.format(Locale.ROOT, "%s%s %s=%s", name, kind, parameter, number(s.parameter()));
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.5g", v).replace("-", "\u2212");
    }

    /** Splits a branch into runs of equal stability; neighbouring runs share their boundary point. */
    private static void addRuns(List<Chart.Layer> layers, Branch branch, int variable, boolean lower, boolean cycle,
            boolean[] legendDone) {
        List<BranchPoint> pts = branch.points();
        int start = 0;
        for (int k = 1; k <= pts.size(); k++) {
            if (k < pts.size() && pts.get(k).stable() == pts.get(start).stable()) {
                continue;
            }
            int end = Math.min(k, pts.size() - 1);
            int n = end - start + 1;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                BranchPoint p = pts.get(start + i);
                x[i] = p.parameter();
                y[i] = lower ? p.min()[variable] : p.max()[variable];
            }
            boolean stable = pts.get(start).stable();
            int kind = (cycle ? 2 : 0) + (stable ? 0 : 1);
            String legend = legendDone[kind] ? "" : (stable ? "stable " : "unstable ") + (cycle ? "cycle (max/min)" : "equilibrium");
            legendDone[kind] = true;
            int rgb = cycle ? (stable ? STABLE_CYCLE : UNSTABLE_CYCLE) : EQUILIBRIUM;
            layers.add(new Chart.Layer(stable ? Chart.Style.LINE : Chart.Style.DASHED, rgb, stable ? 2.2 : 1.6, x, y,
                    legend));
            start = k;
        }
    }

    private static double maxNear(Branch b, double parameter, int variable) {
        BranchPoint best = b.points().get(0);
        for (BranchPoint p : b.points()) {
            if (Math.abs(p.parameter() - parameter) < Math.abs(best.parameter() - parameter)) {
                best = p;
            }
        }
        return best.max()[variable];
    }

    /** The pick nearest to a pixel within {@code radius} pixels, or null. */
    public Pick nearest(PlotFrame frame, double px, double py, double radius) {
        Pick best = null;
        double bestD = radius * radius;
        for (Pick p : picks) {
            double dx = frame.px(p.x()) - px;
            double dy = frame.py(p.y()) - py;
            double d2 = dx * dx + dy * dy;
            if (d2 <= bestD) {
                bestD = d2;
                best = p;
            }
        }
        return best;
    }
}
