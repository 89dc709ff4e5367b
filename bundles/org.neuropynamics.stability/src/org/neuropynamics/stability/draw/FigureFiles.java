package org.neuropynamics.stability.draw;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.neuropynamics.core.io.OutputFiles;

/**
 * Writes a figure painted on a {@link Drawing} as PNG (Java2D, headless) or SVG: the same painters as the
 * views, without a display.
 */
public final class FigureFiles {

    private FigureFiles() {
    }

    /** The painting drawn into a new RGB image of the given size. */
    public static BufferedImage image(int width, int height, Consumer<Drawing> painter) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            painter.accept(new Java2DDrawing(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The painting as an SVG document. */
    public static String svg(int width, int height, Consumer<Drawing> painter) {
        SvgDrawing d = new SvgDrawing(width, height);
        painter.accept(d);
        return d.document();
    }

    /**
     * Writes the painting as PNG, atomically ({@link OutputFiles}); {@code inputs} are the files it was computed
     * from, which are never replaced.
     */
    public static void writePng(int width, int height, Consumer<Drawing> painter, Path file, Path... inputs)
            throws IOException {
        BufferedImage image = image(width, height, painter);
        OutputFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        }, inputs);
    }

    /** Writes the painting as SVG (UTF-8), atomically; see {@link #writePng}. */
    public static void writeSvg(int width, int height, Consumer<Drawing> painter, Path file, Path... inputs)
            throws IOException {
        OutputFiles.writeString(file, svg(width, height, painter), inputs);
    }
}
