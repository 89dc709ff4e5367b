package org.neuropynamics.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.OutputFiles;
import org.neuropynamics.stability.draw.Drawing;
import org.neuropynamics.stability.draw.FigureFiles;

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
        target.check(ModelArgument.inputFile(args.option("model")));
        return target;
    }

    /**
     * Refuses, before any work, an output that could not be written or that is the model file {@code input}
     * (null for a catalogue model).
     */
    void check(Path input) {
        try {
            OutputFiles.checkWritable(file, input == null ? new Path[0] : new Path[] {input});
        } catch (FileProblem e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Paints with a {@link Drawing} painter and writes the file atomically. */
    void write(Consumer<Drawing> painter) throws IOException {
        if (png) {
            FigureFiles.writePng(width, height, painter, file);
        } else {
            FigureFiles.writeSvg(width, height, painter, file);
        }
    }
}
