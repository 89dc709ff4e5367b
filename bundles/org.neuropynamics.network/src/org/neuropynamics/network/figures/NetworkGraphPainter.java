package org.neuropynamics.network.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.SynapseTable;
import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.render.Canvas;
import org.neuropynamics.plot.render.Canvas.Align;

/**
 * Paints a network as a graph on any {@link Canvas}. Small networks (at most {@link #NEURON_LEVEL_MAX} neurons)
 * are drawn neuron by neuron: each group on a circle in its colour, every neuron drawn, synapses as curves whose
 * bend grows with the delay and whose width grows with |weight|. Larger networks are drawn at population level:
 * one disc per group (area ~ size), one curve per projection (width ~ synapse count). Used by the Network Graph
 * view and by {@code neuropynamics render network-graph}.
 */
public final class NetworkGraphPainter {

    /** Networks up to this many neurons are drawn neuron by neuron. */
    public static final int NEURON_LEVEL_MAX = 200;

    private NetworkGraphPainter() {
    }

    /** True when a network of these groups is drawn neuron by neuron. */
    public static boolean neuronLevel(List<GroupSpikes> groups) {
        int n = 0;
        for (GroupSpikes g : groups) {
            n += g.size();
        }
        return n <= NEURON_LEVEL_MAX;
    }

    /** Paints the graph over {@code width} x {@code height}. */
    public static void paint(Canvas d, int width, int height, String name, List<GroupSpikes> groups,
            List<SynapseTable> synapses) {
        d.color(0xFFFFFF);
        d.rectangle(0, 0, width, height, true);
        Map<String, double[]> centre = new HashMap<>();
        int k = groups.size();
        double cx = width / 2.0;
        double cy = height / 2.0 + 4;
        // groups on an ellipse filling the figure; each group's circle small enough not to touch its neighbours
        double rx = k == 1 ? 0 : width * 0.30;
        double ry = k == 1 ? 0 : (height - 60) * 0.32;
        double gap = k <= 1 ? Double.MAX_VALUE : Math.min(rx, ry) * Math.sin(Math.PI / k);
        double radius = Math.max(12, Math.min(Math.min(width, height - 60) * (k == 1 ? 0.35 : 0.15), gap * 0.8));
        for (int g = 0; g < k; g++) {
            double phi = -Math.PI / 2 + 2 * Math.PI * g / k;
            centre.put(groups.get(g).name(), new double[] {cx + rx * Math.cos(phi), cy + ry * Math.sin(phi)});
        }
        boolean neurons = neuronLevel(groups);
        String mode = neurons ? "neuron level: curvature ~ delay, width ~ |weight|"
                : "population level: width ~ synapses";
        d.color(Palette.INK);
        // wrapped to the figure's width (a narrow view cut the title at the right, issue 18)
        double ty = 14;
        for (String line : org.neuropynamics.plot.render.LabelPlacer.wrap(d, name + " (" + mode + ")", 10,
                width - 16)) {
            d.text(line, 8, ty, Align.LEFT, 10, false);
            ty += 13;
        }
        if (neurons) {
            neuronLevel(d, groups, synapses, centre, radius);
        } else {
            populationLevel(d, groups, synapses, centre, radius);
        }
    }

    private static void populationLevel(Canvas d, List<GroupSpikes> groups, List<SynapseTable> synapses,
            Map<String, double[]> centre, double radius) {
        long maxSyn = 1;
        int maxSize = 1;
        for (SynapseTable t : synapses) {
            maxSyn = Math.max(maxSyn, t.targets().length);
        }
        for (GroupSpikes g : groups) {
            maxSize = Math.max(maxSize, g.size());
        }
        d.color(blend(0x404040, 0.67));
        for (SynapseTable t : synapses) {
            double[] p = centre.get(t.source());
            double[] q = centre.get(t.target());
            d.stroke(1 + Math.round(7.0 * t.targets().length / maxSyn), false);
            if (p == q) {
                // a loop outside the group's disc (drawn over by the disc)
                double lr = radius * 0.55;
                d.circle(p[0] + radius * 0.75, p[1] - radius * 0.75, lr, false);
            } else {
                curve(d, p, q, 0.18, radius * 0.7);
            }
        }
        d.stroke(1, false);
        for (int g = 0; g < groups.size(); g++) {
            GroupSpikes gs = groups.get(g);
            double[] c = centre.get(gs.name());
            double r = Math.round(radius * (0.35 + 0.65 * Math.sqrt((double) gs.size() / maxSize)));
            d.color(Palette.group(g));
            d.circle(c[0], c[1], r, true);
            d.color(Palette.INK);
            d.text(gs.name() + " (" + gs.size() + ")", c[0], c[1] + r + 12, Align.CENTER, 10, false);
        }
    }

