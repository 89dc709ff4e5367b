/**
 * The figures of a network run without a display (raster, population rates, heat map, traces, network graph) and
 * their CSV data; the network result views and {@code neuropynamics render raster|rates|heatmap|network-graph}
 * draw them. {@link org.neuropynamics.network.figures.PopulationRates} bins spikes into rates.
 */
package org.neuropynamics.network.figures;
