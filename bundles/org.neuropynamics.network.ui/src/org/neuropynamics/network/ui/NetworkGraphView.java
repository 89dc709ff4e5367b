package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkBuildException;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.network.sim.SynapseTable;

/**
 * The network as a graph. Small networks (at most {@link #NEURON_LEVEL_MAX} neurons) are drawn neuron by
 * neuron: each group on a circle in its colour, every neuron drawn (also those without synapses), synapses as
 * curves whose bend grows with the delay and whose width grows with |weight|. Larger networks are drawn at
 * population level: one disc per group (area ~ size), one arrow per projection (width ~ synapse count).
 */
public final class NetworkGraphView extends ResultView {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.graph";
    static final int NEURON_LEVEL_MAX = 200;

    private List<SynapseTable> synapses = List.of();
    private String problem;

    @Override
    public void setResult(org.neuropynamics.network.sim.NetworkResult r, org.neuropynamics.network.model.Network net) {
        synapses = List.of();
        problem = null;
        if (net != null && r != null) {
            try {
                synapses = new NetworkSimulator().synapses(net, RunOptions.DEFAULT.withSeed(r.seed()));
            } catch (NetworkBuildException e) {
                problem = e.getMessage();
            }
        }
        super.setResult(r, net);
    }

    /** True when the network is drawn neuron by neuron. */
    public boolean neuronLevel() {
        return totalNeurons() <= NEURON_LEVEL_MAX;
    }

    private int totalNeurons() {
        int n = 0;
        for (GroupSpikes g : result().spikes()) {
            n += g.size();
        }
        return n;
    }

    @Override
    public boolean hasData() {
        return result() != null && network() != null && !result().spikes().isEmpty();
    }

    @Override
    protected String emptyMessage() {
        return problem != null ? problem : "Run a network to see its graph here.";
    }

    @Override
    protected void paint(GC gc, Rectangle a) {
        List<GroupSpikes> groups = result().spikes();
        Map<String, double[]> centre = new HashMap<>();
        int k = groups.size();
        double cx = a.width / 2.0;
        double cy = a.height / 2.0 + 4;
        // groups on an ellipse filling the view; each group's circle small enough not to touch its neighbours
        double rx = k == 1 ? 0 : a.width * 0.30;
        double ry = k == 1 ? 0 : (a.height - 60) * 0.32;
        double gap = k <= 1 ? Double.MAX_VALUE : Math.min(rx, ry) * Math.sin(Math.PI / k);
        double radius = Math.max(12, Math.min(Math.min(a.width, a.height - 60) * (k == 1 ? 0.35 : 0.15), gap * 0.8));
        for (int g = 0; g < k; g++) {
            double phi = -Math.PI / 2 + 2 * Math.PI * g / k;
            centre.put(groups.get(g).name(), new double[] {cx + rx * Math.cos(phi), cy + ry * Math.sin(phi)});
        }
        String mode = neuronLevel() ? "neuron level: curvature ~ delay, width ~ |weight|"
                : "population level: width ~ synapses";
        gc.drawString(network().getName() + " (" + mode + ")", 8, 6, true);
        if (neuronLevel()) {
            NeuronGraphPainter.paint(gc, groups, synapses, centre, radius);
        } else {
            populationLevel(gc, groups, centre, radius);
        }
    }

    private void populationLevel(GC gc, List<GroupSpikes> groups, Map<String, double[]> centre, double radius) {
        long maxSyn = 1;
        int maxSize = 1;
        for (SynapseTable t : synapses) {
            maxSyn = Math.max(maxSyn, t.targets().length);
        }
        for (GroupSpikes g : groups) {
            maxSize = Math.max(maxSize, g.size());
        }
        for (SynapseTable t : synapses) {
            double[] p = centre.get(t.source());
            double[] q = centre.get(t.target());
            int width = 1 + (int) Math.round(7.0 * t.targets().length / maxSyn);
            gc.setLineWidth(width);
            gc.setForeground(color(SWT.COLOR_DARK_GRAY));
            gc.setAlpha(170);
            if (p == q) {
                // a loop outside the group's disc (drawn over by the disc)
                int lr = (int) Math.round(radius * 0.55);
                gc.drawOval((int) (p[0] + radius * 0.75) - lr, (int) (p[1] - radius * 0.75) - lr, 2 * lr, 2 * lr);
            } else {
                NeuronGraphPainter.curve(gc, p, q, 0.18, radius * 0.7);
            }
            gc.setAlpha(255);
        }
        gc.setLineWidth(1);
        List<String> labels = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            GroupSpikes gs = groups.get(g);
            double[] c = centre.get(gs.name());
            int r = (int) Math.round(radius * (0.35 + 0.65 * Math.sqrt((double) gs.size() / maxSize)));
            gc.setBackground(RasterColors.of((Display) gc.getDevice(), g));
            gc.fillOval((int) c[0] - r, (int) c[1] - r, 2 * r, 2 * r);
            String s = gs.name() + " (" + gs.size() + ")";
            labels.add(s);
            gc.setForeground(color(SWT.COLOR_BLACK));
            gc.drawString(s, (int) c[0] - gc.textExtent(s).x / 2, (int) c[1] + r + 4, true);
        }
    }

}
