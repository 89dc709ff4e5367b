package org.neuropynamics.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.neuropynamics.plot.render.Java2DCanvas;
import org.neuropynamics.plot.render.PlotFrame;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A view's figure exported from the GUI (PNG, SVG, CSV through {@link FigureExportActions}, as the toolbar and
 * context menu write them) next to {@code neuropynamics render} of the same figure at the same size: the two PNGs,
 * the parsed SVG, the CSV rows and the data-to-pixel mapping of the PNG's paint (Java2D, the PNG back end).
 *
 * @param differing pixels that differ between the view's PNG and render's (any channel, any amount)
 * @param width the figure's width (the widget's)
 * @param height the figure's height
 * @param svg the view's SVG, parsed
 * @param csv the view's CSV rows
 * @param frame the mapping of the PNG's paint (null when the painting has none)
 */
public record RenderComparison(int differing, int width, int height, Document svg, List<String> csv,
        PlotFrame frame) {

    /** Exports the canvas and runs {@code render} with {@code renderArgs} plus the file and the canvas's size. */
    public static RenderComparison of(FigureCanvas canvas, String name, String... renderArgs) throws Exception {
        Point size = canvas.getSize();
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path gui = dir.resolve(name + "-view.png");
        FigureExportActions.export(canvas, FigureExportActions.Format.PNG, gui);
        Path cli = dir.resolve(name + "-render.png");
        List<String> args = new ArrayList<>(List.of(renderArgs));
        args.addAll(List.of("--png", cli.toString(), "--width", "" + size.x, "--height", "" + size.y));
        Render.Result rendered = Render.run(args.toArray(String[]::new));
        assertEquals(0, rendered.status(), () -> "render " + args + ": " + rendered.err());
        BufferedImage a = ImageIO.read(gui.toFile());
        BufferedImage b = ImageIO.read(cli.toFile());
        assertEquals(size.x, a.getWidth());
        assertEquals(size.y, a.getHeight());
        assertEquals(a.getWidth(), b.getWidth(), "render's width");
        assertEquals(a.getHeight(), b.getHeight(), "render's height");
        int differing = Pictures.differing(a, b, 0);
        Files.writeString(dir.resolve(name + "-view-vs-render.txt"), String.format(Locale.ROOT,
                "%dx%d: %d pixels differ between the view's PNG and render's%n", a.getWidth(), a.getHeight(),
                differing));
        Path svgFile = dir.resolve(name + "-view.svg");
        FigureExportActions.export(canvas, FigureExportActions.Format.SVG, svgFile);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svgFile.toFile());
        Path csvFile = dir.resolve(name + "-view.csv");
        FigureExportActions.export(canvas, FigureExportActions.Format.CSV, csvFile);
        BufferedImage scratch = new BufferedImage(size.x, size.y, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = scratch.createGraphics();
        PlotFrame frame;
        try {
            frame = canvas.painting().paint(new Java2DCanvas(g), size.x, size.y);
        } finally {
            g.dispose();
        }
        return new RenderComparison(differing, size.x, size.y, svg, Files.readAllLines(csvFile), frame);
    }

    /** The SVG text elements whose content is {@code content}, in drawing order. */
    public List<Element> texts(String content) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getTextContent().equals(content)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    /** The SVG text elements whose content starts with {@code prefix}. */
    public List<Element> textsStartingWith(String prefix) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getTextContent().startsWith(prefix)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    /**
     * Every x tick label of the frame's plot (the numbers centred just below its bottom axis) stands at the pixel
     * the data-to-pixel mapping gives its value, to 0.01 px; at least three of them.
     */
    public void assertXTicks() {
        assertNotNull(frame, "a data frame");
        double[] a = frame.area();
        double bottom = a[1] + a[3];
        NodeList nodes = svg.getElementsByTagName("text");
        int checked = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            double y = Double.parseDouble(e.getAttribute("y"));
            double x = Double.parseDouble(e.getAttribute("x"));
            if (!"middle".equals(e.getAttribute("text-anchor")) || y < bottom || y > bottom + 30 || x < a[0] - 1
                    || x > a[0] + a[2] + 1) {
                continue;
            }
            double value;
            try {
                value = Double.parseDouble(e.getTextContent().replace('\u2212', '-'));
            } catch (NumberFormatException notANumber) {
                continue;
            }
            assertEquals(frame.px(value), x, 0.01, "the tick label '" + e.getTextContent() + "'");
            checked++;
        }
        assertTrue(checked >= 3, "x tick labels found: " + checked);
    }

    /** The first visible figure widget below {@code c} exported under {@code name}. */
    public static FigureCanvas find(Control c, String name) {
        if (c instanceof FigureCanvas f && f.isVisible() && name.equals(f.exportName())) {
            return f;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                FigureCanvas f = find(child, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
