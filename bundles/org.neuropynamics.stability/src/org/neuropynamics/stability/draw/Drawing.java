package org.neuropynamics.stability.draw;

/**
 * The few drawing operations a figure needs, in pixel coordinates (y down), so that one painter renders to
 * the screen ({@link GcDrawing}) and to SVG ({@link SvgDrawing}) alike.
 */
public interface Drawing {

    /** Text anchoring relative to the given point. */
    enum Align {
        LEFT, CENTER, RIGHT
    }

    /** Sets the colour of lines, fills and text. */
    void color(int r, int g, int b);

    /** Sets the line width (pixels) and whether lines are dashed. */
    void stroke(double width, boolean dashed);

    /** A polyline through {@code n} points of xy (x0, y0, x1, y1, ...). */
    void polyline(double[] xy, int n);

    /** A straight segment. */
    default void line(double x0, double y0, double x1, double y1) {
        polyline(new double[] {x0, y0, x1, y1}, 2);
    }

    /** A filled polygon through {@code n} points of xy. */
    void fillPolygon(double[] xy, int n);

    /** A circle of radius r, filled or outlined. */
    void circle(double cx, double cy, double r, boolean filled);

    /** A rectangle, filled or outlined. */
    void rectangle(double x, double y, double w, double h, boolean filled);

    /** Text with its baseline-middle at y (vertically centred), anchored by align; size in points. */
    void text(String s, double x, double y, Align align, double size, boolean italic);

    /** Approximate width of a text in pixels. */
    double textWidth(String s, double size);

    /** Restricts drawing to a rectangle (null to clear). */
    void clip(double[] rect);
}
