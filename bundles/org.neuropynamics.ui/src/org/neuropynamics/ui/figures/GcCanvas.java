package org.neuropynamics.ui.figures;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Transform;
import org.neuropynamics.plot.Decimation;
import org.neuropynamics.plot.render.Canvas;

/**
 * The screen back end of the one figure {@link Canvas}: draws on an SWT graphics context, antialiased, with the
 * figures' font (DejaVu Sans, as the PNG and SVG files). {@link #dispose()} frees colours and fonts.
 * <p>
 * Two things keep a live redraw cheap (issue 13, docs/architecture.md "The figure layer"): a long polyline is
 * stroked without the points that lie within {@value #TOLERANCE} px of the line kept ({@link Decimation#simplify};
 * Cairo's cost grows with the segments, and a decimated trace is mostly straight at pixel scale), and straight
 * segments drawn one after another with the same colour and stroke (grid lines, ticks) are stroked as one path.
 */
public final class GcCanvas implements Canvas {

    /** The font family of the figures, the one Java2D's logical sans-serif font maps to on Linux. */
    static final String FAMILY = "DejaVu Sans";

    private final GC gc;
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();
    /** Pixels a point of a long polyline may lie off the line stroked instead (screen only). */
    static final double TOLERANCE = 0.05;
    /** Polylines with more points than this are simplified. */
    private static final int SIMPLIFY_FROM = 16;
    private double[] points = new double[0];
    private int[] marks = new int[0];
    /** Segments waiting to be stroked together, or null. */
    private Path segments;

    /** Wraps the context (not disposed by this object). */
    public GcCanvas(GC gc) {
        this.gc = gc;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setLineJoin(SWT.JOIN_ROUND);
        gc.setLineCap(SWT.CAP_ROUND);
    }

    @Override
    public void color(int rgb) {
        flush();
        Color c = colors.computeIfAbsent(rgb & 0xFFFFFF,
                k -> new Color(gc.getDevice(), (k >> 16) & 0xFF, (k >> 8) & 0xFF, k & 0xFF));
        gc.setForeground(c);
        gc.setBackground(c);
    }

    @Override
    public void stroke(double width, boolean dashed) {
        flush();
        gc.setLineWidth((int) Math.max(1, Math.round(width)));
        // explicit dashes with flat caps: round caps and the default pattern close the gaps at width 2
        if (dashed) {
            gc.setLineCap(SWT.CAP_FLAT);
            gc.setLineDash(new int[] {6, 4});
        } else {
            gc.setLineCap(SWT.CAP_ROUND);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    @Override
    public void polyline(double[] xy, int n) {
        if (n < 2) {
            return;
        }
        if (n == 2) {
            line(xy[0], xy[1], xy[2], xy[3]);
            return;
        }
        flush();
        double[] p = xy;
        int m = n;
        if (n > SIMPLIFY_FROM) {
            if (points.length < 2 * n) {
                points = new double[2 * n];
                marks = new int[n];
            }
            System.arraycopy(xy, 0, points, 0, 2 * n);
            p = points;
            m = Decimation.simplify(points, n, TOLERANCE, marks);
        }
        Path path = new Path(gc.getDevice());
        path.moveTo((float) p[0], (float) p[1]);
        for (int k = 1; k < m; k++) {
            path.lineTo((float) p[2 * k], (float) p[2 * k + 1]);
        }
        gc.drawPath(path);
        path.dispose();
    }

    /** A segment, stroked with the segments that follow it until the colour, stroke or kind of drawing changes. */
    @Override
    public void line(double x0, double y0, double x1, double y1) {
        if (segments == null) {
            segments = new Path(gc.getDevice());
        }
        segments.moveTo((float) x0, (float) y0);
        segments.lineTo((float) x1, (float) y1);
    }

    /** Strokes the segments waiting. */
    private void flush() {
        if (segments != null) {
            gc.drawPath(segments);
            segments.dispose();
            segments = null;
        }
    }

    @Override
    public void fillPolygon(double[] xy, int n) {
        flush();
        if (n < 3) {
            return;
        }
        Path path = new Path(gc.getDevice());
        path.moveTo((float) xy[0], (float) xy[1]);
        for (int k = 1; k < n; k++) {
            path.lineTo((float) xy[2 * k], (float) xy[2 * k + 1]);
        }
        path.close();
        gc.fillPath(path);
        path.dispose();
    }

    @Override
    public void circle(double cx, double cy, double r, boolean filled) {
        flush();
        int x = (int) Math.round(cx - r);
        int y = (int) Math.round(cy - r);
        int d = (int) Math.round(2 * r);
        if (filled) {
            gc.fillOval(x, y, d, d);
        } else {
            gc.drawOval(x, y, d, d);
        }
    }

    /**
     * Rectangles on whole pixels (GC's own primitives, no path objects): heat maps and rasters paint thousands of
     * them, and a path per cell made a repaint take hundreds of milliseconds.
     */
    @Override
    public void rectangle(double x, double y, double w, double h, boolean filled) {
        flush();
        int x0 = (int) Math.round(x);
        int y0 = (int) Math.round(y);
        int x1 = (int) Math.round(x + w);
        int y1 = (int) Math.round(y + h);
        if (filled) {
            gc.fillRectangle(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
        } else {
            gc.drawRectangle(x0, y0, x1 - x0, y1 - y0);
        }
    }

    @Override
    public void text(String s, double x, double y, Align align, double size, FontStyle style, boolean vertical) {
        flush();
        gc.setFont(font(size, style));
        Point extent = gc.textExtent(s);
        double shift = switch (align) {
            case LEFT -> 0;
            case CENTER -> -extent.x / 2.0;
            case RIGHT -> -extent.x;
        };
        if (!vertical) {
            gc.drawText(s, (int) Math.round(x + shift), (int) Math.round(y - extent.y / 2.0), true);
            return;
        }
        Transform saved = new Transform(gc.getDevice());
        gc.getTransform(saved);
        Transform t = new Transform(gc.getDevice());
        gc.getTransform(t);
        t.translate((float) x, (float) y);
        t.rotate(-90);
        gc.setTransform(t);
        gc.drawText(s, (int) Math.round(shift), (int) Math.round(-extent.y / 2.0), true);
        gc.setTransform(saved);
        t.dispose();
        saved.dispose();
    }

    @Override
    public double textWidth(String s, double size) {
        gc.setFont(font(size, FontStyle.PLAIN));
        return gc.textExtent(s).x;
    }

    @Override
    public void clip(double[] rect) {
        flush();
        if (rect == null) {
            gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
        } else {
            gc.setClipping((int) Math.floor(rect[0]), (int) Math.floor(rect[1]), (int) Math.ceil(rect[2]) + 1,
                    (int) Math.ceil(rect[3]) + 1);
        }
    }

    private Font font(double size, FontStyle style) {
        return fonts.computeIfAbsent(style + "/" + size, k -> {
            int swt = style == FontStyle.BOLD ? SWT.BOLD : style == FontStyle.ITALIC ? SWT.ITALIC : SWT.NORMAL;
            // SWT font heights are points at the screen's resolution; the figures use points at 96 dpi
            double dpi = Math.max(1, gc.getDevice().getDPI().y);
            int points = (int) Math.max(1, Math.round(size * 96.0 / dpi));
            return new Font(gc.getDevice(), new FontData(FAMILY, points, swt));
        });
    }

    /** Strokes what is waiting and frees the colours and fonts created. */
    public void dispose() {
        flush();
        colors.values().forEach(Color::dispose);
        fonts.values().forEach(Font::dispose);
    }
}
