package org.neuropynamics.network.ui;

import java.util.List;
import java.util.function.Supplier;

import org.neuropynamics.network.figures.NetworkGraphPainter;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkBuildException;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.network.sim.SynapseTable;
import org.neuropynamics.ui.figures.Painting;

/**
 * The network as a graph, painted by {@link NetworkGraphPainter}. Small networks are drawn neuron by
 * neuron: each group on a circle in its colour, every neuron drawn (also those without synapses), synapses as
 * curves whose bend grows with the delay and whose width grows with |weight|. Larger networks are drawn at
 * population level: one disc per group (area ~ size), one arrow per projection (width ~ synapse count).
 */
public final class NetworkGraphView extends ResultView {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.graph";

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
        return NetworkGraphPainter.neuronLevel(result().spikes());
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
    protected Painting painting() {
        List<GroupSpikes> groups = result().spikes();
        List<SynapseTable> tables = synapses;
        String name = network().getName();
        return (c, w, h) -> {
            NetworkGraphPainter.paint(c, w, h, name, groups, tables);
            return null;
        };
    }

    @Override
    protected Supplier<String> csv() {
        List<SynapseTable> tables = synapses;
        return () -> {
            StringBuilder s = new StringBuilder("projection,source,target,source_neuron,target_neuron,weight,delay_ms\n");
            for (SynapseTable t : tables) {
                for (int k = 0; k < t.targets().length; k++) {
                    s.append(t.projection()).append(',').append(t.source()).append(',').append(t.target()).append(',')
                            .append(t.sources()[k]).append(',').append(t.targets()[k]).append(',')
                            .append(t.weights()[k]).append(',').append(t.delaysMs()[k]).append('\n');
                }
            }
            return s.toString();
        };
    }

    @Override
    protected String exportName() {
        return "network-graph";
    }
}
