package org.neuropynamics.network.ui;

import org.eclipse.swt.graphics.Rectangle;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;

/** Where nodes are on the canvas (model coordinates times the zoom) and what lies under a point. */
final class DiagramGeometry {

    static final int WIDTH = 130;
    static final int HEIGHT = 54;

    private DiagramGeometry() {
    }

    static Rectangle bounds(Node n, double zoom) {
        return new Rectangle((int) Math.round(n.getX() * zoom), (int) Math.round(n.getY() * zoom),
                (int) Math.round(WIDTH * zoom), (int) Math.round(HEIGHT * zoom));
    }

    /** The topmost node at (x, y) in canvas pixels, or null. */
    static Node nodeAt(Network network, int x, int y, double zoom) {
        Node hit = null;
        for (Node n : network.getPopulations()) {
            if (bounds(n, zoom).contains(x, y)) {
                hit = n;
            }
        }
        for (Node n : network.getInputs()) {
            if (bounds(n, zoom).contains(x, y)) {
                hit = n;
            }
        }
        return hit;
    }
}
