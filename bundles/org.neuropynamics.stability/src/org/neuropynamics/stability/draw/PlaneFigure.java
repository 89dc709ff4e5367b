package org.neuropynamics.stability.draw;

import java.util.List;
import java.util.Set;

import org.neuropynamics.stability.phaseplane.LimitCycle;
import org.neuropynamics.stability.phaseplane.PhasePortraitResult;

/**
 * What a phase-plane figure shows: the computed portrait, the limit cycles found, and the presentation
 * choices.
 *
 * @param portrait the computed portrait
 * @param cycles limit cycles of the planar system (variables 0 and 1)
 * @param title the title above the plot (model and parameters)
 * @param scaledArrows arrows scaled by speed instead of all the same length
 * @param selectedEquilibrium index into the equilibria, or -1
 * @param selectedTrajectory index into the trajectories, or -1
 * @param hiddenTrajectories indices of trajectories not drawn
 */
public record PlaneFigure(PhasePortraitResult portrait, List<LimitCycle> cycles, String title, boolean scaledArrows,
        int selectedEquilibrium, int selectedTrajectory, Set<Integer> hiddenTrajectories) {
}
