package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.neuropynamics.network.model.Projection;

/**
 * Places the label of each projection next to its curve so that no two labels overlap and none covers a
 * node box. Each label tries positions along its curve (from the middle outwards), beside it on either side
 * or centred on it, and takes the cheapest: overlaps with placed labels and boxes cost most, crossing other
 * curves costs some, straying from the middle a little. Display-free (sizes come in, rectangles go out).
 */
public final class LabelPlacement {

    /** Gap in pixels between a label and its curve, and the margin two labels keep apart. */
    public static final int GAP = 4;
    private static final double[] T = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};
    private static final double[] LOOP_T = {0.5, 0.35, 0.65, 0.2, 0.8};

    private LabelPlacement() {
    }

    /**
     * The label rectangles, in canvas pixels, for curves (in placing order) of labels of the given sizes;
     * boxes are the node boxes to keep clear of.
     */
    static Map<Projection, Rectangle> place(Map<Projection, CubicCurve> curves, Map<Projection, Point> sizes,
            List<Rectangle> boxes) {
        Map<Projection, Rectangle> placed = new IdentityHashMap<>();
        List<Rectangle> taken = new ArrayList<>();
        for (Map.Entry<Projection, CubicCurve> e : curves.entrySet()) {
            Point size = sizes.get(e.getKey());
            if (size == null) {
                continue;
            }
            boolean loop = e.getKey().getSource() == e.getKey().getTarget();
            Rectangle best = null;
            double bestCost = Double.MAX_VALUE;
            for (double t : loop ? LOOP_T : T) {
                for (int side : new int[] {1, -1, 0}) {
                    Rectangle r = candidate(e.getValue(), t, side, size);
                    double cost = cost(r, e.getValue(), e.getKey(), curves, taken, boxes)
                            + 40 * Math.abs(t - 0.5) + (side == 0 ? 12 : side == -1 ? 4 : 0);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = r;
                    }
                }
            }
            placed.put(e.getKey(), best);
            taken.add(best);
        }
        return placed;
    }

    /**
     * The rectangle of a label beside the curve at t: on the outer side of the bend for side 1, the inner
     * side for -1, centred on the curve for 0.
     */
    static Rectangle candidate(CubicCurve c, double t, int side, Point size) {
        double[] p = c.at(t);
        double[] d = c.tangent(t);
        double nx = -d[1];
        double ny = d[0];
        // the outer side is where the curve bulges away from its chord (up or left for a straight line)
        double[] mid = c.at(0.5);
        double bulge = (mid[0] - (c.x0() + c.x3()) / 2) * nx + (mid[1] - (c.y0() + c.y3()) / 2) * ny;
        if (bulge < -0.5 || Math.abs(bulge) <= 0.5 && ny + 0.01 * nx > 0) {
            nx = -nx;
            ny = -ny;
        }
        if (side == 0) {
            return new Rectangle((int) Math.round(p[0] - size.x / 2.0), (int) Math.round(p[1] - size.y / 2.0),
                    size.x, size.y);
        }
        nx *= side;
        ny *= side;
        // the label's nearest point sits GAP away along the normal: an edge's middle where the normal is
        // nearly horizontal or vertical, a corner where it is diagonal
        double cx = p[0] + nx * GAP + size.x / 2.0 * Math.max(-1, Math.min(1, nx / 0.38));
        double cy = p[1] + ny * GAP + size.y / 2.0 * Math.max(-1, Math.min(1, ny / 0.38));
        return new Rectangle((int) Math.round(cx - size.x / 2.0), (int) Math.round(cy - size.y / 2.0), size.x,
                size.y);
    }

    private static double cost(Rectangle r, CubicCurve own, Projection p, Map<Projection, CubicCurve> curves,
            List<Rectangle> taken, List<Rectangle> boxes) {
        double cost = 0;
        if (r.x < 0 || r.y < 0) {
            cost += 1000;
        }
        Rectangle padded = new Rectangle(r.x - GAP, r.y - GAP, r.width + 2 * GAP, r.height + 2 * GAP);
        for (Rectangle t : taken) {
            if (t.intersects(padded)) {
                cost += 1000;
            }
        }
        for (Rectangle b : boxes) {
            if (b.intersects(padded)) {
                cost += 500;
            }
        }
        for (Map.Entry<Projection, CubicCurve> e : curves.entrySet()) {
            if (e.getKey() != p && e.getValue().crosses(r.x, r.y, r.width, r.height, 0)) {
                cost += 30;
            }
        }
        return cost;
    }
}
