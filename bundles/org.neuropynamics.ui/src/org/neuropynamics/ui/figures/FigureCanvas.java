package org.neuropynamics.ui.figures;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.neuropynamics.plot.render.Canvas.Align;
import org.neuropynamics.plot.render.PlotFrame;

/**
 * The screen widget of the figure layer: paints a {@link Painting} with the {@link GcCanvas} back end (the same
 * painter that writes the PNG and SVG files), keeps the last data frame for pointer interaction, shows a message
 * over the figure when asked, and carries the figure's data for the CSV export. Views add their pointer
 * handling on top.
 */
public class FigureCanvas extends Canvas {

    private Painting painting;
    private Supplier<String> data;
    private PlotFrame frame;
    private String message;
    private String name = "figure";
    private Overlay overlay;

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
        this.data = table;
        this.message = null;
        redraw();
    }

    /** The figure shown, or null. */
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
            if (painting != null) {
                frame = painting.paint(d, size.x, size.y);
                if (overlay != null) {
                    overlay.paint(d, frame);
                }
            } else {
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
