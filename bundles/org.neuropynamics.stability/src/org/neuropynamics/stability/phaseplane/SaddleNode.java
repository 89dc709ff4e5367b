package org.neuropynamics.stability.phaseplane;

/**
 * A saddle-node (fold) bifurcation of equilibria: at this parameter value two equilibria merge and vanish;
 * there {@code f(x) = 0} and the Jacobian is singular ({@code F'(x) = 0} in 1-D).
 *
 * @param parameter the parameter's name
 * @param value the parameter value of the fold
 * @param state the equilibrium where the two merge (model variable order)
 * @param residual max |f_i| at the solution
 */
public record SaddleNode(String parameter, double value, double[] state, double residual) {
}
