package org.neuropynamics.plot.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.neuropynamics.core.io.OutputFiles;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.CsvTable;
import org.neuropynamics.plot.Figure;

/**
 * The figure files of the workbench and of the command line: a painting on a {@link Canvas} as PNG bytes
 * (Java2D, headless) or as an SVG document, and a data table as CSV text. The GUI's export actions and
 * {@code render} both come here, so the same inputs give the same file. {@link #write} is the one place a figure
 * file reaches the disk.
 */
public final class FigureFiles {

    private FigureFiles() {
    }

    /** The painting drawn into a new RGB image of the given size. */
    public static BufferedImage image(int width, int height, Consumer<Canvas> painter) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            painter.accept(new Java2DCanvas(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The painting as PNG bytes. */
    public static byte[] png(int width, int height, Consumer<Canvas> painter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            if (!ImageIO.write(image(width, height, painter), "png", out)) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The painting as an SVG document. */
    public static String svg(int width, int height, Consumer<Canvas> painter) {
        SvgCanvas d = new SvgCanvas(width, height);
        painter.accept(d);
        return d.document();
    }

    /** The painter of a figure of stacked panels. */
    public static Consumer<Canvas> painter(Figure figure, int width, int height) {
        return c -> FigurePainter.paint(figure, c, width, height);
    }

    /** The painter of a chart. */
    public static Consumer<Canvas> painter(Chart chart, int width, int height) {
        return c -> ChartPainter.paint(c, width, height, chart);
    }

    /** The figure as an SVG document of {@code width} x {@code height} user units. */
    public static String svg(Figure figure, int width, int height) {
        return svg(width, height, painter(figure, width, height));
    }

    /** The figure drawn into a new RGB image. */
    public static BufferedImage image(Figure figure, int width, int height) {
        return image(width, height, painter(figure, width, height));
    }

    /** The table as CSV text. */
    public static String csv(CsvTable table) {
        StringWriter w = new StringWriter();
        try {
            table.write(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * Writes a painting as PNG or SVG, chosen by {@code png}; {@code inputs} are the files it was computed from,
     * which are never replaced.
     */
    public static void write(Path file, boolean png, int width, int height, Consumer<Canvas> painter,
            Path... inputs) throws IOException {
        write(file, png ? png(width, height, painter) : svg(width, height, painter).getBytes(StandardCharsets.UTF_8),
                inputs);
    }

    /** Writes the figure as PNG. */
    public static void writePng(Figure figure, int width, int height, Path file, Path... inputs) throws IOException {
        write(file, true, width, height, painter(figure, width, height), inputs);
    }

    /** Writes the figure as SVG (UTF-8). */
    public static void writeSvg(Figure figure, int width, int height, Path file, Path... inputs) throws IOException {
        write(file, false, width, height, painter(figure, width, height), inputs);
    }

    /** Writes a table as CSV (UTF-8). */
    public static void writeCsv(CsvTable table, Path file, Path... inputs) throws IOException {
        write(file, csv(table).getBytes(StandardCharsets.UTF_8), inputs);
    }

    /**
     * The one place figure files are written: the bytes are produced completely before the file is touched, then
     * written atomically ({@link OutputFiles}: temporary file, rename), so a failed painting or a crash leaves no
     * half-written file, and neither a read-only file nor one of {@code inputs} is replaced.
     */
    public static void write(Path file, byte[] bytes, Path... inputs) throws IOException {
        OutputFiles.writeBytes(file, bytes, inputs);
    }
}
