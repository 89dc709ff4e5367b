/**
 * Spike-triggered parameter sweeps (an observed variable at each spike after a transient, over a range of one
 * parameter), the runs spread over the available cores. See docs/architecture.md (bundle map).
 */
package org.neuropynamics.bifurcation.sweep;
