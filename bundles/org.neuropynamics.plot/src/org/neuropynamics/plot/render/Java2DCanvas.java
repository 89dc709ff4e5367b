package org.neuropynamics.plot.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.neuropynamics.plot.SeriesStyle;

/** Draws with Java2D into any {@link Graphics2D} (a headless {@code BufferedImage} in the CLI). */
public final class Java2DCanvas implements Canvas {

    private final Graphics2D g;
    private final int width;
    private final int height;
    private Shape clip;

    /** Draws on {@code g}, an area of {@code width} x {@code height} pixels. */
    public Java2DCanvas(Graphics2D g, int width, int height) {
        this.g = g;
        this.width = width;
        this.height = height;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public void background(int rgb) {
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, width, height);
    }

    @Override
    public void rect(double x, double y, double w, double h, int rgb) {
        g.setColor(new Color(rgb));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, SeriesStyle style, int rgb, double strokeWidth) {
        if (n < 1) {
            return;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        path.moveTo(xs[0], ys[0]);
        for (int k = 1; k < n; k++) {
            path.lineTo(xs[k], ys[k]);
        }
        float[] dash = style == SeriesStyle.DASHED ? new float[] { 6, 4 }
                : style == SeriesStyle.DOTTED ? new float[] { 1.5f, 3 } : null;
        g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0));
        g.setColor(new Color(rgb));
        Shape old = g.getClip();
        g.setClip(clip);
        g.draw(path);
        g.setClip(old);
    }

    @Override
    public void marker(double x, double y, double size, int rgb) {
        double h = size / 2;
        Path2D.Double tri = new Path2D.Double();
        tri.moveTo(x - h, y - h);
        tri.lineTo(x + h, y - h);
        tri.lineTo(x, y + h);
        tri.closePath();
        g.setColor(new Color(rgb));
        Shape old = g.getClip();
        g.setClip(clip);
        g.fill(tri);
        g.setClip(old);
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Anchor anchor, boolean vertical,
            int rgb) {
        Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size));
        g.setFont(font);
        g.setColor(new Color(rgb));
        double w = g.getFontMetrics().stringWidth(text);
        double shift = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        if (vertical) {
            g.rotate(-Math.PI / 2);
        }
        g.drawString(text, (float) shift, 0f);
        g.setTransform(saved);
    }

    @Override
    public double textWidth(String text, double size) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(size));
        return g.getFontMetrics(font).stringWidth(text);
    }

    @Override
    public void clip(double[] rect) {
        clip = rect == null ? null : new Rectangle2D.Double(rect[0], rect[1], rect[2], rect[3]);
    }
}
