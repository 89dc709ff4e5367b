package org.neuropynamics.stability;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.stability.phaseplane.LimitCycle;
import org.neuropynamics.stability.phaseplane.LimitCycleFinder;
import org.neuropynamics.stability.phaseplane.PhasePortrait;
import org.neuropynamics.stability.phaseplane.PhasePortraitResult;
import org.neuropynamics.stability.phaseplane.PlaneWindow;
import org.neuropynamics.stability.phaseplane.Trajectory;

/**
 * The limit cycles a phase-plane figure shows: those reached from near each equilibrium and from each
 * trajectory's start, inside the window, without duplicates (the Phase Plane view and {@code render
 * phase-plane} use the same search).
 */
public final class PlaneCycles {

    private PlaneCycles() {
    }

    /**
     * @param planar the planar model (variables 0 and 1 are the plane's axes)
     * @param p parameter values
     * @param result the computed portrait (its equilibria, trajectories and window)
     * @return the distinct cycles that reach into the window; empty for models with a threshold/reset rule
     */
    public static List<LimitCycle> find(Model planar, double[] p, PhasePortraitResult result) {
        List<LimitCycle> found = new ArrayList<>();
        if (planar.spikeRule() != null) {
            return found;
        }
        PlaneWindow w = result.window();
        double duration = PhasePortrait.suggestedDuration(result.field(), w);
        LimitCycleFinder finder = new LimitCycleFinder(planar).transientTime(duration).maxReturnTime(duration)
                .samples(600);
        // cycles must reach into the window: orbits that wander far away (or escape) end the search early
        PlaneWindow box = w.enlarged(2);
        finder.bound(new double[] {box.xMin(), box.yMin()}, new double[] {box.xMax(), box.yMax()});
        List<double[]> starts = new ArrayList<>();
        for (Equilibrium e : result.equilibria()) {
            starts.add(new double[] {e.state()[0] + 0.01 * w.width(), e.state()[1] + 0.01 * w.height()});
        }
        for (Trajectory t : result.trajectories()) {
            starts.add(new double[] {t.start()[0], t.start()[1]});
        }
        for (double[] s : starts) {
            finder.find(p, s).ifPresent(c -> {
                boolean inside = c.max()[0] >= w.xMin() && c.min()[0] <= w.xMax() && c.max()[1] >= w.yMin()
                        && c.min()[1] <= w.yMax();
                if (inside && found.stream().noneMatch(o -> same(o, c, w))) {
                    found.add(c);
                }
            });
        }
        return found;
    }

    private static boolean same(LimitCycle a, LimitCycle b, PlaneWindow w) {
        return Math.abs(a.period() - b.period()) < 1e-4 * a.period()
                && Math.abs(a.max()[0] - b.max()[0]) < 1e-3 * w.width()
                && Math.abs(a.min()[1] - b.min()[1]) < 1e-3 * w.height();
    }
}
