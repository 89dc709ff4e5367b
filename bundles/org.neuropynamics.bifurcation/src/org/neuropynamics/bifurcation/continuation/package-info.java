/**
 * Numerical continuation of equilibria and periodic orbits in one parameter (pseudo-arclength, multiple
 * shooting on the core's {@code ShootingFlow}), detecting folds, Hopf points, branch points, folds of cycles and
 * period doublings, with the first Lyapunov coefficient: the logic of the Bifurcation and Chaos topic. See
 * docs/architecture.md (bundle map).
 */
package org.neuropynamics.bifurcation.continuation;
