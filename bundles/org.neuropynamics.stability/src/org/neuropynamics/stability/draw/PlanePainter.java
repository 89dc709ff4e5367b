package org.neuropynamics.stability.draw;

import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.render.Canvas;
import org.neuropynamics.plot.render.Legend;
import org.neuropynamics.plot.render.Markers;
import org.neuropynamics.plot.render.PlotFrame;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neuropynamics.core.analysis.Classification;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.stability.phaseplane.LimitCycle;
import org.neuropynamics.stability.phaseplane.PhasePortraitResult;
import org.neuropynamics.stability.phaseplane.PlaneWindow;
import org.neuropynamics.stability.phaseplane.Polyline;
import org.neuropynamics.stability.phaseplane.Separatrix;
import org.neuropynamics.stability.phaseplane.Trajectory;
import org.neuropynamics.stability.phaseplane.VectorFieldGrid;

/**
 * Paints a phase-plane figure like a textbook's: grey direction arrows, the two nullclines in blue and red
 * with their equations written beside them, trajectories with direction arrowheads, limit cycles, dashed
 * separatrices, equilibria coloured by type (filled when attracting), axes and a legend.
 */
public final class PlanePainter {

    private PlanePainter() {
    }

    /** Paints the figure into a width x height drawing and returns the plot frame (for mouse mapping). */
    public static PlotFrame paint(Canvas d, int width, int height, PlaneFigure f) {
        PhasePortraitResult r = f.portrait();
        PlaneWindow w = r.window();
        d.color(0xFFFFFF);
        d.rectangle(0, 0, width, height, true);
        PlotFrame frame = new PlotFrame(width, height, f.title() != null, w.xMin(), w.xMax(), w.yMin(), w.yMax());
        d.clip(frame.area());
        field(d, frame, r.field(), w, f.scaledArrows());
        d.stroke(2, false);
        curves(d, frame, r.nullclines().xNullcline(), Palette.X_NULLCLINE, 2.2, false);
        curves(d, frame, r.nullclines().yNullcline(), Palette.Y_NULLCLINE, 2.2, false);
        for (Separatrix s : r.separatrices()) {
            trajectory(d, frame, s.orbit(), Palette.SEPARATRIX, 1.6, true, false);
        }
        for (int k = 0; k < r.trajectories().size(); k++) {
            if (!f.hiddenTrajectories().contains(k) && k != f.selectedTrajectory()) {
                trajectory(d, frame, r.trajectories().get(k), Palette.TRAJECTORY, 1.4, false, true);
            }
        }
        if (f.selectedTrajectory() >= 0 && f.selectedTrajectory() < r.trajectories().size()
                && !f.hiddenTrajectories().contains(f.selectedTrajectory())) {
            trajectory(d, frame, r.trajectories().get(f.selectedTrajectory()), Palette.SELECTED, 2.2, false, true);
        }
        for (LimitCycle c : f.cycles()) {
            d.color(Palette.LIMIT_CYCLE);
            d.stroke(3.2, !c.stable());
            points(d, frame, c.orbit()[0], c.orbit()[1], c.orbit()[0].length);
        }
        nullclineLabel(d, frame, r.nullclines().xNullcline(), r.xName() + "' = 0", Palette.X_NULLCLINE);
        nullclineLabel(d, frame, r.nullclines().yNullcline(), r.yName() + "' = 0", Palette.Y_NULLCLINE);
        for (int k = 0; k < r.equilibria().size(); k++) {
            Equilibrium e = r.equilibria().get(k);
            marker(d, frame.px(e.state()[0]), frame.py(e.state()[1]), e.type(), k == f.selectedEquilibrium());
        }
        d.clip(null);
        frame.drawAxes(d, r.xName(), r.yName(), f.title());
        List<Legend.Entry> entries = legendEntries(f);
        Legend.draw(d, Legend.topRight(d, frame.area(), entries), entries);
        return frame;
    }

    /** Draws an equilibrium marker of the type's colour (filled when attracting). */
    public static void marker(Canvas d, double x, double y, Classification type, boolean selected) {
        EquilibriumMarker.draw(d, x, y, type, selected);
    }

    private static List<Legend.Entry> legendEntries(PlaneFigure f) {
        PhasePortraitResult r = f.portrait();
        List<Legend.Entry> entries = new ArrayList<>();
        entries.add(Legend.Entry.line(r.xName() + "-nullcline", Palette.X_NULLCLINE, 2.2, false));
        entries.add(Legend.Entry.line(r.yName() + "-nullcline", Palette.Y_NULLCLINE, 2.2, false));
        // one entry per colour the trajectories are drawn in: the selected one is green, the others black
        int selected = f.selectedTrajectory();
        boolean selectedShown = selected >= 0 && selected < r.trajectories().size()
                && !f.hiddenTrajectories().contains(selected);
        long others = java.util.stream.IntStream.range(0, r.trajectories().size())
                .filter(k -> k != selected && !f.hiddenTrajectories().contains(k)).count();
        if (others > 0) {
            entries.add(Legend.Entry.line("trajectory", Palette.TRAJECTORY, 1.4, false));
        }
        if (selectedShown) {
            entries.add(Legend.Entry.line("selected trajectory", Palette.SELECTED, 2.2, false));
        }
        if (f.cycles().stream().anyMatch(LimitCycle::stable)) {
            entries.add(Legend.Entry.line("stable limit cycle", Palette.LIMIT_CYCLE, 3.2, false));
        }
        if (f.cycles().stream().anyMatch(c -> !c.stable())) {
            entries.add(Legend.Entry.line("unstable limit cycle", Palette.LIMIT_CYCLE, 3.2, true));
        }
        if (!r.separatrices().isEmpty()) {
            entries.add(Legend.Entry.line("separatrix", Palette.SEPARATRIX, 1.6, true));
        }
        Set<Classification> types = new LinkedHashSet<>();
        for (Equilibrium e : r.equilibria()) {
            types.add(e.type());
        }
        for (Classification c : types) {
            entries.add(EquilibriumMarker.legend(c.label(), c));
        }
        return entries;
    }

