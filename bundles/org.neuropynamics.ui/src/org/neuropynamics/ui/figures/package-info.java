/**
 * The screen side of the figure layer: {@link org.neuropynamics.ui.figures.GcCanvas} (the SWT GC back end of the
 * one {@code Canvas}) and {@link org.neuropynamics.ui.figures.FigureCanvas}, the widget every topic view shows its
 * figures in (it paints a {@link org.neuropynamics.ui.figures.Painting}, keeps the data frame for pointer
 * interaction and carries the CSV data for the export actions), with
 * {@link org.neuropynamics.ui.figures.FigureNavigation}, the one zoom, pan, pick and hover component of figures of
 * stacked panels.
 */
package org.neuropynamics.ui.figures;
