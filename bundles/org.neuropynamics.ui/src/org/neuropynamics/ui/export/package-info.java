/**
 * The export actions of the workbench: {@link org.neuropynamics.ui.export.FigureExportActions} (PNG, SVG and CSV of
 * a {@code FigureCanvas}, on a view's toolbar and the canvas's context menu, written exactly as {@code neuropynamics
 * render} writes them) and {@link org.neuropynamics.ui.export.FigureExport} for the SWTChart-based single-neuron
 * view.
 */
package org.neuropynamics.ui.export;
