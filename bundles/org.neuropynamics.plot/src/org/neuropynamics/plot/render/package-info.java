/**
 * Painting the figure model on the one {@link org.neuropynamics.plot.render.Canvas} interface: the back ends
 * {@link org.neuropynamics.plot.render.Java2DCanvas} (PNG, headless) and {@link
 * org.neuropynamics.plot.render.SvgCanvas} (SVG, text placed with the PNG's font metrics) live here, the screen's
 * GC back end in {@code org.neuropynamics.ui.figures}. Axes and ticks are drawn by {@link
 * org.neuropynamics.plot.render.PlotFrame}, legends by {@link org.neuropynamics.plot.render.Legend}, labels placed by
 * {@link org.neuropynamics.plot.render.LabelPlacer}; {@link org.neuropynamics.plot.render.FigureFiles} turns a
 * painting into PNG bytes or an SVG document and is the one place figure files are written.
 */
package org.neuropynamics.plot.render;
