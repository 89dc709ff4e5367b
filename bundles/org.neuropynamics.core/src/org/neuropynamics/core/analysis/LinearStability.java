package org.neuropynamics.core.analysis;

/**
 * The verdict of linear stability analysis at an equilibrium.
 *
 * @param type the contract type
 * @param detail a precise name of the case, e.g. "stable star", "saddle-focus (2 unstable, 2 stable)",
 *        "non-isolated/zero eigenvalue"; equal to the type's label for the generic cases
 * @param stable true when the equilibrium is asymptotically stable (as far as can be decided)
 * @param eigenvalues eigenvalues sorted by descending real part
 */
public record LinearStability(Classification type, String detail, boolean stable, Eigenvalue[] eigenvalues) {
}
