/**
 * The phase plane: vector field, nullclines, equilibria, trajectories, separatrices, limit cycles (single
 * shooting on the core's {@code ShootingFlow}), the saddle-node locator and the 1-D phase line: the logic of
 * the Stability topic. See docs/architecture.md (bundle map).
 */
package org.neuropynamics.stability.phaseplane;
