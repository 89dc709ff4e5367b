package org.neuropynamics.ui.figures;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.render.ChartPainter;
import org.neuropynamics.plot.render.Canvas.Align;
import org.neuropynamics.plot.render.FigurePainter;
import org.neuropynamics.plot.render.PlotFrame;

/**
 * The screen widget of the figure layer: paints a {@link Painting} with the {@link GcCanvas} back end (the same
 * painter that writes the PNG and SVG files), keeps the last data frame for pointer interaction, shows a message
 * over the figure when asked, and carries the figure's data for the CSV export. A {@link Figure} of stacked panels
 * shown with {@link #showFigure} can be zoomed, panned, picked and hovered with the mouse
 * ({@link #enableNavigation()}, {@link FigureNavigation}); the exports then write the zoomed figure, as shown.
 * So can a {@link Chart} shown with {@link #showChart}, and any other painting whose view zooms its own window
 * ({@link FigureNavigation#zoomWindow}).
 */
public class FigureCanvas extends Canvas {

    private Painting painting;
    private Supplier<String> data;
    private PlotFrame frame;
    private String message;
    private String name = "figure";
    private Overlay overlay;
    private Figure figure;
    private Chart chart;
    private List<PlotFrame> frames = List.of();
    private FigureNavigation navigation;

    /** Drawn over the figure after each paint (selection rings, drag rectangles); not exported. */
    @FunctionalInterface
    public interface Overlay {
        void paint(org.neuropynamics.plot.render.Canvas canvas, PlotFrame frame);
    }

    /** A figure widget (double buffered). */
    public FigureCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addListener(SWT.Paint, this::paint);
    }

    /** Shows a figure (null: a white area) with its data as CSV text for the export (may be null). */
    public void setPainting(Painting p, Supplier<String> table) {
        this.painting = p;
        this.figure = null;
        this.chart = null;
        this.data = table;
        this.message = null;
        redraw();
    }

    /**
     * Shows a figure of stacked panels (null: a white area) painted by {@link FigurePainter}, the painter of the
     * PNG and SVG files and of {@code render}, with its data as CSV text (may be null). A zoom set with the mouse
     * stays when a new figure replaces this one (sliders re-simulate while a detail stays in view).
     */
    public void showFigure(Figure f, Supplier<String> table) {
        setPainting(f == null ? null : (c, w, h) -> first(FigurePainter.paint(shownFigure(), c, w, h)), table);
        this.figure = f;
    }

    /**
     * The figure shown, with the ranges the user zoomed to (the figure the exports write), or null when the
     * canvas shows no {@link Figure}.
     */
    public Figure shownFigure() {
        return figure == null || navigation == null ? figure : navigation.apply(figure);
    }

    /**
     * Shows one x-y chart (null: a white area) painted by {@link ChartPainter}, with its data as CSV text (null:
     * the chart's own points, {@link Chart#csv()}); zoomed like a figure when navigation is on (a new chart keeps
     * the zoom).
     */
    public void showChart(Chart c, Supplier<String> table) {
        // a chart without a table of its own exports the points it draws (Chart.csv)
        setPainting(c == null ? null : (d, w, h) -> ChartPainter.paint(d, w, h, shownChart()),
                table != null || c == null ? table : c::csv);
        this.chart = c;
    }

    /** The chart shown, with the ranges the user zoomed to, or null when the canvas shows no {@link Chart}. */
    public Chart shownChart() {
        return chart == null || navigation == null ? chart : navigation.apply(chart);
    }

    /** The chart as given to {@link #showChart}, without zoom, or null. */
    public Chart baseChart() {
        return chart;
    }

    /** The figure as given to {@link #showFigure}, without zoom, or null. */
    Figure baseFigure() {
        return figure;
    }

    /** True when something is painted (a figure, a chart or another painting). */
    boolean showsSomething() {
        return painting != null;
    }

    /** The data-to-pixel mappings of the panels of the last paint, top to bottom (empty before the first). */
    public List<PlotFrame> frames() {
        return frames;
    }

    /**
     * Lets the user zoom, pan, pick and hover a figure shown with {@link #showFigure} (see {@link FigureNavigation});
     * returns the one navigation of this canvas.
     */
    public FigureNavigation enableNavigation() {
        if (navigation == null) {
            navigation = new FigureNavigation(this);
        }
        return navigation;
    }

    private static PlotFrame first(List<PlotFrame> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    /** The painting shown, or null. */
    public Painting painting() {
        return painting;
    }

    /** The data behind the figure as CSV text, or null. */
    public Supplier<String> data() {
        return data;
    }

    /** The file name stem offered when exporting (e.g. "phase-plane"). */
    public void setExportName(String stem) {
        this.name = stem;
    }

    /** The file name stem offered when exporting. */
    public String exportName() {
        return name;
    }

    /** Drawn over the figure on screen only. */
    public void setOverlay(Overlay o) {
        this.overlay = o;
        redraw();
    }

    /** The data-to-pixel mapping of the last paint, or null. */
    public PlotFrame frame() {
        return frame;
    }

    /** A line of text over the figure (null to remove). */
    public void setMessage(String text) {
        this.message = text;
        redraw();
    }

    /** The message shown, or null. */
    public String message() {
        return message;
    }

    private void paint(Event e) {
        Point size = getSize();
        GcCanvas d = new GcCanvas(e.gc);
        try {
            if (figure != null) {
                frames = FigurePainter.paint(shownFigure(), d, size.x, size.y);
                frame = first(frames);
                if (overlay != null) {
                    overlay.paint(d, frame);
                }
                if (navigation != null) {
                    navigation.paintOverlay(d, frames);
                }
            } else if (painting != null) {
                frame = painting.paint(d, size.x, size.y);
                frames = frame == null ? List.of() : List.of(frame);
                if (overlay != null) {
                    overlay.paint(d, frame);
                }
            } else {
                frames = List.of();
                d.color(0xFFFFFF);
                d.rectangle(0, 0, size.x, size.y, true);
            }
            if (message != null) {
                d.color(0x505050);
                // wrapped to the canvas (a narrow result view cut the message at both sides, issue 18)
                java.util.List<String> lines = org.neuropynamics.plot.render.LabelPlacer.wrap(d, message, 11,
                        Math.max(40, size.x - 20));
                double y = size.y / 2.0 - 8 * (lines.size() - 1);
                for (String line : lines) {
                    d.text(line, size.x / 2.0, y, Align.CENTER, 11, false);
                    y += 16;
                }
            }
        } finally {
            d.dispose();
        }
    }
}
