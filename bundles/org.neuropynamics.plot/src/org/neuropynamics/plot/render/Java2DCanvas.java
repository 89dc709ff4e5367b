package org.neuropynamics.plot.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * {@link Canvas} on a Java2D {@link Graphics2D}, antialiased: renders figures into a headless
 * {@code BufferedImage} (PNG files from the workbench and from the command line's {@code render}).
 */
public final class Java2DCanvas implements Canvas {

    private final Graphics2D g;
    private double lineWidth = 1;
    private boolean dashed;

    /** Draws on {@code g} (not disposed by this object). */
    public Java2DCanvas(Graphics2D g) {
        this.g = g;
        hints(g);
        applyStroke();
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public void color(int rgb) {
        g.setColor(new Color(rgb & 0xFFFFFF));
    }

    @Override
    public void stroke(double width, boolean dash) {
        this.lineWidth = width;
        this.dashed = dash;
        applyStroke();
    }

    private void applyStroke() {
        // dashes with flat caps: round caps close the gaps of a dashed line of width 2
        g.setStroke(new BasicStroke((float) lineWidth, dashed ? BasicStroke.CAP_BUTT : BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND, 10, dashed ? new float[] {6, 4} : null, 0));
    }

    @Override
    public void polyline(double[] xy, int n) {
        if (n < 2) {
            return;
        }
        g.draw(path(xy, n, false));
    }

    @Override
    public void fillPolygon(double[] xy, int n) {
        if (n < 3) {
            return;
        }
        g.fill(path(xy, n, true));
    }

    private static Path2D.Double path(double[] xy, int n, boolean closed) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        p.moveTo(xy[0], xy[1]);
        for (int k = 1; k < n; k++) {
            p.lineTo(xy[2 * k], xy[2 * k + 1]);
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    @Override
    public void circle(double cx, double cy, double r, boolean filled) {
        Ellipse2D.Double e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        if (filled) {
            g.fill(e);
        } else {
            g.draw(e);
        }
    }

    @Override
    public void rectangle(double x, double y, double w, double h, boolean filled) {
        Rectangle2D.Double rect = new Rectangle2D.Double(x, y, w, h);
        if (filled) {
            g.fill(rect);
        } else {
            g.draw(rect);
        }
    }

    @Override
    public void text(String s, double x, double y, Align align, double size, FontStyle style, boolean vertical) {
        g.setFont(TextMetrics.font(size, style));
        FontMetrics m = g.getFontMetrics();
        double w = m.stringWidth(s);
        double shift = switch (align) {
            case LEFT -> 0;
            case CENTER -> -w / 2;
            case RIGHT -> -w;
        };
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        if (vertical) {
            g.rotate(-Math.PI / 2);
        }
        g.drawString(s, (float) shift, (float) TextMetrics.baseline(m, 0));
        g.setTransform(saved);
    }

    @Override
    public double textWidth(String s, double size) {
        return g.getFontMetrics(TextMetrics.font(size, FontStyle.PLAIN)).stringWidth(s);
    }

    @Override
    public void clip(double[] rect) {
        g.setClip(rect == null ? null : new Rectangle2D.Double(rect[0], rect[1], rect[2], rect[3]));
    }
}