    private static void neuronLevel(Canvas d, List<GroupSpikes> groups, List<SynapseTable> synapses,
            Map<String, double[]> centre, double radius) {
        double maxW = 1e-12;
        double maxD = 1e-12;
        for (SynapseTable t : synapses) {
            for (int s = 0; s < t.weights().length; s++) {
                maxW = Math.max(maxW, Math.abs(t.weights()[s]));
                maxD = Math.max(maxD, t.delaysMs()[s]);
            }
        }
        for (SynapseTable t : synapses) {
            int gi = indexOf(groups, t.source());
            GroupSpikes src = groups.get(gi);
            GroupSpikes dst = groups.get(indexOf(groups, t.target()));
            d.color(blend(Palette.group(gi), 0.55));
            for (int s = 0; s < t.targets().length; s++) {
                double[] p = position(centre.get(src.name()), radius, t.sources()[s], src.size());
                double[] q = position(centre.get(dst.name()), radius, t.targets()[s], dst.size());
                d.stroke(1 + Math.round(3 * Math.abs(t.weights()[s]) / maxW), false);
                // a straight chord for no delay, bending further the longer the delay
                curve(d, p, q, 0.05 + 0.45 * t.delaysMs()[s] / maxD, 12);
            }
        }
        d.stroke(1, false);
        for (int g = 0; g < groups.size(); g++) {
            GroupSpikes gs = groups.get(g);
            double[] c = centre.get(gs.name());
            double dot = gs.size() > 60 ? 4 : 7;
            for (int i = 0; i < gs.size(); i++) {
                double[] p = position(c, radius, i, gs.size());
                d.color(Palette.group(g));
                d.circle(p[0], p[1], dot, true);
                d.color(0xFFFFFF);
                d.circle(p[0], p[1], dot, false);
            }
            d.color(Palette.INK);
            d.text(gs.name() + " (" + gs.size() + ")", c[0], c[1] + radius + 18, Align.CENTER, 10, false);
        }
    }

    /** Neuron i of n on a circle of the given radius around c. */
    static double[] position(double[] c, double radius, int i, int n) {
        if (n == 1) {
            return c.clone();
        }
        double phi = 2 * Math.PI * i / n;
        return new double[] {c[0] + radius * Math.cos(phi), c[1] + radius * Math.sin(phi)};
    }

    /**
     * A quadratic curve from p to q bent sideways by {@code bend} times its length (a loop for p = q), drawn as a
     * polyline of 24 segments.
     */
    static void curve(Canvas d, double[] p, double[] q, double bend, double loop) {
        double dx = q[0] - p[0];
        double dy = q[1] - p[1];
        int n = 24;
        double[] xy = new double[2 * (n + 1)];
        if (Math.hypot(dx, dy) < 1) {
            // a cubic loop above the neuron
            double[] c1 = {p[0] - loop, p[1] - 2 * loop};
            double[] c2 = {p[0] + loop, p[1] - 2 * loop};
            for (int k = 0; k <= n; k++) {
                double t = (double) k / n;
                double u = 1 - t;
                xy[2 * k] = u * u * u * p[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * q[0];
                xy[2 * k + 1] = u * u * u * p[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * q[1];
            }
        } else {
            double mx = (p[0] + q[0]) / 2 - dy * bend;
            double my = (p[1] + q[1]) / 2 + dx * bend;
            for (int k = 0; k <= n; k++) {
                double t = (double) k / n;
                double u = 1 - t;
                xy[2 * k] = u * u * p[0] + 2 * u * t * mx + t * t * q[0];
                xy[2 * k + 1] = u * u * p[1] + 2 * u * t * my + t * t * q[1];
            }
        }
        d.polyline(xy, n + 1);
    }

    /** The colour seen when {@code rgb} is drawn with the given opacity over white (all back ends draw opaque). */
    static int blend(int rgb, double alpha) {
        int r = (int) Math.round(((rgb >> 16) & 0xFF) * alpha + 255 * (1 - alpha));
        int g = (int) Math.round(((rgb >> 8) & 0xFF) * alpha + 255 * (1 - alpha));
        int b = (int) Math.round((rgb & 0xFF) * alpha + 255 * (1 - alpha));
        return r << 16 | g << 8 | b;
    }

    private static int indexOf(List<GroupSpikes> groups, String name) {
        for (int k = 0; k < groups.size(); k++) {
            if (groups.get(k).name().equals(name)) {
                return k;
            }
        }
        return 0;
    }
}
