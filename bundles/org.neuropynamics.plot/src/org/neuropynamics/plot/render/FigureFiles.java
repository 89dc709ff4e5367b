package org.neuropynamics.plot.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.neuropynamics.core.io.OutputFiles;

import org.neuropynamics.plot.Figure;

/**
 * Writes a {@link Figure} as SVG or as PNG drawn with Java2D. Works headless (no display, no SWT): the CLI's
 * {@code render} commands use it, the workbench's SVG export too.
 */
public final class FigureFiles {

    private FigureFiles() {
    }

    /** The figure as an SVG document of {@code width} x {@code height} user units. */
    public static String svg(Figure figure, int width, int height) {
        SvgCanvas canvas = new SvgCanvas(width, height);
        FigurePainter.paint(figure, canvas, width, height);
        return canvas.toSvg();
    }

    /** The figure drawn into a new RGB image. */
    public static BufferedImage image(Figure figure, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            FigurePainter.paint(figure, new Java2DCanvas(g, width, height), width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes the figure as PNG, atomically ({@link OutputFiles}); {@code inputs} are the files it was computed
     * from, which are never replaced.
     */
    public static void writePng(Figure figure, int width, int height, Path file, Path... inputs) throws IOException {
        BufferedImage image = image(figure, width, height);
        OutputFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        }, inputs);
    }

    /** Writes the figure as SVG (UTF-8), atomically; see {@link #writePng}. */
    public static void writeSvg(Figure figure, int width, int height, Path file, Path... inputs) throws IOException {
        OutputFiles.writeString(file, svg(figure, width, height), inputs);
    }
}
