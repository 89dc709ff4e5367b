package org.neuropynamics.stability.phaseplane;

/**
 * A computed orbit through an initial point, as seen in the plane.
 *
 * @param start the initial state (full model state)
 * @param direction which way it was followed
 * @param t times of the points (negative for the backward part), increasing
 * @param x horizontal coordinates
 * @param y vertical coordinates
 * @param stop why the forward (or only) part ended
 */
public record Trajectory(double[] start, Direction direction, double[] t, double[] x, double[] y, Stop stop) {

    /** Why an integration ended. */
    public enum Stop {
        /** It left the enlarged window. */
        LEFT_WINDOW,
        /** It came to rest on an equilibrium (no visible motion any more). */
        CONVERGED,
        /** The time limit was reached (for instance circling a limit cycle). */
        TIME_LIMIT,
        /** The point limit was reached. */
        POINT_LIMIT,
        /** The state stopped being finite or the step size collapsed. */
        DIVERGED
    }

    /** Number of points. */
    public int size() {
        return t.length;
    }
}
