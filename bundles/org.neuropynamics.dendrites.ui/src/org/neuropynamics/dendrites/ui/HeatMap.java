package org.neuropynamics.dendrites.ui;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/** Paints rows x columns of values as a colour image into an axes rectangle, with a colour bar in mV. */
final class HeatMap {

    private HeatMap() {
    }

    /**
     * @param values {@code values[row][column]}; row 0 is drawn at the bottom
     * @param lo value of the bottom of the colour scale
     * @param hi value of the top
     */
    static void paint(GC gc, Axes axes, double[][] values, double lo, double hi) {
        int rows = values.length;
        int cols = values[0].length;
        ImageData data = new ImageData(cols, rows, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                RGB rgb = Axes.heat((values[r][c] - lo) / (hi - lo));
                data.setPixel(c, rows - 1 - r, (rgb.red << 16) | (rgb.green << 8) | rgb.blue);
            }
        }
        Image image = new Image(gc.getDevice(), data);
        Rectangle p = axes.plot;
        gc.drawImage(image, 0, 0, cols, rows, p.x, p.y, p.width, p.height);
        image.dispose();
        // colour bar
        int bx = p.x + p.width + 8;
        for (int y = 0; y < p.height; y++) {
            RGB rgb = Axes.heat(1 - (double) y / p.height);
            org.eclipse.swt.graphics.Color colour = new org.eclipse.swt.graphics.Color(rgb);
            gc.setForeground(colour);
            gc.drawLine(bx, p.y + y, bx + 10, p.y + y);
        }
        gc.setForeground(gc.getDevice().getSystemColor(org.eclipse.swt.SWT.COLOR_BLACK));
        gc.drawRectangle(bx, p.y, 10, p.height);
        gc.drawText(Axes.label(hi), bx + 13, p.y - 4, true);
        gc.drawText(Axes.label(lo), bx + 13, p.y + p.height - 12, true);
        gc.drawText("mV", bx + 13, p.y + p.height / 2 - 6, true);
    }
}
