package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.build.Describe;
import org.neuropynamics.core.model.Model;

/**
 * What the canvas shows at one zoom, in pixels: the curve and label rectangle of every projection. Used
 * both to paint and to find what lies under the mouse, so that what is hit is what is seen.
 */
public record DiagramScene(Map<Projection, CubicCurve> curves, Map<Projection, Rectangle> labels) {

    /** How near (pixels) a click must be to a projection's curve to hit it. */
    static final double HIT_DISTANCE = 6;

    /** The scene of a network; {@code extent} measures a label's text in the label font. */
    static DiagramScene of(Network network, double zoom, Function<String, Point> extent) {
        Map<Projection, CubicCurve> curves = ProjectionRoutes.of(network, zoom);
        Map<Projection, Point> sizes = new IdentityHashMap<>();
        for (Projection p : curves.keySet()) {
            Point e = extent.apply(text(p));
            // a little padding around the text, inside the label's white ground
            sizes.put(p, new Point(e.x + 6, e.y + 2));
        }
        List<Rectangle> boxes = new ArrayList<>();
        for (Node n : DiagramGeometry.nodes(network)) {
            boxes.add(DiagramGeometry.bounds(n, zoom));
        }
        return new DiagramScene(curves, LabelPlacement.place(curves, sizes, boxes));
    }

    /**
     * The projection at (x, y): its label there, or its curve within {@link #HIT_DISTANCE} (the nearest
     * curve when several are that near); null when none.
     */
    Projection projectionAt(int x, int y) {
        for (Map.Entry<Projection, Rectangle> e : labels.entrySet()) {
            if (e.getValue().contains(x, y)) {
                return e.getKey();
            }
        }
        Projection best = null;
        double bestDistance = HIT_DISTANCE;
        for (Map.Entry<Projection, CubicCurve> e : curves.entrySet()) {
            double d = e.getValue().distanceTo(x, y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = e.getKey();
            }
        }
        return best;
    }

    /** The projections whose curves pass through the rectangle (rubber band). */
    List<Projection> projectionsIn(Rectangle r) {
        List<Projection> out = new ArrayList<>();
        for (Map.Entry<Projection, CubicCurve> e : curves.entrySet()) {
            CubicCurve c = e.getValue();
            double[] a = c.at(0);
            double[] b = c.at(1);
            // wholly inside: both ends inside the band
            if (r.contains((int) a[0], (int) a[1]) && r.contains((int) b[0], (int) b[1])) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The label: the rule over weight with its unit and delay ("p=0.02" over "w=1.62 mV, d=1 ms"). */
    static String text(Projection p) {
        return Describe.projection(p, weightUnit(p));
    }

    /**
     * The unit of a projection's weight: a voltage jump is in the unit of the variable it adds to, an
     * exponential current in the unit of the target model's current parameter; a conductance has none shown.
     */
    static String weightUnit(Projection p) {
        Model m = p.getTarget() == null ? null : NetworkEdits.model(p.getTarget());
        if (m == null || p.getSynapse() == null) {
            return "";
        }
        switch (p.getSynapse()) {
            case VOLTAGE_JUMP -> {
                String v = p.getTargetVariable();
                int k = v == null || v.isEmpty() ? 0 : m.variableIndex(v);
                return k < 0 ? "" : m.variables().get(k).unit();
            }
            case EXPONENTIAL_CURRENT, ALPHA_CURRENT -> {
                int k = m.currentParameter() == null ? -1 : m.parameterIndex(m.currentParameter());
                return k < 0 ? "" : m.parameters().get(k).unit();
            }
            default -> {
                return "";
            }
        }
    }
}
