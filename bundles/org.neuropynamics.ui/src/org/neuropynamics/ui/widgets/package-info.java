/**
 * The UI kit's widgets (docs/architecture.md, "The UI kit"): {@code ParameterPanel}, sliders and exact-value
 * fields from parameters' ranges, steps and units, with presets and Reset; {@code SaveLocation}, the one
 * file-name dialog; {@code SashMinimum}.
 */
package org.neuropynamics.ui.widgets;
