package org.neuropynamics.network.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * The palette's 16 x 16 icons, drawn once in the colours of the canvas (a population's blue box, an input's
 * green one, a projection's arrow, a monitor's badge...), with a transparent background.
 */
final class PaletteIcons {

    private static final int S = 16;
    private final Display display;
    private final Map<String, Image> images = new HashMap<>();

    PaletteIcons(Display display) {
        this.display = display;
    }

    Image get(String name) {
        return images.computeIfAbsent(name, this::draw);
    }

    void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }

    private Image draw(String name) {
        RGB white = new RGB(255, 255, 255);
        ImageData data = new ImageData(S, S, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        data.transparentPixel = data.palette.getPixel(white);
        Image image = new Image(display, data);
        GC gc = new GC(image);
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, S, S);
        gc.setAntialias(SWT.OFF);
        Color blue = new Color(50, 100, 200);
        Color green = new Color(40, 150, 70);
        Color dark = new Color(60, 60, 60);
        Color red = new Color(200, 40, 40);
        Color orange = new Color(220, 130, 0);
        gc.setLineWidth(1);
        switch (name) {
            case "select" -> {
                gc.setBackground(dark);
                gc.fillPolygon(new int[] {3, 1, 3, 13, 6, 10, 9, 15, 11, 14, 8, 9, 12, 9});
            }
            case "population" -> box(gc, blue, 1, 3, 14, 10);
            case "poisson" -> {
                box(gc, green, 1, 3, 14, 10);
                gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
                for (int x : new int[] {4, 6, 10, 11}) {
                    gc.drawLine(x, 6, x, 10);
                }
            }
            case "generator" -> {
                gc.setForeground(green);
                for (int x : new int[] {2, 5, 9, 14}) {
                    gc.drawLine(x, 3, x, 13);
                }
                gc.drawLine(1, 13, 15, 13);
            }
            case "projection" -> {
                gc.setForeground(dark);
                gc.setLineWidth(2);
                gc.drawLine(1, 12, 11, 4);
                gc.setBackground(dark);
                gc.fillPolygon(new int[] {15, 1, 8, 3, 13, 8});
            }
            case "spikes" -> badge(gc, dark, "S");
            case "state" -> badge(gc, dark, "V");
            case "rate" -> badge(gc, dark, "R");
            case "current" -> {
                gc.setForeground(orange);
                gc.setLineWidth(2);
                gc.drawPolyline(new int[] {1, 13, 5, 13, 5, 4, 11, 4, 11, 13, 15, 13});
            }
            case "delete" -> {
                gc.setForeground(red);
                gc.setLineWidth(2);
                gc.drawLine(3, 3, 13, 13);
                gc.drawLine(13, 3, 3, 13);
            }
            case "layout" -> {
                box(gc, blue, 1, 2, 5, 4);
                box(gc, blue, 10, 2, 5, 4);
                box(gc, blue, 10, 10, 5, 4);
                gc.setForeground(dark);
                gc.drawLine(6, 4, 10, 4);
                gc.drawLine(6, 4, 10, 12);
            }
            case "zoomin", "zoomout" -> {
                gc.setForeground(dark);
                gc.setLineWidth(2);
                gc.drawOval(1, 1, 10, 10);
                gc.drawLine(10, 10, 14, 14);
                gc.setLineWidth(1);
                gc.drawLine(4, 6, 8, 6);
                if (name.equals("zoomin")) {
                    gc.drawLine(6, 4, 6, 8);
                }
            }
            case "fit" -> {
                gc.setForeground(dark);
                gc.drawRectangle(1, 1, 13, 13);
                box(gc, blue, 4, 5, 8, 6);
            }
            case "validate" -> {
                gc.setForeground(green);
                gc.setLineWidth(3);
                gc.drawPolyline(new int[] {2, 8, 6, 12, 14, 3});
            }
            case "run" -> {
                gc.setBackground(green);
                gc.fillPolygon(new int[] {3, 2, 14, 8, 3, 14});
            }
            default -> { }
        }
        gc.dispose();
        return image;
    }

    private static void box(GC gc, Color c, int x, int y, int w, int h) {
        gc.setBackground(c);
        gc.fillRoundRectangle(x, y, w, h, 4, 4);
    }

    private void badge(GC gc, Color c, String letter) {
        gc.setBackground(c);
        gc.fillRoundRectangle(1, 2, 14, 12, 4, 4);
        gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
        org.eclipse.swt.graphics.Font f = new org.eclipse.swt.graphics.Font(display,
                display.getSystemFont().getFontData()[0].getName(), 7, SWT.BOLD);
        gc.setFont(f);
        org.eclipse.swt.graphics.Point t = gc.textExtent(letter);
        gc.drawString(letter, 8 - t.x / 2, 8 - t.y / 2, true);
        f.dispose();
    }
}
