package org.neuropynamics.ui.tests;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/** Pictures of widgets and their comparison, for the tests that compare the screen with the exported files. */
public final class Pictures {

    private Pictures() {
    }

    /** The control as it paints itself (the screen back end), as an RGB image. */
    public static BufferedImage snapshot(Control control) {
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            control.print(gc);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        BufferedImage out = new BufferedImage(size.x, size.y, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size.y; y++) {
            for (int x = 0; x < size.x; x++) {
                org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                out.setRGB(x, y, rgb.red << 16 | rgb.green << 8 | rgb.blue);
            }
        }
        return out;
    }

    /** Pixels whose colours differ by more than {@code tolerance} in some channel (images of the same size). */
    public static int differing(BufferedImage a, BufferedImage b, int tolerance) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF)) > tolerance) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }
}
