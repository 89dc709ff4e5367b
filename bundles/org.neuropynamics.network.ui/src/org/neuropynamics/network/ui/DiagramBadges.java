package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.Monitor;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.RateMonitor;
import org.neuropynamics.network.model.StateMonitor;

/**
 * Where the badges of monitors and current injections are, in canvas pixels: small tags hanging from the
 * bottom edge of their target's box, left to right in model order (monitors, then currents), wrapping to a
 * second row when a box is too narrow. Used both to paint and to hit-test.
 */
public final class DiagramBadges {

    private DiagramBadges() {
    }

    /** The badge rectangles, in painting order; {@code extent} measures text in the label font. */
    public static Map<EObject, Rectangle> of(Network network, double zoom, Function<String, Point> extent) {
        Map<EObject, Rectangle> out = new LinkedHashMap<>();
        if (network == null) {
            return out;
        }
        for (Node n : DiagramGeometry.nodes(network)) {
            List<EObject> attached = new ArrayList<>();
            for (Monitor m : network.getMonitors()) {
                if (m.getTarget() == n) {
                    attached.add(m);
                }
            }
            for (CurrentInjection c : network.getCurrents()) {
                if (c.getTarget() == n) {
                    attached.add(c);
                }
            }
            Rectangle b = DiagramGeometry.bounds(n, zoom);
            int pad = (int) Math.max(2, Math.round(5 * zoom));
            int gap = (int) Math.max(2, Math.round(3 * zoom));
            int x = b.x + pad;
            int y = b.y + b.height - (int) Math.round(5 * zoom);
            for (EObject e : attached) {
                Point t = extent.apply(label(e));
                int h = t.y + 2;
                int w = icon(h) + t.x + 10;
                if (x + w > b.x + b.width - pad && x > b.x + pad) {
                    x = b.x + pad;
                    y += h + gap;
                }
                out.put(e, new Rectangle(x, y, w, h));
                x += w + gap;
            }
        }
        return out;
    }

    /** The width of a badge's icon for a badge {@code h} pixels high. */
    static int icon(int h) {
        return Math.max(6, h - 6);
    }

    /** The element whose badge is at (x, y), or null. */
    static EObject at(Map<EObject, Rectangle> badges, int x, int y) {
        EObject hit = null;
        for (Map.Entry<EObject, Rectangle> e : badges.entrySet()) {
            if (e.getValue().contains(x, y)) {
                hit = e.getKey();
            }
        }
        return hit;
    }

    /** A badge's text: "spikes", the recorded variables ("V"), "rate", or "I" and the amplitude. */
    static String label(EObject e) {
        if (e instanceof StateMonitor s) {
            return s.getVariables().isEmpty() ? "state" : String.join(",", s.getVariables());
        }
        if (e instanceof RateMonitor) {
            return "rate";
        }
        if (e instanceof Monitor) {
            return "spikes";
        }
        if (e instanceof CurrentInjection c) {
            double a = c.getAmplitude();
            return "I " + (a == Math.rint(a) ? Long.toString((long) a) : Double.toString(a));
        }
        return e.eClass().getName();
    }
}
