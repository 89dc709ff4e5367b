package org.neuropynamics.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisSet;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.neuropynamics.plot.Decimation;
import org.neuropynamics.plot.Plot;
import org.neuropynamics.plot.Series;
import org.neuropynamics.plot.SeriesStyle;

/**
 * A line chart on Eclipse SWTChart, configured once (fonts, colours, grid, legend, a secondary y-axis) whose
 * {@link #setInput(Plot)} replaces all series and redraws. Long traces are compressed for display (min-max
 * decimation to a few points per pixel); {@link #getInput()} keeps the full-resolution data for export. The user
 * zooms and pans with the mouse ({@link ChartNavigation}); charts on a shared time axis are linked with
 * {@link #linkXAxis(TraceChart)}.
 */
public class TraceChart extends Composite {

    private static final Color INK = new Color(34, 34, 34);
    private static final Color GRID = new Color(225, 225, 225);
    private static final int POINTS_PER_PIXEL = 2;

    private final Chart chart;
    private final int secondaryAxisId;
    private Plot input;
    private int compressedFor;
    private boolean mirrorAxis;
    private final ChartNavigation navigation;

    /** A chart without data. */
    public TraceChart(Composite parent, int style) {
        super(parent, style);
        setLayout(new FillLayout());
        chart = new Chart(this, SWT.NONE);
        chart.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.setBackgroundInPlotArea(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getTitle().setForeground(INK);
        chart.getLegend().setPosition(SWT.TOP);
        chart.getLegend().setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        IAxisSet axes = chart.getAxisSet();
        secondaryAxisId = axes.createYAxis();
        IAxis secondary = axes.getYAxis(secondaryAxisId);
        secondary.setPosition(IAxis.Position.Secondary);
        for (IAxis axis : axes.getAxes()) {
            axis.getTick().setForeground(INK);
            axis.getTitle().setForeground(INK);
            axis.getGrid().setForeground(GRID);
            axis.getGrid().setStyle(LineStyle.SOLID);
        }
        secondary.getGrid().setStyle(LineStyle.NONE);
        navigation = new ChartNavigation(this);
        setInput(Plot.of("", "", "", java.util.List.of()));
        // the compression depends on the width: redo it when the chart grows well beyond what it was made for
        addListener(SWT.Resize, e -> {
            if (getSize().x * POINTS_PER_PIXEL > compressedFor * 1.5 && input != null) {
                setInput(input);
            }
        });
    }

    /** The SWTChart widget (for export and tests). */
    public Chart getChart() {
        return chart;
    }

    /** The plot shown, with full-resolution data. */
    public Plot getInput() {
        return input;
    }

    /** Replaces every series and the titles and ranges, then redraws. */
    public void setInput(Plot plot) {
        this.input = plot;
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
            chart.getTitle().setText(plot.title());
            chart.getTitle().setVisible(!plot.title().isEmpty());
            IAxisSet axes = chart.getAxisSet();
            axes.getXAxis(0).getTitle().setText(plot.xTitle());
            axes.getYAxis(0).getTitle().setText(plot.yTitle());
            IAxis secondary = axes.getYAxis(secondaryAxisId);
            boolean hasSecondary = plot.hasSecondaryAxis();
            secondary.getTitle().setText(hasSecondary && plot.secondaryYTitle() != null ? plot.secondaryYTitle() : " ");
            secondary.getTick().setVisible(hasSecondary || mirrorAxis);
            secondary.getTitle().setVisible(hasSecondary || mirrorAxis);
            int maxPoints = Math.max(400, getSize().x * POINTS_PER_PIXEL);
            compressedFor = maxPoints;
            for (Series s : plot.series()) {
                add(s, maxPoints);
            }
            axes.getXAxis(0).setRange(range(xShown()));
            axes.getYAxis(0).setRange(range(navigation.yZoom() != null ? navigation.yZoom()
                    : plot.effectiveYRange(false)));
            secondary.setRange(range(plot.effectiveYRange(hasSecondary)));
            chart.getLegend().setVisible(plot.series().stream().anyMatch(s -> !s.label().isEmpty()));
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    private void add(Series s, int maxPoints) {
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, s.id());
        double[][] shown = visible(s.x(), s.y(), navigation.xZoom());
        double[][] d = Decimation.minMax(shown[0], shown[1], maxPoints);
        line.setXSeries(d[0]);
        line.setYSeries(d[1]);
        line.setDescription(s.label().isEmpty() ? s.id() : s.label());
        line.setVisibleInLegend(!s.label().isEmpty());
        Color color = new Color((s.rgb() >> 16) & 0xFF, (s.rgb() >> 8) & 0xFF, s.rgb() & 0xFF);
        line.setLineColor(color);
        line.setSymbolColor(color);
        line.setAntialias(SWT.ON);
        switch (s.style()) {
            case MARKERS -> {
                line.setLineStyle(LineStyle.NONE);
                line.setSymbolType(PlotSymbolType.INVERTED_TRIANGLE);
                line.setSymbolSize(5);
            }
            case LINE_AND_MARKERS -> {
                line.setLineStyle(LineStyle.SOLID);
                line.setLineWidth(2);
                line.setSymbolType(PlotSymbolType.CIRCLE);
                line.setSymbolSize(3);
            }
            default -> {
                line.setLineStyle(s.style() == SeriesStyle.DASHED ? LineStyle.DASH
                        : s.style() == SeriesStyle.DOTTED ? LineStyle.DOT : LineStyle.SOLID);
                line.setLineWidth(s.style() == SeriesStyle.LINE ? 2 : 1);
                line.setSymbolType(PlotSymbolType.NONE);
            }
        }
        if (s.secondaryAxis()) {
            line.setYAxisId(secondaryAxisId);
        }
    }

    private org.neuropynamics.plot.Range xShown() {
        return navigation.xZoom() != null ? navigation.xZoom() : input.effectiveXRange();
    }

    /** The points of a series that fall in the zoomed x range (plus one on each side), when x increases. */
    private static double[][] visible(double[] x, double[] y, org.neuropynamics.plot.Range zoom) {
        if (zoom == null || x.length < 3) {
            return new double[][] { x, y };
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] < x[i - 1]) {
                return new double[][] { x, y };
            }
        }
        int from = java.util.Arrays.binarySearch(x, zoom.min());
        int to = java.util.Arrays.binarySearch(x, zoom.max());
        from = Math.max(0, (from < 0 ? -from - 1 : from) - 1);
        to = Math.min(x.length, (to < 0 ? -to - 1 : to) + 2);
        return new double[][] { java.util.Arrays.copyOfRange(x, from, to), java.util.Arrays.copyOfRange(y, from, to) };
    }

    /** Shows the zoomed ranges on the current input (called by the navigation). */
    void applyZoom() {
        if (input != null) {
            setInput(input);
        }
    }

    /**
     * Zooms to the given data ranges (null: automatic) as if the user had dragged a rectangle; charts linked to
     * this one follow on the x axis.
     */
    public void zoomTo(org.neuropynamics.plot.Range x, org.neuropynamics.plot.Range y) {
        navigation.zoomTo(x, y);
    }

    /** Back to the whole plot (what a double-click does). */
    public void resetZoom() {
        navigation.reset();
    }

    /** The range shown on the x axis. */
    public org.neuropynamics.plot.Range getXRange() {
        Range r = chart.getAxisSet().getXAxis(0).getRange();
        return new org.neuropynamics.plot.Range(r.lower, r.upper);
    }

    /** Makes this chart and {@code other} show the same x range whenever the user zooms or pans either. */
    public void linkXAxis(TraceChart other) {
        navigation.addXRangeListener(other.navigation::showX);
        other.navigation.addXRangeListener(navigation::showX);
    }

    private static Range range(org.neuropynamics.plot.Range r) {
        return r.span() > 0 ? new Range(r.min(), r.max()) : new Range(r.min() - 1, r.max() + 1);
    }

    /**
     * Without a secondary series, repeat the primary axis on the right, so that this chart's plot area lines up
     * with a chart above it that has a secondary axis (linked time axes). Applies from the next input.
     */
    public void setMirrorAxis(boolean mirror) {
        this.mirrorAxis = mirror;
    }

    /** Sets the font of titles, ticks and legend. */
    @Override
    public void setFont(Font font) {
        super.setFont(font);
        chart.getLegend().setFont(font);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setFont(font);
            axis.getTitle().setFont(font);
        }
    }
}
