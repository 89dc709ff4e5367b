/**
 * The Jeffress delay line: two inputs travel along delay lines to coincidence detectors (catalogue neuron
 * models), the winner rule, tuning curves and the analytic coincident detector.
 */
package org.neuropynamics.dendrites.jeffress;
