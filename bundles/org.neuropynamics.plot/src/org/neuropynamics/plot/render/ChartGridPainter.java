package org.neuropynamics.plot.render;

import java.util.List;

import org.neuropynamics.plot.Chart;

/** Paints charts in a grid of equal panels, row by row (the four-panel figures of the dendrites topic). */
public final class ChartGridPainter {

    private ChartGridPainter() {
    }

    /** The panel {x, y, w, h} of cell k in a grid of {@code columns} columns and {@code rows} rows. */
    public static double[] cell(int k, int columns, int rows, int width, int height) {
        double w = (double) width / columns;
        double h = (double) height / rows;
        return new double[] {(k % columns) * w, (k / columns) * h, w, h};
    }

    /** Paints each chart in its cell (null cells stay white); returns the frames (null for null cells). */
    public static PlotFrame[] paint(Canvas d, int width, int height, List<Chart> charts, int columns) {
        int rows = (charts.size() + columns - 1) / columns;
        d.color(0xFFFFFF);
        d.rectangle(0, 0, width, height, true);
        PlotFrame[] frames = new PlotFrame[charts.size()];
        for (int k = 0; k < charts.size(); k++) {
            if (charts.get(k) != null) {
                frames[k] = ChartPainter.paint(d, cell(k, columns, rows, width, height), charts.get(k));
            }
        }
        return frames;
    }
}
