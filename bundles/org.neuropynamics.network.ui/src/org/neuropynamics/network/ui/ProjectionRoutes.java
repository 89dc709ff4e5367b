package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Rectangle;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.Projection;

/**
 * The curve of every projection on the canvas, from the border of its source box to the border of its
 * target box. A lone projection between two nodes is straight; projections both ways between the same pair
 * bend to opposite sides; several in one direction fan out in lanes; projections of a node to itself are
 * nested loops at the box's top right corner.
 */
final class ProjectionRoutes {

    /** Sideways distance (pixels at zoom 1) between lanes, measured at the middle of the curve. */
    static final double LANE = 34;
    /** The most lanes a fan of curves is pushed aside to clear the boxes of other nodes. */
    static final int MAX_PUSH = 4;
    /** How far (pixels at zoom 1) a curve pushed aside keeps from the boxes it passes. */
    static final double CLEARANCE = 10;

    private ProjectionRoutes() {
    }

    /** The curves of the projections that have both ends, in the network's order. */
    static Map<Projection, CubicCurve> of(Network network, double zoom) {
        List<Node> nodes = DiagramGeometry.nodes(network);
        Map<Node, Integer> index = new IdentityHashMap<>();
        for (int k = 0; k < nodes.size(); k++) {
            index.put(nodes.get(k), k);
        }
        Map<Long, List<Projection>> pairs = new LinkedHashMap<>();
        for (Projection p : network.getProjections()) {
            Integer s = index.get(p.getSource());
            Integer t = index.get(p.getTarget());
            if (s != null && t != null) {
                long key = (long) Math.min(s, t) * Integer.MAX_VALUE + Math.max(s, t);
                pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        Map<Projection, CubicCurve> curves = new IdentityHashMap<>();
        for (List<Projection> group : pairs.values()) {
            Projection first = group.get(0);
            if (first.getSource() == first.getTarget()) {
                for (int k = 0; k < group.size(); k++) {
                    curves.put(group.get(k), loop(DiagramGeometry.bounds(first.getSource(), zoom), k, zoom));
                }
                continue;
            }
            // canonical direction: from the node drawn first to the other
            Node a = index.get(first.getSource()) < index.get(first.getTarget()) ? first.getSource()
                    : first.getTarget();
            List<Projection> forward = group.stream().filter(p -> p.getSource() == a).toList();
            List<Projection> backward = group.stream().filter(p -> p.getSource() != a).toList();
            boolean both = !forward.isEmpty() && !backward.isEmpty();
            for (List<Projection> side : List.of(forward, backward)) {
                if (!side.isEmpty()) {
                    curves.putAll(fan(side, both, nodes, zoom));
                }
            }
        }
        Map<Projection, CubicCurve> ordered = new LinkedHashMap<>();
        for (Projection p : network.getProjections()) {
            if (curves.containsKey(p)) {
                ordered.put(p, curves.get(p));
            }
        }
        return ordered;
    }

    /**
     * The curves of projections in one direction between one pair of nodes, side by side in lanes; the
     * lanes are pushed sideways (outwards when the other direction is drawn too) until no curve runs through
     * the box of a third node, when that takes at most {@code MAX_PUSH} lanes.
     */
    private static Map<Projection, CubicCurve> fan(List<Projection> side, boolean both, List<Node> nodes,
            double zoom) {
        Node s = side.get(0).getSource();
        Node t = side.get(0).getTarget();
        List<Rectangle> others = new ArrayList<>();
        for (Node n : nodes) {
            if (n != s && n != t) {
                others.add(DiagramGeometry.bounds(n, zoom));
            }
        }
        Map<Projection, CubicCurve> first = null;
        for (int push = 0; push <= MAX_PUSH; push++) {
            for (int sign : both ? new int[] {1} : new int[] {1, -1}) {
                Map<Projection, CubicCurve> out = new LinkedHashMap<>();
                boolean clear = true;
                for (int k = 0; k < side.size(); k++) {
                    // lanes relative to each curve's own left: both directions then lie on opposite sides
                    double lane = (both ? k + 1 : k - (side.size() - 1) / 2.0) + sign * push;
                    CubicCurve c = bent(DiagramGeometry.bounds(s, zoom), DiagramGeometry.bounds(t, zoom),
                            lane * LANE * zoom);
                    out.put(side.get(k), c);
                    for (Rectangle r : others) {
                        clear &= !c.crosses(r.x, r.y, r.width, r.height, -CLEARANCE * zoom);
                    }
                }
                if (clear) {
                    return out;
                }
                if (first == null) {
                    first = out;
                }
                if (push == 0) {
                    break;
                }
            }
        }
        return first;
    }

    /** From box s to box t, its middle moved {@code offset} pixels to the left of the direction s -> t. */
    static CubicCurve bent(Rectangle s, Rectangle t, double offset) {
        double x0 = s.x + s.width / 2.0;
        double y0 = s.y + s.height / 2.0;
        double x3 = t.x + t.width / 2.0;
        double y3 = t.y + t.height / 2.0;
        double len = Math.max(1e-9, Math.hypot(x3 - x0, y3 - y0));
        double nx = (y3 - y0) / len;
        double ny = -(x3 - x0) / len;
        // a quadratic's middle lies half way to its control point
        double cx = (x0 + x3) / 2 + nx * 2 * offset;
        double cy = (y0 + y3) / 2 + ny * 2 * offset;
        double[] from = DiagramGeometry.border(s, cx, cy, 1);
        double[] to = DiagramGeometry.border(t, cx, cy, 1);
        if (offset == 0) {
            return CubicCurve.line(from[0], from[1], to[0], to[1]);
        }
        return CubicCurve.quadratic(from[0], from[1], cx, cy, to[0], to[1]);
    }

    /** The k-th loop of a node to itself: out of the top edge, back into the right edge, nested by k. */
    static CubicCurve loop(Rectangle b, int k, double zoom) {
        double size = (34 + 18 * k) * zoom;
        double x0 = b.x + b.width - 16 * zoom - 6 * k * zoom;
        double y0 = b.y - 1;
        double x3 = b.x + b.width + 1;
        double y3 = b.y + 16 * zoom + 6 * k * zoom;
        return new CubicCurve(x0, y0, x0 + 0.2 * size, y0 - size, x3 + size, y3 - 0.2 * size, x3, y3);
    }
}
