package org.neuropynamics.stability.phaseplane;

import java.util.List;

import org.neuropynamics.core.analysis.Equilibrium;

/**
 * A computed phase portrait: what a figure draws.
 *
 * @param window the window
 * @param xName horizontal variable
 * @param yName vertical variable
 * @param field the sampled vector field
 * @param nullclines both nullclines, all branches
 * @param equilibria the classified equilibria in the window (plane coordinates)
 * @param trajectories one per seed, in seed order
 * @param separatrices saddle manifolds (empty unless requested)
 * @param computeNanos wall time of the computation
 */
public record PhasePortraitResult(PlaneWindow window, String xName, String yName, VectorFieldGrid field,
        Nullclines nullclines, List<Equilibrium> equilibria, List<Trajectory> trajectories,
        List<Separatrix> separatrices, long computeNanos) {
}