    private static void field(Canvas d, PlotFrame frame, VectorFieldGrid g, PlaneWindow w, boolean scaled) {
        int nx = g.x().length;
        int ny = g.y().length;
        double cell = Math.min(frame.area()[2] / nx, frame.area()[3] / ny);
        double maxSpeed = 0;
        if (scaled) {
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    double s = g.relativeSpeed(i, j, w);
                    maxSpeed = Double.isFinite(s) ? Math.max(maxSpeed, s) : maxSpeed;
                }
            }
        }
        d.color(Palette.FIELD);
        d.stroke(1, false);
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                double[] u = g.unitDirection(i, j, w);
                if (u[0] == 0 && u[1] == 0) {
                    continue;
                }
                double len = 0.7 * cell;
                if (scaled && maxSpeed > 0) {
                    len *= Math.max(0.15, Math.sqrt(g.relativeSpeed(i, j, w) / maxSpeed));
                }
                // window-relative units map to pixels with the plot's aspect
                double ux = u[0] * frame.area()[2];
                double uy = -u[1] * frame.area()[3];
                double n = Math.hypot(ux, uy);
                ux /= n;
                uy /= n;
                double cx = frame.px(g.x()[i]);
                double cy = frame.py(g.y()[j]);
                arrow(d, cx - ux * len / 2, cy - uy * len / 2, cx + ux * len / 2, cy + uy * len / 2, Math.min(5, len / 2.5));
            }
        }
    }

    /** A line with a filled head at its end. */
    static void arrow(Canvas d, double x0, double y0, double x1, double y1, double head) {
        Markers.arrow(d, x0, y0, x1, y1, head);
    }

    private static void head(Canvas d, double x, double y, double dx, double dy, double size) {
        Markers.head(d, x, y, dx, dy, size);
    }

    private static void curves(Canvas d, PlotFrame frame, List<Polyline> lines, int c, double width,
            boolean dashed) {
        d.color(c);
        d.stroke(width, dashed);
        for (Polyline l : lines) {
            double[] xs = l.closed() ? append(l.x(), l.x()[0]) : l.x();
            double[] ys = l.closed() ? append(l.y(), l.y()[0]) : l.y();
            points(d, frame, xs, ys, xs.length);
        }
    }

    private static double[] append(double[] a, double v) {
        double[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = v;
        return r;
    }

    private static void points(Canvas d, PlotFrame frame, double[] xs, double[] ys, int n) {
        double[] xy = new double[2 * n];
        for (int k = 0; k < n; k++) {
            xy[2 * k] = frame.px(xs[k]);
            xy[2 * k + 1] = frame.py(ys[k]);
        }
        d.polyline(xy, n);
    }

    private static void trajectory(Canvas d, PlotFrame frame, Trajectory t, int c, double width, boolean dashed,
            boolean withHeads) {
        d.color(c);
        d.stroke(width, dashed);
        points(d, frame, t.x(), t.y(), t.size());
        if (!withHeads || t.size() < 3) {
            return;
        }
        // arrowheads every ~120 px of path, pointing forward in time
        double run = 0;
        for (int k = 1; k < t.size(); k++) {
            double x0 = frame.px(t.x()[k - 1]);
            double y0 = frame.py(t.y()[k - 1]);
            double x1 = frame.px(t.x()[k]);
            double y1 = frame.py(t.y()[k]);
            run += Math.hypot(x1 - x0, y1 - y0);
            if (run > 120 && frame.inside(x1, y1)) {
                head(d, x1, y1, x1 - x0, y1 - y0, 7);
                run = 0;
            }
        }
        d.circle(frame.px(t.start()[0]), frame.py(t.start()[1]), 2.5, true);
    }

    private static void nullclineLabel(Canvas d, PlotFrame frame, List<Polyline> lines, String label, int c) {
        Polyline longest = null;
        for (Polyline l : lines) {
            if (longest == null || l.size() > longest.size()) {
                longest = l;
            }
        }
        if (longest == null || longest.size() < 4) {
            return;
        }
        // label at a point of the longest branch well inside the plot and away from the legend (top right)
        double[] a = frame.area();
        for (double fraction : new double[] {0.8, 0.7, 0.9, 0.6, 0.3, 0.2, 0.5, 0.1}) {
            int k = (int) Math.round(fraction * (longest.size() - 1));
            double x = frame.px(longest.x()[k]);
            double y = frame.py(longest.y()[k]);
            boolean inLegend = x > a[0] + a[2] - 230 && y < a[1] + 140;
            if (!inLegend && x > a[0] + 30 && x < a[0] + a[2] - 70 && y > a[1] + 30 && y < a[1] + a[3] - 20) {
                d.color(0xFFFFFF);
                double tw = d.textWidth(label, 10);
                d.rectangle(x + 6, y - 19, tw + 6, 16, true);
                d.color(c);
                d.text(label, x + 9, y - 11, Canvas.Align.LEFT, 10, true);
                return;
            }
        }
    }
}
