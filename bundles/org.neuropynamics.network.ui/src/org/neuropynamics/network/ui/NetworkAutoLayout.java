package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.Projection;

/**
 * Auto layout of a network's diagram: its boxes (populations, inputs) as the nodes and its projections as
 * the edges of a {@link LayeredLayout}, so that spikes flow from left to right; two boxes that project to
 * each other share a layer.
 */
final class NetworkAutoLayout {

    private NetworkAutoLayout() {
    }

    /** The new top left corner {x, y} (model units) of every box of the network. */
    static Map<Node, double[]> places(Network network) {
        List<Node> nodes = DiagramGeometry.nodes(network);
        Map<Node, Integer> index = new IdentityHashMap<>();
        for (int k = 0; k < nodes.size(); k++) {
            index.put(nodes.get(k), k);
        }
        Set<Long> directed = new LinkedHashSet<>();
        for (Projection p : network.getProjections()) {
            Integer s = index.get(p.getSource());
            Integer t = index.get(p.getTarget());
            if (s != null && t != null) {
                directed.add((long) s * nodes.size() + t);
            }
        }
        List<int[]> edges = new ArrayList<>();
        for (long e : directed) {
            int s = (int) (e / nodes.size());
            int t = (int) (e % nodes.size());
            // a pair that projects both ways (excitation and inhibition, say) is kept in one layer, drawn one
            // above the other, rather than in a chain with one of its edges turned around
            if (s == t || !directed.contains((long) t * nodes.size() + s)) {
                edges.add(new int[] {s, t});
            }
        }
        double[][] xy = LayeredLayout.layout(nodes.size(), DiagramGeometry.WIDTH, DiagramGeometry.HEIGHT,
                edges.toArray(new int[0][]));
        Map<Node, double[]> out = new LinkedHashMap<>();
        for (int k = 0; k < nodes.size(); k++) {
            // whole units: positions are shown and typed in the Properties view
            out.put(nodes.get(k), new double[] {Math.round(xy[k][0]), Math.round(xy[k][1])});
        }
        return out;
    }
}
