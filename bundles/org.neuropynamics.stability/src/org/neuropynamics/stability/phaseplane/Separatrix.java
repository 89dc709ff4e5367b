package org.neuropynamics.stability.phaseplane;

/**
 * One branch of an invariant manifold of a saddle: the orbit leaving it along its unstable eigenvector, or
 * the orbit arriving along its stable eigenvector (computed backwards in time). The stable branches bound
 * basins of attraction (threshold curves); the unstable ones show where the flow goes.
 *
 * @param saddle the saddle (plane coordinates)
 * @param unstable true for an unstable branch
 * @param eigenvalue the eigenvalue of the direction
 * @param orbit the branch, starting at a small offset from the saddle
 */
public record Separatrix(double[] saddle, boolean unstable, double eigenvalue, Trajectory orbit) {
}
