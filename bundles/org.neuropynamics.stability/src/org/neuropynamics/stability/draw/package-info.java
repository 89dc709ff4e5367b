/**
 * The stability topic's painters on the one {@code org.neuropynamics.plot.render.Canvas}: the phase plane (vector
 * field, labelled nullclines, trajectories, cycles, separatrices, classified equilibria, legend), the 1-D phase
 * line and the time course of a trajectory. The views and {@code neuropynamics render phase-plane|stability-1d}
 * use them.
 */
package org.neuropynamics.stability.draw;
