/**
 * The export actions of the workbench: {@link org.neuropynamics.ui.export.FigureExportActions} (PNG, SVG and CSV of
 * a {@code FigureCanvas}, on a view's toolbar and the canvas's context menu, written exactly as {@code neuropynamics
 * render} writes them).
 */
package org.neuropynamics.ui.export;
