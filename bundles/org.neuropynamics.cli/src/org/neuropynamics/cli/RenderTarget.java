package org.neuropynamics.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.OutputFiles;
import org.neuropynamics.plot.render.Canvas;
import org.neuropynamics.plot.render.FigureFiles;

/**
 * The output of {@code render}: one of {@code --png FILE} or {@code --svg FILE}, and the size in pixels.
 *
 * @param file the file to write
 * @param png PNG (Java2D, headless) when true, SVG otherwise
 * @param width width in pixels
 * @param height height in pixels
 */
record RenderTarget(Path file, boolean png, int width, int height) {

    /** Reads --png/--svg, --width and --height (with the view's default size). */
    static RenderTarget parse(Arguments args, int defaultWidth, int defaultHeight) {
        String png = args.option("png");
        String svg = args.option("svg");
        if ((png == null) == (svg == null)) {
            throw new UsageException("render needs exactly one of --png FILE or --svg FILE");
        }
        int width = args.integer("width", defaultWidth);
        int height = args.integer("height", defaultHeight);
        if (width < 200 || height < 150 || width > 10000 || height > 10000) {
            throw new UsageException("--width and --height must lie in [200, 10000] and [150, 10000] pixels");
        }
        RenderTarget target = new RenderTarget(Path.of(png != null ? png : svg), png != null, width, height);
        target.check(args.inputFiles());
        return target;
    }

    /** Refuses, before any work, an output that could not be written or that is one of the {@code inputs}. */
    void check(Path... inputs) {
        try {
            OutputFiles.checkWritable(file, inputs);
        } catch (FileProblem e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * Paints with a {@link Canvas} painter and writes the file atomically (the same bytes the workbench's export
     * writes).
     */
    void write(Consumer<Canvas> painter) {
        try {
            FigureFiles.write(file, png, width, height, painter);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a FileProblem: one line, exit 2 (Errors)
        }
    }
}
