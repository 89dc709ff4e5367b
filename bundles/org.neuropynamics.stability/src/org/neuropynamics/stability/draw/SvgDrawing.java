package org.neuropynamics.stability.draw;

import java.util.Locale;

/** {@link Drawing} into an SVG document (vector export of the same figure). */
public final class SvgDrawing implements Drawing {

    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;
    private String color = "#000000";
    private double lineWidth = 1;
    private boolean dashed;
    private int clips;
    private String clipRef = "";

    /** A drawing of the given pixel size. */
    public SvgDrawing(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void color(int r, int g, int b) {
        color = String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    @Override
    public void stroke(double width, boolean dash) {
        this.lineWidth = width;
        this.dashed = dash;
    }

    private String strokeAttributes() {
        return String.format(Locale.ROOT, " fill=\"none\" stroke=\"%s\" stroke-width=\"%.2f\"%s"
                + " stroke-linejoin=\"round\" stroke-linecap=\"round\"%s", color, lineWidth,
                dashed ? " stroke-dasharray=\"6,4\"" : "", clipRef);
    }

    @Override
    public void polyline(double[] xy, int n) {
        if (n < 2) {
            return;
        }
        body.append("<polyline points=\"");
        for (int k = 0; k < n; k++) {
            body.append(String.format(Locale.ROOT, "%.2f,%.2f ", xy[2 * k], xy[2 * k + 1]));
        }
        body.append('"').append(strokeAttributes()).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xy, int n) {
        body.append("<polygon points=\"");
        for (int k = 0; k < n; k++) {
            body.append(String.format(Locale.ROOT, "%.2f,%.2f ", xy[2 * k], xy[2 * k + 1]));
        }
        body.append("\" fill=\"").append(color).append('"').append(clipRef).append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, boolean filled) {
        body.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\"", cx, cy, r))
                .append(filled ? " fill=\"" + color + "\"" + clipRef : strokeAttributes()).append("/>\n");
    }

    @Override
    public void rectangle(double x, double y, double w, double h, boolean filled) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"", x, y, w, h))
                .append(filled ? " fill=\"" + color + "\"" : strokeAttributes()).append("/>\n");
    }

    @Override
    public void text(String s, double x, double y, Align align, double size, boolean italic) {
        String anchor = switch (align) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        body.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" font-family=\"sans-serif\" "
                + "font-size=\"%.1fpt\" text-anchor=\"%s\" dominant-baseline=\"central\" fill=\"%s\"%s>", x, y, size,
                anchor, color, italic ? " font-style=\"italic\"" : ""))
                .append(escape(s)).append("</text>\n");
    }

    @Override
    public double textWidth(String s, double size) {
        return 0.75 * size * 0.6 * s.length() * 96 / 72;
    }

    @Override
    public void clip(double[] rect) {
        if (rect == null) {
            clipRef = "";
            return;
        }
        String id = "clip" + (++clips);
        body.append(String.format(Locale.ROOT, "<clipPath id=\"%s\"><rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" "
                + "height=\"%.2f\"/></clipPath>\n", id, rect[0], rect[1], rect[2], rect[3]));
        clipRef = " clip-path=\"url(#" + id + ")\"";
    }

    /** The complete SVG document. */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
                + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\">\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n" + body + "</svg>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
