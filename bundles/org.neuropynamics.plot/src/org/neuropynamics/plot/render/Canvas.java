package org.neuropynamics.plot.render;

/**
 * The one set of drawing operations every figure of the workbench is painted with, in pixel coordinates (y
 * down). Three back ends implement it: {@link Java2DCanvas} (PNG, headless), {@link SvgCanvas} (vector files)
 * and the SWT canvas of {@code org.neuropynamics.ui} (the screen), so one painter draws the screen, the PNG,
 * the SVG and the command line's {@code render} alike. Text sizes are points at 96 dpi.
 */
public interface Canvas {

    /** Text anchoring relative to the given point. */
    enum Align {
        LEFT, CENTER, RIGHT
    }

    /** Font style of a text. */
    enum FontStyle {
        PLAIN, ITALIC, BOLD
    }

    /** Pixels per point: text sizes are points at 96 dpi, as on screen. */
    double PX_PER_PT = 96.0 / 72.0;

    /** Sets the colour (0xRRGGBB) of lines, fills and text. */
    void color(int rgb);

    /** Sets the colour from its components (0..255). */
    default void color(int r, int g, int b) {
        color(((r & 0xFF) << 16) | ((g & 0xFF) << 8) | (b & 0xFF));
    }

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

    /**
     * Text whose ascent-descent box is centred vertically on y, anchored horizontally by align; when vertical,
     * the text reads upwards, rotated by -90 degrees about (x, y).
     */
    void text(String s, double x, double y, Align align, double size, FontStyle style, boolean vertical);

    /** Horizontal text, plain or italic. */
    default void text(String s, double x, double y, Align align, double size, boolean italic) {
        text(s, x, y, align, size, italic ? FontStyle.ITALIC : FontStyle.PLAIN, false);
    }

    /** Width of a plain text in pixels, as this back end draws it. */
    double textWidth(String s, double size);

    /** Restricts drawing to a rectangle {x, y, w, h} (null to clear). */
    void clip(double[] rect);
}
