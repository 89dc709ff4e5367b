package org.neuropynamics.bifurcation.ui;

import org.neuropynamics.core.io.OutputFiles;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.neuropynamics.bifurcation.draw.Chart;
import org.neuropynamics.bifurcation.draw.ChartPainter;
import org.neuropynamics.stability.draw.Drawing;
import org.neuropynamics.stability.ui.draw.GcDrawing;
import org.neuropynamics.stability.draw.PlotFrame;
import org.neuropynamics.stability.draw.SvgDrawing;

/**
 * A canvas showing one {@link Chart}. Reports pointer moves and clicks in data coordinates and, when zooming is
 * on, a rectangle dragged with the left button; draws an optional highlight ring and a message.
 */
public class ChartCanvas extends Canvas {

    /** What the pointer does on the plot (data coordinates). */
    interface PointerListener {
        default void moved(double x, double y, PlotFrame frame, int px, int py) {
        }

        default void clicked(double x, double y, PlotFrame frame, int px, int py, boolean doubleClick) {
        }

        default void dragged(double x0, double x1, double y0, double y1) {
        }
    }

    private Chart chart;
    private PlotFrame frame;
    private String message;
    private PointerListener listener = new PointerListener() {
    };
    private boolean zoomable;
    private Point dragStart;
    private Point dragNow;
    private double[] highlight;

    ChartCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.MouseMove, this::move);
        addListener(SWT.MouseDown, this::down);
        addListener(SWT.MouseUp, this::up);
        addListener(SWT.MouseDoubleClick, e -> click(e, true));
    }

    void setListener(PointerListener l) {
        this.listener = l;
    }

    /** Lets the user drag a rectangle (reported to {@link PointerListener#dragged}). */
    void setZoomable(boolean z) {
        this.zoomable = z;
    }

    void setChart(Chart c) {
        this.chart = c;
        this.message = null;
        redraw();
    }

    public Chart chart() {
        return chart;
    }

    /** The mapping of the last paint, or null before the first one. */
    PlotFrame frame() {
        return frame;
    }

    /** A line of text over the plot (null to remove). */
    void setMessage(String text) {
        this.message = text;
        redraw();
    }

    /** A ring around a data point (null to remove). */
    void setHighlight(double[] xy) {
        this.highlight = xy;
        redraw();
    }

    private void paint(Event e) {
        Point size = getSize();
        GcDrawing d = new GcDrawing(e.gc);
        try {
            if (chart != null) {
                frame = ChartPainter.paint(d, size.x, size.y, chart);
                if (highlight != null) {
                    d.color(230, 120, 0);
                    d.stroke(2, false);
                    d.circle(frame.px(highlight[0]), frame.py(highlight[1]), 7, false);
                }
            } else {
                d.color(255, 255, 255);
                d.rectangle(0, 0, size.x, size.y, true);
            }
            if (dragStart != null && dragNow != null) {
                d.color(90, 90, 90);
                d.stroke(1, true);
                d.rectangle(Math.min(dragStart.x, dragNow.x), Math.min(dragStart.y, dragNow.y),
                        Math.abs(dragNow.x - dragStart.x), Math.abs(dragNow.y - dragStart.y), false);
                d.stroke(1, false);
            }
            if (message != null) {
                d.color(80, 80, 80);
                d.text(message, size.x / 2.0, size.y / 2.0, Drawing.Align.CENTER, 11, false);
            }
        } finally {
            d.dispose();
        }
    }

    private void move(Event e) {
        if (frame == null) {
            return;
        }
        if (dragStart != null) {
            dragNow = new Point(e.x, e.y);
            redraw();
            return;
        }
        listener.moved(frame.dataX(e.x), frame.dataY(e.y), frame, e.x, e.y);
    }

    private void down(Event e) {
        if (e.button == 1 && zoomable && frame != null && frame.inside(e.x, e.y)) {
            dragStart = new Point(e.x, e.y);
            dragNow = null;
        }
    }

    private void up(Event e) {
        if (e.button != 1) {
            return;
        }
        Point start = dragStart;
        dragStart = null;
        if (start != null && dragNow != null && Math.abs(dragNow.x - start.x) > 6 && Math.abs(dragNow.y - start.y) > 6) {
            double x0 = frame.dataX(Math.min(start.x, dragNow.x));
            double x1 = frame.dataX(Math.max(start.x, dragNow.x));
            double y0 = frame.dataY(Math.max(start.y, dragNow.y));
            double y1 = frame.dataY(Math.min(start.y, dragNow.y));
            dragNow = null;
            redraw();
            listener.dragged(x0, x1, y0, y1);
            return;
        }
        dragNow = null;
        click(e, false);
    }

    private void click(Event e, boolean twice) {
        if (frame != null && frame.inside(e.x, e.y)) {
            listener.clicked(frame.dataX(e.x), frame.dataY(e.y), frame, e.x, e.y, twice);
        }
    }

    /** Writes the chart as a PNG of the given size. */
    public static void writePng(Display display, Chart chart, int width, int height, Path file) throws IOException {
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        GcDrawing d = new GcDrawing(gc);
        try {
            ChartPainter.paint(d, width, height, chart);
        } finally {
            d.dispose();
            gc.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image.getImageData()};
        OutputFiles.write(file, out -> loader.save(out, SWT.IMAGE_PNG));
        image.dispose();
    }

    /** Writes the chart as SVG of the given size. */
    static void writeSvg(Chart chart, int width, int height, Path file) throws IOException {
        SvgDrawing d = new SvgDrawing(width, height);
        ChartPainter.paint(d, width, height, chart);
        OutputFiles.writeString(file, d.document());
    }
}
