package org.neuropynamics.ui.math;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Equations as mathematics: LaTeX rendered by JLaTeXMath with AWT into an off-screen {@link BufferedImage}
 * (works with {@code -Djava.awt.headless=true}) and converted to SWT {@link ImageData}.
 */
public final class FormulaImages {

    private FormulaImages() {
    }

    /**
     * Renders LaTeX in display style on a white background.
     *
     * @param latex the formula
     * @param size font size in points
     * @throws IllegalArgumentException with JLaTeXMath's message when the LaTeX cannot be parsed
     */
    public static BufferedImage render(String latex, float size) {
        TeXIcon icon;
        try {
            icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot typeset the equations: " + e.getMessage(), e);
        }
        icon.setInsets(new Insets(4, 4, 4, 4));
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            icon.setForeground(new Color(0x22, 0x22, 0x22));
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The SWT image data of an RGB {@link BufferedImage}. */
    public static ImageData toImageData(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                row[x] &= 0xFFFFFF;
            }
            data.setPixels(0, y, w, row, 0);
        }
        return data;
    }

    /** Renders LaTeX straight to SWT image data. */
    public static ImageData imageData(String latex, float size) {
        return toImageData(render(latex, size));
    }
}
