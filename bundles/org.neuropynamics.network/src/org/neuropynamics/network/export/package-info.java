/**
 * Exports of a network: one {@code ExportPlan} feeds the Brian2, PyNN and PyNEST script writers and the NEURON
 * folder ({@code NeuronEngine}: NMODL, the MPI driver, reading results back); see docs/architecture.md, "NEURON
 * engine and script exports".
 */
package org.neuropynamics.network.export;
