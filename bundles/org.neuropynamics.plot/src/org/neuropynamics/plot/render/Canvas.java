package org.neuropynamics.plot.render;

import org.neuropynamics.plot.SeriesStyle;

/** The drawing operations a {@link FigurePainter} needs; implemented for SVG and for Java2D. */
public interface Canvas {

    /** Text anchor. */
    enum Anchor {
        START, MIDDLE, END
    }

    /** Fills the whole canvas. */
    void background(int rgb);

    /** A rectangle outline (stroke width 1). */
    void rect(double x, double y, double w, double h, int rgb);

    /** A polyline in the given style; clipped to the clip rectangle when one is set. */
    void polyline(double[] xs, double[] ys, int n, SeriesStyle style, int rgb, double width);

    /** A marker (downward triangle) centred at (x, y). */
    void marker(double x, double y, double size, int rgb);

    /** Text at baseline (x, y), optionally rotated by -90 degrees (reading upwards). */
    void text(double x, double y, String text, double size, boolean bold, Anchor anchor, boolean vertical, int rgb);

    /** Approximate width of a text in pixels. */
    double textWidth(String text, double size);

    /** Restricts {@link #polyline} and {@link #marker} to a rectangle; null lifts the restriction. */
    void clip(double[] rect);
}
