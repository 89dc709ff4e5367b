package org.neuropynamics.network.ui;

import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A layered (Sugiyama) layout of a directed graph by the Eclipse Layout Kernel's ELK Layered: nodes in
 * columns from left to right so that edges point right (cycles are broken by turning few edges around),
 * few crossings, straight-ish edges. Knows nothing of networks: nodes are indices, edges index pairs.
 */
final class LayeredLayout {

    /** Vertical gap between nodes of one layer (pixels at zoom 1). */
    static final double NODE_SPACING = 80;
    /** Horizontal gap between layers, room for an edge's label (pixels at zoom 1). */
    static final double LAYER_SPACING = 130;
    /** Tops of boxes closer than this (pixels at zoom 1) are put on one row. */
    static final double ROW_TOLERANCE = 24;
    /** Margin around the drawing. */
    static final double PADDING = 40;

    private static volatile boolean registered;

    private LayeredLayout() {
    }

    /**
     * The top left corner {x, y} of each of {@code count} nodes of size width x height, for directed edges
     * {source, target} (self loops allowed); coordinates start at the padding.
     */
    static double[][] layout(int count, double width, double height, int[][] edges) {
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, NODE_SPACING);
        // edges share one port per side, so that boxes joined by an edge are drawn level
        root.setProperty(LayeredOptions.MERGE_EDGES, true);
        // a box sits in the middle of its neighbours (an input between the two groups it drives)
        root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
        ElkNode[] nodes = new ElkNode[count];
        for (int k = 0; k < count; k++) {
            nodes[k] = ElkGraphUtil.createNode(root);
            nodes[k].setDimensions(width, height);
        }
        for (int[] e : edges) {
            ElkGraphUtil.createSimpleEdge(nodes[e[0]], nodes[e[1]]);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        double[][] out = new double[count][];
        for (int k = 0; k < count; k++) {
            out[k] = new double[] {nodes[k].getX(), nodes[k].getY()};
        }
        alignRows(out, width, ROW_TOLERANCE);
        return out;
    }

    /**
     * Puts boxes whose tops differ by less than {@code tolerance} on one row (the highest top of the group),
     * so that straight edges between them are level. A row never takes two boxes of one column (layer), so
     * no boxes come to overlap.
     */
    static void alignRows(double[][] xy, double width, double tolerance) {
        Integer[] order = new Integer[xy.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (i, j) -> Double.compare(xy[i][1], xy[j][1]));
        int start = 0;
        for (int k = 1; k <= order.length; k++) {
            boolean sameRow = k < order.length && xy[order[k]][1] - xy[order[k - 1]][1] < tolerance;
            for (int m = start; sameRow && m < k; m++) {
                sameRow = Math.abs(xy[order[m]][0] - xy[order[k]][0]) >= width;
            }
            if (!sameRow) {
                double top = xy[order[start]][1];
                for (int m = start; m < k; m++) {
                    xy[order[m]][1] = top;
                }
                start = k;
            }
        }
    }

    /**
     * Registers ELK Layered with ELK's meta data service: inside OSGi its ServiceLoader registration is not
     * seen (the service file is read with the context class loader), so it is done by hand, once.
     */
    private static void register() {
        if (!registered) {
            synchronized (LayeredLayout.class) {
                LayoutMetaDataService service = LayoutMetaDataService.getInstance();
                if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                    service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                }
                registered = true;
            }
        }
    }
}
