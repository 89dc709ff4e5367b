package org.neuropynamics.bifurcation.continuation;

/**
 * What a branch tracer needs to know about the points of one kind of branch: the point record, the test
 * functions whose sign changes signal bifurcations, the located special point, and when to stop.
 */
interface PointAnalyzer {

    /** The record of an accepted point u with unit tangent t. */
    BranchPoint point(double[] u, double[] t);

    /** Test functions at (u, t), in a fixed order; a sign change of entry k between points signals event k. */
    double[] testFunctions(double[] u, double[] t);

    /** The special point for test function k located at (u, t), or null when it is spurious. */
    SpecialPoint special(int k, double[] u, double[] t);

    /** Why the branch must end at u (e.g. the cycle shrank to an equilibrium), or null to go on. */
    default String stopReason(double[] u) {
        return null;
    }
}
