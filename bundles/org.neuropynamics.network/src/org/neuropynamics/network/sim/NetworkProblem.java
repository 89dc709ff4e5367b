package org.neuropynamics.network.sim;

import org.eclipse.emf.ecore.EObject;

/**
 * One problem of a network found by {@link NetworkValidator}: the element it is about (a population, an input,
 * a projection, a monitor, a current injection or the run settings), whether it blocks a run, what is wrong
 * and how to fix it.
 *
 * @param element the element the problem is about (selected when the problem is)
 * @param error true when the network cannot run; false for a warning (it runs, but probably not as meant)
 * @param message what is wrong, naming the element
 * @param hint how to fix it
 */
public record NetworkProblem(EObject element, boolean error, String message, String hint) {
}
