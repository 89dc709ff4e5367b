package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;

/** Where nodes are on the canvas (model coordinates times the zoom) and what lies under a point. */
public final class DiagramGeometry {

    public static final int WIDTH = 150;
    public static final int HEIGHT = 54;

    private DiagramGeometry() {
    }

    /** The nodes drawn as boxes, in drawing (and colour) order: populations, then inputs. */
    public static List<Node> nodes(Network network) {
        List<Node> out = new ArrayList<>(network.getPopulations());
        out.addAll(network.getInputs());
        return out;
    }

    public static Rectangle bounds(Node n, double zoom) {
        return new Rectangle((int) Math.round(n.getX() * zoom), (int) Math.round(n.getY() * zoom),
                (int) Math.round(WIDTH * zoom), (int) Math.round(HEIGHT * zoom));
    }

    /** The topmost node at (x, y) in canvas pixels, or null. */
    public static Node nodeAt(Network network, int x, int y, double zoom) {
        Node hit = null;
        for (Node n : nodes(network)) {
            if (bounds(n, zoom).contains(x, y)) {
                hit = n;
            }
        }
        return hit;
    }

    /** The nodes whose boxes intersect the rectangle (canvas pixels, any corner order). */
    static List<Node> nodesIn(Network network, Rectangle r, double zoom) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes(network)) {
            if (bounds(n, zoom).intersects(r)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Where the ray from the centre of box {@code b} towards (tx, ty) leaves the box, {@code gap} pixels
     * further out: {x, y}. The centre itself when (tx, ty) is the centre.
     */
    static double[] border(Rectangle b, double tx, double ty, double gap) {
        double cx = b.x + b.width / 2.0;
        double cy = b.y + b.height / 2.0;
        double dx = tx - cx;
        double dy = ty - cy;
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            return new double[] {cx, cy};
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (b.width / 2.0) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (b.height / 2.0) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new double[] {cx + dx * s + dx / len * gap, cy + dy * s + dy / len * gap};
    }
}
