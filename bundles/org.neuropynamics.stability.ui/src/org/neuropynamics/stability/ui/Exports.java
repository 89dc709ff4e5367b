package org.neuropynamics.stability.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.stability.phaseplane.LimitCycle;
import org.neuropynamics.stability.phaseplane.PhasePortraitResult;
import org.neuropynamics.stability.phaseplane.Polyline;
import org.neuropynamics.stability.phaseplane.Separatrix;
import org.neuropynamics.stability.phaseplane.Trajectory;
import org.neuropynamics.plot.render.FigureFiles;
import org.neuropynamics.stability.draw.PlaneFigure;
import org.neuropynamics.stability.draw.PlanePainter;

/** Writes a phase-plane figure as PNG or SVG, and its curves and points as CSV. */
public final class Exports {

    private Exports() {
    }

    /** Writes the figure as PNG (Java2D, the picture {@code neuropynamics render phase-plane} draws). */
    public static void png(PlaneFigure figure, int width, int height, Path file) throws IOException {
        FigureFiles.write(file, true, width, height, c -> PlanePainter.paint(c, width, height, figure));
    }

    /** Writes the figure as SVG. */
    public static void svg(PlaneFigure figure, int width, int height, Path file) throws IOException {
        FigureFiles.write(file, false, width, height, c -> PlanePainter.paint(c, width, height, figure));
    }

    /** Writes the curves and points as CSV ({@link #csv(PlaneFigure)}). */
    public static void csv(PlaneFigure figure, Path file) throws IOException {
        FigureFiles.write(file, csv(figure).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes every curve and point as rows {@code kind,index,t,x,y}: kinds are x-nullcline, y-nullcline,
     * trajectory, separatrix, cycle and equilibrium (with its type in a sixth column).
     */
    public static String csv(PlaneFigure figure) {
        PhasePortraitResult r = figure.portrait();
        StringBuilder s = new StringBuilder("kind,index,t," + r.xName() + "," + r.yName() + ",type\n");
        polylines(s, r.xName() + "-nullcline", r.nullclines().xNullcline());
        polylines(s, r.yName() + "-nullcline", r.nullclines().yNullcline());
        for (int k = 0; k < r.trajectories().size(); k++) {
            trajectory(s, "trajectory", k + 1, r.trajectories().get(k));
        }
        for (int k = 0; k < r.separatrices().size(); k++) {
            Separatrix sep = r.separatrices().get(k);
            trajectory(s, sep.unstable() ? "unstable-manifold" : "stable-manifold", k + 1, sep.orbit());
        }
        for (int k = 0; k < figure.cycles().size(); k++) {
            LimitCycle c = figure.cycles().get(k);
            for (int i = 0; i < c.times().length; i++) {
                s.append(String.format(Locale.ROOT, "cycle,%d,%.10g,%.10g,%.10g,%s%n", k + 1, c.times()[i],
                        c.orbit()[0][i], c.orbit()[1][i], c.stable() ? "stable" : "unstable"));
            }
        }
        for (int k = 0; k < r.equilibria().size(); k++) {
            Equilibrium e = r.equilibria().get(k);
            s.append(String.format(Locale.ROOT, "equilibrium,%d,,%.12g,%.12g,%s%n", k + 1, e.state()[0], e.state()[1],
                    e.type().label()));
        }
        return s.toString();
    }

    private static void polylines(StringBuilder s, String kind, java.util.List<Polyline> lines) {
        for (int k = 0; k < lines.size(); k++) {
            Polyline l = lines.get(k);
            for (int i = 0; i < l.size(); i++) {
                s.append(String.format(Locale.ROOT, "%s,%d,,%.10g,%.10g,%n", kind, k + 1, l.x()[i], l.y()[i]));
            }
        }
    }

    private static void trajectory(StringBuilder s, String kind, int index, Trajectory t) {
        for (int i = 0; i < t.size(); i++) {
            s.append(String.format(Locale.ROOT, "%s,%d,%.10g,%.10g,%.10g,%n", kind, index, t.t()[i], t.x()[i], t.y()[i]));
        }
    }
}
