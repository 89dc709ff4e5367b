/**
 * Compartmental cables: morphology, passive and Hodgkin-Huxley membranes (the catalogue's rates), the Hines
 * solver with backward Euler or Crank-Nicolson, current clamps, synapses, EPSP spread and analytic cable theory.
 */
package org.neuropynamics.dendrites.cable;
