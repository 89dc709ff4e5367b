package org.neuropynamics.ui.figures;

import org.neuropynamics.plot.render.Canvas;
import org.neuropynamics.plot.render.PlotFrame;

/**
 * A figure painted over a given size on any {@link Canvas} back end; the frame returned maps pixels back to
 * data for pointer interaction (null when the figure has no single data frame).
 */
@FunctionalInterface
public interface Painting {

    /** Paints over {@code width} x {@code height} pixels. */
    PlotFrame paint(Canvas canvas, int width, int height);
}
