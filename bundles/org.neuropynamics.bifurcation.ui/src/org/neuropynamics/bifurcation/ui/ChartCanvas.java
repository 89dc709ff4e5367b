package org.neuropynamics.bifurcation.ui;

import java.util.function.Supplier;

import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Palette;
import org.eclipse.swt.widgets.Composite;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.figures.FigureNavigation;

/**
 * A {@link FigureCanvas} showing one {@link Chart} (export from its context menu) with the kit's navigation
 * ({@link FigureNavigation}: box zoom, wheel, pan, double-click for the whole chart, clicks and hover reported in
 * data coordinates); draws an optional highlight ring (on screen only).
 */
public class ChartCanvas extends FigureCanvas {

    private double[] highlight;

    ChartCanvas(Composite parent) {
        super(parent);
        FigureExportActions.installContextMenu(this);
        setOverlay((d, frame) -> {
            if (highlight != null && frame != null) {
                d.color(Palette.HIGHLIGHT);
                d.stroke(2, false);
                d.circle(frame.px(highlight[0]), frame.py(highlight[1]), 7, false);
            }
        });
        enableNavigation();
    }

    /** The navigation of this canvas (listeners, and the orbit diagram's recomputed window). */
    FigureNavigation navigation() {
        return enableNavigation();
    }

    void setChart(Chart c) {
        setChart(c, null);
    }

    /** Shows a chart with its data as CSV text for the export (a zoom set with the mouse stays). */
    void setChart(Chart c, Supplier<String> csv) {
        showChart(c, csv);
    }

    /** The chart shown, as zoomed (what the exports write), or null. */
    public Chart chart() {
        return shownChart();
    }

    /** A ring around a data point (null to remove). */
    void setHighlight(double[] xy) {
        this.highlight = xy;
        redraw();
    }
}
