/**
 * Local analysis of a model: equilibria (Newton from a grid of starts), Jacobians, eigenvalues
 * ({@link org.neuropynamics.core.analysis.EigenvalueSolver}, on Hipparchus's Schur form), classification, and the
 * one periodic-orbit shooting flow ({@link org.neuropynamics.core.analysis.ShootingFlow}); see docs/architecture.md,
 * "One of each numerical building block".
 */
package org.neuropynamics.core.analysis;
