package org.neuropynamics.network.ui;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.widgets.Display;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.SynapseTable;

/** Draws a small network neuron by neuron (see {@link NetworkGraphView}). */
final class NeuronGraphPainter {

    private NeuronGraphPainter() {
    }

    static void paint(GC gc, List<GroupSpikes> groups, List<SynapseTable> synapses, Map<String, double[]> centre,
            double radius) {
        double maxW = 1e-12;
        double maxD = 1e-12;
        for (SynapseTable t : synapses) {
            for (int s = 0; s < t.weights().length; s++) {
                maxW = Math.max(maxW, Math.abs(t.weights()[s]));
                maxD = Math.max(maxD, t.delaysMs()[s]);
            }
        }
        Display display = (Display) gc.getDevice();
        for (SynapseTable t : synapses) {
            int gi = indexOf(groups, t.source());
            GroupSpikes src = groups.get(gi);
            GroupSpikes dst = groups.get(indexOf(groups, t.target()));
            gc.setForeground(RasterColors.of(display, gi));
            gc.setAlpha(140);
            for (int s = 0; s < t.targets().length; s++) {
                double[] p = position(centre.get(src.name()), radius, t.sources()[s], src.size());
                double[] q = position(centre.get(dst.name()), radius, t.targets()[s], dst.size());
                gc.setLineWidth(1 + (int) Math.round(3 * Math.abs(t.weights()[s]) / maxW));
                // a straight chord for no delay, bending further the longer the delay
                curve(gc, p, q, 0.05 + 0.45 * t.delaysMs()[s] / maxD, 12);
            }
        }
        gc.setAlpha(255);
        gc.setLineWidth(1);
        for (int g = 0; g < groups.size(); g++) {
            GroupSpikes gs = groups.get(g);
            double[] c = centre.get(gs.name());
            int dot = gs.size() > 60 ? 4 : 7;
            gc.setBackground(RasterColors.of(display, g));
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
            for (int i = 0; i < gs.size(); i++) {
                double[] p = position(c, radius, i, gs.size());
                gc.fillOval((int) p[0] - dot, (int) p[1] - dot, 2 * dot, 2 * dot);
                gc.drawOval((int) p[0] - dot, (int) p[1] - dot, 2 * dot, 2 * dot);
            }
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
            String s = gs.name() + " (" + gs.size() + ")";
            gc.drawString(s, (int) c[0] - gc.textExtent(s).x / 2, (int) (c[1] + radius + 10), true);
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

    /** A quadratic curve from p to q bent sideways by {@code bend} times its length (a loop for p = q). */
    static void curve(GC gc, double[] p, double[] q, double bend, double loop) {
        Path path = new Path(gc.getDevice());
        try {
            double dx = q[0] - p[0];
            double dy = q[1] - p[1];
            double len = Math.hypot(dx, dy);
            path.moveTo((float) p[0], (float) p[1]);
            if (len < 1) {
                path.cubicTo((float) (p[0] - loop), (float) (p[1] - 2 * loop), (float) (p[0] + loop),
                        (float) (p[1] - 2 * loop), (float) q[0], (float) q[1]);
            } else {
                double mx = (p[0] + q[0]) / 2 - dy * bend;
                double my = (p[1] + q[1]) / 2 + dx * bend;
                path.quadTo((float) mx, (float) my, (float) q[0], (float) q[1]);
            }
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
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
