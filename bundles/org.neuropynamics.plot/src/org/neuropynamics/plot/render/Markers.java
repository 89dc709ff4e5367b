package org.neuropynamics.plot.render;

/** Marker shapes shared by the painters and their legends. */
public final class Markers {

    private Markers() {
    }

    /** A downward triangle of the given size centred at (x, y) (spikes, f-I points), in the current colour. */
    public static void triangle(Canvas c, double x, double y, double size) {
        double h = size / 2;
        c.fillPolygon(new double[] {x - h, y - h, x + h, y - h, x, y + h}, 3);
    }

    /** A line with a filled head at its end. */
    public static void arrow(Canvas d, double x0, double y0, double x1, double y1, double head) {
        d.line(x0, y0, x1, y1);
        head(d, x1, y1, x1 - x0, y1 - y0, head);
    }

    /** A filled arrowhead with its tip at (x, y) pointing along (dx, dy). */
    public static void head(Canvas d, double x, double y, double dx, double dy, double size) {
        double n = Math.hypot(dx, dy);
        if (n == 0) {
            return;
        }
        dx /= n;
        dy /= n;
        d.fillPolygon(new double[] {x, y, x - size * dx + 0.45 * size * dy, y - size * dy - 0.45 * size * dx,
            x - size * dx - 0.45 * size * dy, y - size * dy + 0.45 * size * dx}, 3);
    }
}
