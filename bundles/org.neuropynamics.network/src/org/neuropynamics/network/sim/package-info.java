/**
 * The built-in network simulator: validation, assembly into compiled populations and projections, the
 * parallel step, inputs, plasticity (STDP), monitors and results; see docs/architecture.md, "The network
 * simulator's threads and memory".
 */
package org.neuropynamics.network.sim;
