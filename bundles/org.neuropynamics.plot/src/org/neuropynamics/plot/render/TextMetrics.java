package org.neuropynamics.plot.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * The one font of the figures (the logical sans-serif font, DejaVu Sans on Linux) and its metrics: the PNG back
 * end draws with it and the SVG back end measures with it, so labels sit at the same place in both files.
 */
final class TextMetrics {

    private static final Map<String, Font> FONTS = new HashMap<>();
    private static final Map<Font, FontMetrics> METRICS = new HashMap<>();

    private TextMetrics() {
    }

    /** The font for a size in points and a style. */
    static synchronized Font font(double size, Canvas.FontStyle style) {
        return FONTS.computeIfAbsent(style + "/" + size, k -> {
            int awt = style == Canvas.FontStyle.BOLD ? Font.BOLD
                    : style == Canvas.FontStyle.ITALIC ? Font.ITALIC : Font.PLAIN;
            return new Font(Font.SANS_SERIF, awt, 1).deriveFont((float) (size * Canvas.PX_PER_PT));
        });
    }

    /** Metrics of the font as the antialiased Java2D canvas measures it. */
    static synchronized FontMetrics metrics(double size, Canvas.FontStyle style) {
        return METRICS.computeIfAbsent(font(size, style), f -> {
            Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
            try {
                Java2DCanvas.hints(g);
                return g.getFontMetrics(f);
            } finally {
                g.dispose();
            }
        });
    }

    /** The baseline that centres the text's ascent-descent box on y. */
    static double baseline(FontMetrics m, double y) {
        return y + (m.getAscent() - m.getDescent()) / 2.0;
    }
}
