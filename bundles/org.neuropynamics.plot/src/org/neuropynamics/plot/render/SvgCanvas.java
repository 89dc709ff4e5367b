package org.neuropynamics.plot.render;

import java.awt.FontMetrics;
import java.util.Locale;

/**
 * {@link Canvas} into an SVG 1.1 document: one element per drawing operation ({@code polyline}, {@code polygon},
 * {@code circle}, {@code rect}, {@code text}), so that a figure's lines and labels can be found in the file.
 * Text is measured and placed with the PNG back end's font metrics (baseline given explicitly), so the labels
 * of the SVG sit where the PNG has them.
 */
public final class SvgCanvas implements Canvas {

    private final StringBuilder body = new StringBuilder(1 << 16);
    private final int width;
    private final int height;
    private String color = "#000000";
    private double lineWidth = 1;
    private boolean dashed;
    private int clips;
    private String clipRef = "";

    /** A drawing of the given pixel size. */
    public SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void color(int rgb) {
        color = String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    @Override
    public void stroke(double w, boolean dash) {
        this.lineWidth = w;
        this.dashed = dash;
    }

    private String strokeAttributes() {
        return " fill=\"none\" stroke=\"" + color + "\" stroke-width=\"" + f(lineWidth) + "\""
                + (dashed ? " stroke-dasharray=\"6,4\" stroke-linecap=\"butt\"" : " stroke-linecap=\"round\"")
                + " stroke-linejoin=\"round\"" + clipRef;
    }

    @Override
    public void polyline(double[] xy, int n) {
        if (n < 2) {
            return;
        }
        body.append("<polyline points=\"");
        points(xy, n);
        body.append('"').append(strokeAttributes()).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xy, int n) {
        if (n < 3) {
            return;
        }
        body.append("<polygon points=\"");
        points(xy, n);
        body.append("\" fill=\"").append(color).append('"').append(clipRef).append("/>\n");
    }

    private void points(double[] xy, int n) {
        for (int k = 0; k < n; k++) {
            body.append(f(xy[2 * k])).append(',').append(f(xy[2 * k + 1])).append(' ');
        }
    }

    @Override
    public void circle(double cx, double cy, double r, boolean filled) {
        body.append("<circle cx=\"").append(f(cx)).append("\" cy=\"").append(f(cy)).append("\" r=\"").append(f(r))
                .append('"').append(filled ? " fill=\"" + color + "\"" + clipRef : strokeAttributes()).append("/>\n");
    }

    @Override
    public void rectangle(double x, double y, double w, double h, boolean filled) {
        body.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"").append(f(w))
                .append("\" height=\"").append(f(h)).append('"')
                .append(filled ? " fill=\"" + color + "\"" + clipRef : strokeAttributes()).append("/>\n");
    }

    @Override
    public void text(String s, double x, double y, Align align, double size, FontStyle style, boolean vertical) {
        FontMetrics m = TextMetrics.metrics(size, style);
        String anchor = switch (align) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        double baseline = vertical ? TextMetrics.baseline(m, 0) : TextMetrics.baseline(m, y);
        double bx = vertical ? 0 : x;
        body.append("<text x=\"").append(f(bx)).append("\" y=\"").append(f(baseline)).append("\" font-size=\"")
                .append(f(size * PX_PER_PT)).append("\" text-anchor=\"").append(anchor).append("\" fill=\"")
                .append(color).append('"');
        if (style == FontStyle.BOLD) {
            body.append(" font-weight=\"bold\"");
        } else if (style == FontStyle.ITALIC) {
            body.append(" font-style=\"italic\"");
        }
        if (vertical) {
            body.append(" transform=\"translate(").append(f(x)).append(' ').append(f(y)).append(") rotate(-90)\"");
        }
        body.append('>').append(escape(s)).append("</text>\n");
    }

    @Override
    public double textWidth(String s, double size) {
        return TextMetrics.metrics(size, FontStyle.PLAIN).stringWidth(s);
    }

    @Override
    public void clip(double[] rect) {
        if (rect == null) {
            clipRef = "";
            return;
        }
        String id = "clip" + (++clips);
        body.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(f(rect[0])).append("\" y=\"")
                .append(f(rect[1])).append("\" width=\"").append(f(rect[2])).append("\" height=\"").append(f(rect[3]))
                .append("\"/></clipPath>\n");
        clipRef = " clip-path=\"url(#" + id + ")\"";
    }

    /** The complete SVG document. */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""
                + " width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\""
                + " font-family=\"DejaVu Sans, Verdana, sans-serif\">\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n" + body + "</svg>\n";
    }

    private static String f(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s.equals("-0") ? "0" : s;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
