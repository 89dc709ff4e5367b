/**
 * SWTChart for the single-neuron view's live traces (zoom and pan); its exports come from the figure layer
 * (docs/architecture.md, "The figure layer").
 */
package org.neuropynamics.ui.charts;
