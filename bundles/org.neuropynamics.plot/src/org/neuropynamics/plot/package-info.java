/**
 * The display-free figure model of the workbench (see docs/architecture.md, "Figure layer"): a {@link
 * org.neuropynamics.plot.Figure} of stacked {@link org.neuropynamics.plot.Plot} panels of {@link
 * org.neuropynamics.plot.Series} (time courses), a {@link org.neuropynamics.plot.Chart} of layers (lines, dashed
 * lines, dots, raster ticks), labelled marks and an optional heat map, the one {@link
 * org.neuropynamics.plot.Palette}, the one tick algorithm {@link org.neuropynamics.plot.Ticks} and CSV tables.
 * Nothing here knows a display; {@code org.neuropynamics.plot.render} paints these on any back end.
 */
package org.neuropynamics.plot;
