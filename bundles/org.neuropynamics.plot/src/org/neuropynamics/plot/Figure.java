package org.neuropynamics.plot;

import java.util.List;

/**
 * Panels stacked vertically, sharing the width, with relative heights: what the workbench shows and what
 * {@code neuropynamics render} writes.
 *
 * @param title figure title, or empty
 * @param panels the panels, top to bottom
 * @param heights relative panel heights, one per panel
 */
public record Figure(String title, List<Plot> panels, double[] heights) {

    /** Validates one height per panel. */
    public Figure {
        title = title == null ? "" : title;
        panels = List.copyOf(panels);
        if (heights.length != panels.size()) {
            throw new IllegalArgumentException(panels.size() + " panels but " + heights.length + " heights");
        }
    }

    /** A figure of one panel. */
    public static Figure of(Plot plot) {
        return new Figure(plot.title(), List.of(plot), new double[] { 1 });
    }
}
