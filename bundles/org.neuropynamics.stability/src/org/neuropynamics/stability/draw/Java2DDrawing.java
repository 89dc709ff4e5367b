package org.neuropynamics.stability.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * {@link Drawing} on a Java2D {@link Graphics2D}, antialiased: renders the figures into a headless
 * {@code BufferedImage} (the CLI's {@code render} needs no display and no SWT). Text sizes are points at
 * 96 dpi, as on screen and in {@link SvgDrawing}.
 */
public final class Java2DDrawing implements Drawing {

    private static final double PX_PER_PT = 96.0 / 72.0;

    private final Graphics2D g;
    private double lineWidth = 1;
    private boolean dashed;

    /** Draws on {@code g} (not disposed by this object). */
    public Java2DDrawing(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        applyStroke();
    }

    @Override
    public void color(int r, int gr, int b) {
        g.setColor(new Color(r, gr, b));
    }

    @Override
    public void stroke(double width, boolean dash) {
        this.lineWidth = width;
        this.dashed = dash;
        applyStroke();
    }

    private void applyStroke() {
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10,
                dashed ? new float[] {6, 4} : null, 0));
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
    public void text(String s, double x, double y, Align align, double size, boolean italic) {
        g.setFont(font(size, italic));
        FontMetrics m = g.getFontMetrics();
        double w = m.stringWidth(s);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        // baseline so that the text's ascent-descent box is centred on y
        double baseline = y + (m.getAscent() - m.getDescent()) / 2.0;
        g.drawString(s, (float) left, (float) baseline);
    }

    @Override
    public double textWidth(String s, double size) {
        return g.getFontMetrics(font(size, false)).stringWidth(s);
    }

    @Override
    public void clip(double[] rect) {
        g.setClip(rect == null ? null : new Rectangle2D.Double(rect[0], rect[1], rect[2], rect[3]));
    }

    private static Font font(double size, boolean italic) {
        return new Font(Font.SANS_SERIF, italic ? Font.ITALIC : Font.PLAIN, 1).deriveFont((float) (size * PX_PER_PT));
    }
}
