package org.neuropynamics.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.neuropynamics.plot.CsvTable;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.render.FigureFiles;

/**
 * Export of a view built on SWTChart (the single-neuron traces): the figure as PNG and SVG drawn by the figure
 * layer from the full-resolution data (the same files {@code neuropynamics render} writes), the data as CSV, and
 * the charts' screen image plus the data to the clipboard. Views drawn on a {@code FigureCanvas} use
 * {@link FigureExportActions}.
 */
public final class FigureExport {

    private FigureExport() {
    }

    /** The charts rendered off-screen at their current size and stacked top to bottom. */
    public static ImageData image(List<Chart> charts) {
        Display display = charts.get(0).getDisplay();
        int width = 1;
        int height = 0;
        for (Chart c : charts) {
            Point size = c.getSize();
            width = Math.max(width, size.x);
            height += Math.max(1, size.y);
        }
        Image all = new Image(display, width, Math.max(1, height));
        GC gc = new GC(all);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, height);
            int y = 0;
            for (Chart c : charts) {
                Point size = c.getSize();
                if (size.x < 1 || size.y < 1) {
                    continue;
                }
                Image one = new Image(display, size.x, size.y);
                try {
                    c.renderOffscreenImage(one);
                    gc.drawImage(one, 0, y);
                } finally {
                    one.dispose();
                }
                y += size.y;
            }
        } finally {
            gc.dispose();
        }
        ImageData data = all.getImageData();
        all.dispose();
        return data;
    }

    /** Writes the figure as PNG, drawn by the figure layer exactly as {@code neuropynamics render} draws it. */
    public static void writePng(Figure figure, int width, int height, Path file) throws IOException {
        FigureFiles.writePng(figure, width, height, file);
    }

    /** Writes the figure as SVG. */
    public static void writeSvg(Figure figure, int width, int height, Path file) throws IOException {
        FigureFiles.writeSvg(figure, width, height, file);
    }

    /** Writes the data as CSV. */
    public static void writeCsv(CsvTable table, Path file) throws IOException {
        FigureFiles.writeCsv(table, file);
    }

    /** Puts the charts' image and the data (CSV text) on the clipboard. */
    public static void copyToClipboard(List<Chart> charts, CsvTable table) {
        Display display = charts.get(0).getDisplay();
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { image(charts), table.toText() },
                    new Transfer[] { ImageTransfer.getInstance(), TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
