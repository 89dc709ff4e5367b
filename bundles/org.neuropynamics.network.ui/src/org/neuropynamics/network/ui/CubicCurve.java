package org.neuropynamics.network.ui;

/**
 * A cubic Bezier curve in canvas pixels: the path of a projection (a straight line, a bent curve or a loop
 * are all cubic). Display-free, so that hit tests and label placement are plain arithmetic.
 */
public record CubicCurve(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {

    private static final int SAMPLES = 48;

    /** The straight segment from (x0, y0) to (x3, y3). */
    static CubicCurve line(double x0, double y0, double x3, double y3) {
        return new CubicCurve(x0, y0, x0 + (x3 - x0) / 3, y0 + (y3 - y0) / 3, x0 + 2 * (x3 - x0) / 3,
                y0 + 2 * (y3 - y0) / 3, x3, y3);
    }

    /** The quadratic curve with control point (cx, cy), raised to a cubic. */
    static CubicCurve quadratic(double x0, double y0, double cx, double cy, double x3, double y3) {
        return new CubicCurve(x0, y0, x0 + 2 * (cx - x0) / 3, y0 + 2 * (cy - y0) / 3, x3 + 2 * (cx - x3) / 3,
                y3 + 2 * (cy - y3) / 3, x3, y3);
    }

    /** The point at parameter t in [0, 1]: {x, y}. */
    public double[] at(double t) {
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new double[] {a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3};
    }

    /** The unit tangent at parameter t: {dx, dy} (the chord's direction where the derivative vanishes). */
    public double[] tangent(double t) {
        double u = 1 - t;
        double dx = 3 * u * u * (x1 - x0) + 6 * u * t * (x2 - x1) + 3 * t * t * (x3 - x2);
        double dy = 3 * u * u * (y1 - y0) + 6 * u * t * (y2 - y1) + 3 * t * t * (y3 - y2);
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            dx = x3 - x0;
            dy = y3 - y0;
            len = Math.max(1e-9, Math.hypot(dx, dy));
        }
        return new double[] {dx / len, dy / len};
    }

    /** The shortest distance from (px, py) to the curve, measured on a fine polyline. */
    public double distanceTo(double px, double py) {
        double best = Double.MAX_VALUE;
        double[] a = at(0);
        for (int k = 1; k <= SAMPLES; k++) {
            double[] b = at(k / (double) SAMPLES);
            best = Math.min(best, segmentDistance(px, py, a[0], a[1], b[0], b[1]));
            a = b;
        }
        return best;
    }

    /** Whether the curve passes through the rectangle (x, y, w, h), shrunk by {@code inset} on each side. */
    public boolean crosses(double x, double y, double w, double h, double inset) {
        for (int k = 0; k <= SAMPLES; k++) {
            double[] p = at(k / (double) SAMPLES);
            if (p[0] > x + inset && p[0] < x + w - inset && p[1] > y + inset && p[1] < y + h - inset) {
                return true;
            }
        }
        return false;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double l2 = dx * dx + dy * dy;
        double t = l2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2));
        return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    }
}
