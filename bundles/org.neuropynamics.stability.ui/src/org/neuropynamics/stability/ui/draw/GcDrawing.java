package org.neuropynamics.stability.ui.draw;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.neuropynamics.stability.draw.Drawing;

/** {@link Drawing} on an SWT graphics context, antialiased; {@link #dispose()} frees colours and fonts. */
public final class GcDrawing implements Drawing {

    private final GC gc;
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();

    /** Wraps the context (not disposed by this object). */
    public GcDrawing(GC gc) {
        this.gc = gc;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setLineJoin(SWT.JOIN_ROUND);
        gc.setLineCap(SWT.CAP_ROUND);
    }

    @Override
    public void color(int r, int g, int b) {
        Color c = colors.computeIfAbsent((r << 16) | (g << 8) | b, k -> new Color(r, g, b));
        gc.setForeground(c);
        gc.setBackground(c);
    }

    @Override
    public void stroke(double width, boolean dashed) {
        gc.setLineWidth((int) Math.max(1, Math.round(width)));
        // explicit dashes with flat caps: round caps and the default pattern close the gaps at width 2
        if (dashed) {
            gc.setLineCap(SWT.CAP_FLAT);
            gc.setLineDash(new int[] {7, 5});
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
        Path path = new Path(gc.getDevice());
        path.moveTo((float) xy[0], (float) xy[1]);
        for (int k = 1; k < n; k++) {
            path.lineTo((float) xy[2 * k], (float) xy[2 * k + 1]);
        }
        gc.drawPath(path);
        path.dispose();
    }

    @Override
    public void fillPolygon(double[] xy, int n) {
        int[] pts = new int[2 * n];
        for (int k = 0; k < 2 * n; k++) {
            pts[k] = (int) Math.round(xy[k]);
        }
        gc.fillPolygon(pts);
    }

    @Override
    public void circle(double cx, double cy, double r, boolean filled) {
        int x = (int) Math.round(cx - r);
        int y = (int) Math.round(cy - r);
        int d = (int) Math.round(2 * r);
        if (filled) {
            gc.fillOval(x, y, d, d);
        } else {
            gc.drawOval(x, y, d, d);
        }
    }

    @Override
    public void rectangle(double x, double y, double w, double h, boolean filled) {
        if (filled) {
            gc.fillRectangle((int) Math.round(x), (int) Math.round(y), (int) Math.round(w), (int) Math.round(h));
        } else {
            gc.drawRectangle((int) Math.round(x), (int) Math.round(y), (int) Math.round(w), (int) Math.round(h));
        }
    }

    @Override
    public void text(String s, double x, double y, Align align, double size, boolean italic) {
        gc.setFont(font(size, italic));
        Point extent = gc.textExtent(s);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - extent.x / 2.0;
            case RIGHT -> x - extent.x;
        };
        gc.drawText(s, (int) Math.round(left), (int) Math.round(y - extent.y / 2.0), true);
    }

    @Override
    public double textWidth(String s, double size) {
        gc.setFont(font(size, false));
        return gc.textExtent(s).x;
    }

    @Override
    public void clip(double[] rect) {
        if (rect == null) {
            gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
        } else {
            gc.setClipping((int) rect[0], (int) rect[1], (int) Math.ceil(rect[2]), (int) Math.ceil(rect[3]));
        }
    }

    private Font font(double size, boolean italic) {
        String key = size + (italic ? "i" : "");
        return fonts.computeIfAbsent(key, k -> {
            FontData base = gc.getDevice().getSystemFont().getFontData()[0];
            return new Font(gc.getDevice(), new FontData(base.getName(), (int) Math.round(size),
                    italic ? SWT.ITALIC : SWT.NORMAL));
        });
    }

    /** Frees the colours and fonts created. */
    public void dispose() {
        colors.values().forEach(Color::dispose);
        fonts.values().forEach(Font::dispose);
    }
}
