package org.neuropynamics.bifurcation.continuation;

import org.neuropynamics.core.analysis.Eigenvalue;

/**
 * One computed point of a branch.
 *
 * @param parameter the parameter value
 * @param state the equilibrium, or for a cycle its point at phase 0
 * @param stable asymptotically stable (equilibria: all eigenvalues in the left half-plane; cycles: all
 *        non-trivial Floquet multipliers inside the unit circle)
 * @param spectrum eigenvalues of the Jacobian (equilibria) or Floquet multipliers (cycles)
 * @param period the period of a cycle; NaN for equilibria
 * @param min per variable, the minimum over the cycle (the state itself for equilibria)
 * @param max per variable, the maximum over the cycle (the state itself for equilibria)
 */
public record BranchPoint(double parameter, double[] state, boolean stable, Eigenvalue[] spectrum, double period,
        double[] min, double[] max) {

    /** An equilibrium point. */
    public static BranchPoint equilibrium(double parameter, double[] state, Eigenvalue[] eigenvalues) {
        boolean stable = true;
        for (Eigenvalue e : eigenvalues) {
            stable &= e.re() < 0;
        }
        return new BranchPoint(parameter, state, stable, eigenvalues, Double.NaN, state, state);
    }

    /** True for a limit-cycle point. */
    public boolean isCycle() {
        return !Double.isNaN(period);
    }
}
