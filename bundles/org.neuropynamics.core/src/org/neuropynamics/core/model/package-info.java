/**
 * What a model is: {@link org.neuropynamics.core.model.Model} (variables, parameters with ranges and units,
 * presets, vector field, Jacobian, spike rule), strict number parsing, the one Hodgkin-Huxley rate set
 * ({@code HodgkinHuxleyRates}, {@code Linoid}) and {@code SquidAxonModel}, the benchmarks' hand-written HH.
 */
package org.neuropynamics.core.model;
