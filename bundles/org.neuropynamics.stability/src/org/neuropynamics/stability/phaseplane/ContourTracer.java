package org.neuropynamics.stability.phaseplane;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The zero level set of a function sampled on a regular grid, by marching squares: every cell whose corners
 * change sign contributes a segment between the crossing points on its edges (linear interpolation, then,
 * when the function itself is given, a few Illinois steps along the edge so that the points lie on the curve
 * to rounding). Ambiguous cells (signs alternating around the cell) are resolved by the value at the centre.
 * Segments sharing an edge point are joined into polylines; open ones end on the window border or where the
 * function is not finite, closed ones are loops. Every branch inside the window is found as long as it
 * crosses a grid edge: features smaller than a cell can be missed, as with any contouring.
 */
public final class ContourTracer {

    private ContourTracer() {
    }

    /**
     * @param xs increasing node abscissae (length nx &gt;= 2)
     * @param ys increasing node ordinates (length ny &gt;= 2)
     * @param values {@code values[i][j]} at (xs[i], ys[j])
     * @param exact the function itself for refining the crossings on the edges, or null for linear
     *        interpolation only
     * @return the polylines of {@code value = 0}
     */
    public static List<Polyline> zeroContour(double[] xs, double[] ys, double[][] values, ScalarField exact) {
        int nx = xs.length;
        int ny = ys.length;
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("contouring needs at least 2 x 2 grid nodes");
        }
        // edge ids: horizontal edge from node (i,j) to (i+1,j) is 2*(j*nx+i); vertical (i,j)-(i,j+1) is +1
        int[] pointOfEdge = new int[2 * nx * ny];
        Arrays.fill(pointOfEdge, -1);
        Points points = new Points();
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                double v0 = values[i][j];
                double v1 = values[i + 1][j];
                double v2 = values[i + 1][j + 1];
                double v3 = values[i][j + 1];
                if (!(Double.isFinite(v0) && Double.isFinite(v1) && Double.isFinite(v2) && Double.isFinite(v3))) {
                    continue;
                }
                boolean s0 = v0 >= 0;
                boolean s1 = v1 >= 0;
                boolean s2 = v2 >= 0;
                boolean s3 = v3 >= 0;
                int bottom = s0 != s1 ? 2 * (j * nx + i) : -1;
                int right = s1 != s2 ? 2 * (j * nx + i + 1) + 1 : -1;
                int top = s2 != s3 ? 2 * ((j + 1) * nx + i) : -1;
                int left = s3 != s0 ? 2 * (j * nx + i) + 1 : -1;
                int crossings = (bottom >= 0 ? 1 : 0) + (right >= 0 ? 1 : 0) + (top >= 0 ? 1 : 0) + (left >= 0 ? 1 : 0);
                if (crossings == 0) {
                    continue;
                }
                int[] e = {bottom, right, top, left};
                for (int edge : e) {
                    if (edge >= 0 && pointOfEdge[edge] < 0) {
                        pointOfEdge[edge] = points.add(crossing(edge, nx, xs, ys, values, exact));
                    }
                }
                if (crossings == 2) {
                    int a = -1;
                    int b = -1;
                    for (int edge : e) {
                        if (edge >= 0) {
                            if (a < 0) {
                                a = edge;
                            } else {
                                b = edge;
                            }
                        }
                    }
                    points.link(pointOfEdge[a], pointOfEdge[b]);
                } else {
                    boolean centre = 0.25 * (v0 + v1 + v2 + v3) >= 0;
                    if (centre == s0) {
                        // corners 0 and 2 connected through the centre: cut off corners 1 and 3
                        points.link(pointOfEdge[bottom], pointOfEdge[right]);
                        points.link(pointOfEdge[top], pointOfEdge[left]);
                    } else {
                        points.link(pointOfEdge[left], pointOfEdge[bottom]);
                        points.link(pointOfEdge[right], pointOfEdge[top]);
                    }
                }
            }
        }
        return points.polylines();
    }

    private static double[] crossing(int edge, int nx, double[] xs, double[] ys, double[][] values,
            ScalarField exact) {
        int node = edge / 2;
        int i = node % nx;
        int j = node / nx;
        boolean vertical = (edge & 1) == 1;
        int i1 = vertical ? i : i + 1;
        int j1 = vertical ? j + 1 : j;
        double a = vertical ? ys[j] : xs[i];
        double b = vertical ? ys[j1] : xs[i1];
        double fa = values[i][j];
        double fb = values[i1][j1];
        double s = a + (b - a) * fa / (fa - fb);
        if (exact != null) {
            s = refine(exact, vertical, vertical ? xs[i] : ys[j], a, b, fa, fb, s);
        }
        return vertical ? new double[] {xs[i], s} : new double[] {s, ys[j]};
    }

    /** Illinois iterations on the edge [a, b] (signs of fa, fb differ), starting from the linear estimate. */
    private static double refine(ScalarField f, boolean vertical, double fixed, double a, double b, double fa,
            double fb, double guess) {
        double c = guess;
        int side = 0;
        for (int it = 0; it < 30; it++) {
            double fc = vertical ? f.value(fixed, c) : f.value(c, fixed);
            if (fc == 0 || !Double.isFinite(fc)) {
                return fc == 0 ? c : guess;
            }
            if ((fc >= 0) == (fa >= 0)) {
                a = c;
                fa = fc;
                if (side == -1) {
                    fb *= 0.5;
                }
                side = -1;
            } else {
                b = c;
                fb = fc;
                if (side == 1) {
                    fa *= 0.5;
                }
                side = 1;
            }
            if (Math.abs(b - a) <= 1e-13 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300) {
                break;
            }
            c = a + (b - a) * fa / (fa - fb);
            if (!(c >= Math.min(a, b) && c <= Math.max(a, b))) {
                c = 0.5 * (a + b);
            }
        }
        return c;
    }

    /** Crossing points with at most two neighbours each, joined into polylines at the end. */
    private static final class Points {
        private double[] px = new double[64];
        private double[] py = new double[64];
        private int[] n1 = new int[64];
        private int[] n2 = new int[64];
        private int count;

        int add(double[] p) {
            if (count == px.length) {
                px = Arrays.copyOf(px, 2 * count);
                py = Arrays.copyOf(py, 2 * count);
                n1 = Arrays.copyOf(n1, 2 * count);
                n2 = Arrays.copyOf(n2, 2 * count);
            }
            px[count] = p[0];
            py[count] = p[1];
            n1[count] = -1;
            n2[count] = -1;
            return count++;
        }

        void link(int a, int b) {
            attach(a, b);
            attach(b, a);
        }

        private void attach(int a, int b) {
            if (n1[a] < 0) {
                n1[a] = b;
            } else {
                n2[a] = b;
            }
        }

        List<Polyline> polylines() {
            boolean[] used = new boolean[count];
            List<Polyline> result = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                if (!used[k] && (n1[k] < 0 || n2[k] < 0)) {
                    result.add(walk(k, used, false));
                }
            }
            for (int k = 0; k < count; k++) {
                if (!used[k]) {
                    result.add(walk(k, used, true));
                }
            }
            return result;
        }

        private Polyline walk(int start, boolean[] used, boolean loop) {
            double[] xs = new double[16];
            double[] ys = new double[16];
            int len = 0;
            int prev = -1;
            int cur = start;
            while (cur >= 0 && !used[cur]) {
                used[cur] = true;
                if (len == xs.length) {
                    xs = Arrays.copyOf(xs, 2 * len);
                    ys = Arrays.copyOf(ys, 2 * len);
                }
                xs[len] = px[cur];
                ys[len++] = py[cur];
                int next = n1[cur] == prev ? n2[cur] : n1[cur];
                prev = cur;
                cur = next;
            }
            return new Polyline(Arrays.copyOf(xs, len), Arrays.copyOf(ys, len), loop && len > 2);
        }
    }
}
