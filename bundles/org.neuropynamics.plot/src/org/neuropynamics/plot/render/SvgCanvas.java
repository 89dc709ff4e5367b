package org.neuropynamics.plot.render;

import java.util.Locale;

import org.neuropynamics.plot.SeriesStyle;

/** Writes the drawing as an SVG 1.1 document (vector figure for papers and slides). */
public final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder(1 << 16);
    private final int width;
    private final int height;
    private int clipCount;
    private String clipId;

    /** A canvas of the given size in pixels (user units). */
    public SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n");
    }

    @Override
    public void background(int rgb) {
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"").append(color(rgb)).append("\"/>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, int rgb) {
        svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"").append(f(w))
                .append("\" height=\"").append(f(h)).append("\" fill=\"none\" stroke=\"").append(color(rgb))
                .append("\" stroke-width=\"1\"/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, SeriesStyle style, int rgb, double strokeWidth) {
        if (n < 1) {
            return;
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(color(rgb)).append("\" stroke-width=\"")
                .append(f(strokeWidth)).append("\" stroke-linejoin=\"round\"");
        if (style == SeriesStyle.DASHED) {
            svg.append(" stroke-dasharray=\"6,4\"");
        } else if (style == SeriesStyle.DOTTED) {
            svg.append(" stroke-dasharray=\"1.5,3\"");
        }
        clipAttribute();
        svg.append(" points=\"");
        for (int k = 0; k < n; k++) {
            svg.append(f(xs[k])).append(',').append(f(ys[k])).append(' ');
        }
        svg.append("\"/>\n");
    }

    @Override
    public void marker(double x, double y, double size, int rgb) {
        double h = size / 2;
        svg.append("<path fill=\"").append(color(rgb)).append("\" d=\"M").append(f(x - h)).append(',')
                .append(f(y - h)).append(" L").append(f(x + h)).append(',').append(f(y - h)).append(" L")
                .append(f(x)).append(',').append(f(y + h)).append(" Z\"");
        clipAttribute();
        svg.append("/>\n");
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Anchor anchor, boolean vertical,
            int rgb) {
        svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" font-size=\"")
                .append(f(size)).append("\" fill=\"").append(color(rgb)).append("\" text-anchor=\"")
                .append(anchor.name().toLowerCase(Locale.ROOT)).append('"');
        if (bold) {
            svg.append(" font-weight=\"bold\"");
        }
        if (vertical) {
            svg.append(" transform=\"rotate(-90 ").append(f(x)).append(' ').append(f(y)).append(")\"");
        }
        svg.append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, double size) {
        return text.length() * size * 0.55;
    }

    @Override
    public void clip(double[] rect) {
        if (rect == null) {
            clipId = null;
            return;
        }
        clipId = "clip" + (++clipCount);
        svg.append("<clipPath id=\"").append(clipId).append("\"><rect x=\"").append(f(rect[0])).append("\" y=\"")
                .append(f(rect[1])).append("\" width=\"").append(f(rect[2])).append("\" height=\"")
                .append(f(rect[3])).append("\"/></clipPath>\n");
    }

    private void clipAttribute() {
        if (clipId != null) {
            svg.append(" clip-path=\"url(#").append(clipId).append(")\"");
        }
    }

    /** The finished document. */
    public String toSvg() {
        return svg + "</svg>\n";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
    }

    private static String color(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
