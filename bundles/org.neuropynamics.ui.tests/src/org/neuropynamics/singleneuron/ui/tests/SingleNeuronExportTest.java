package org.neuropynamics.singleneuron.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.neuropynamics.ui.tests.RenderComparison;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.plot.Range;
import org.neuropynamics.plot.render.PlotFrame;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.tests.Pictures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Single Neuron view is drawn by the figure layer: its PNG export and {@code neuropynamics render
 * single-neuron} with the same inputs and size are the same picture pixel for pixel; the SVG puts the time axis's
 * tick labels where the data frame of the screen puts them; the CSV holds the run; the screen (SWT GC back end)
 * differs from the PNG (Java2D) only by glyph and antialiasing rasterisation, within a measured bound; and a
 * zoomed view exports the zoomed figure.
 */
class SingleNeuronExportTest {

    /**
     * Fraction of pixels whose colour differs by more than 96 in some channel between the screen and the PNG.
     * Measured on Xvfb with DejaVu Sans for Hodgkin-Huxley at I = 12, the figure 992 x 728: 2.3 % (glyphs of
     * GTK/Cairo against Java2D, antialiased edges of the traces); see docs/architecture.md, "The figure layer". The
     * bound catches a panel missing or drawn elsewhere, not single
     * pixels; the two PNG files are compared exactly.
     */
    private static final double SCREEN_TOLERANCE = 0.06;

    @Test
    void pngFromTheViewEqualsRenderAndSvgAndCsvHoldTheRun() throws Exception {
        Ui ui = Ui.openView();
        ui.selectModel("hodgkin-huxley");
        ui.set("I", "12");
        Trace trace = ui.waitShown();
        NeuronExperiment e = ui.described();
        FigureCanvas canvas = ui.traces();
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        // PNG from the view and from render at the widget's size, the SVG and the CSV (RenderComparison)
        RenderComparison c = RenderComparison.of(canvas, "single-neuron", "render", "single-neuron", "--model",
                "hodgkin-huxley", "--set", "I=12", "--method", e.method(), "--dt", Double.toString(e.dt()));
        assertEquals(0, c.differing(), "pixels differing between the view's PNG and render's");
        BufferedImage a = ImageIO.read(dir.resolve("single-neuron-view.png").toFile());

        // SVG: the time axis's tick labels of the lower panel at the pixels the screen's data frame gives them
        Document xml = c.svg();
        PlotFrame lower = canvas.frames().get(1);
        List<Element> ticks = lowestNumbers(xml);
        assertTrue(ticks.size() >= 4, "time tick labels: " + ticks.size());
        for (Element t : ticks) {
            double value = Double.parseDouble(t.getTextContent());
            assertEquals(lower.px(value), Double.parseDouble(t.getAttribute("x")), 0.01, "x of tick label " + value);
            assertEquals("middle", t.getAttribute("text-anchor"));
        }
        assertTrue(texts(xml).contains("spikes (" + trace.spikeCount() + ")"), "the legend counts the spikes");

        // CSV: t, every variable, the input current, exactly the run's numbers
        Path csv = dir.resolve("single-neuron-view.csv");
        FigureExportActions.export(canvas, FigureExportActions.Format.CSV, csv);
        List<String> rows = Files.readAllLines(csv);
        assertEquals("t,V,m,h,n,I", rows.get(0));
        assertEquals(trace.times().length + 1, rows.size());
        for (int k : new int[] { 0, trace.times().length / 3, trace.times().length - 1 }) {
            String[] f = rows.get(k + 1).split(",");
            assertEquals(trace.times()[k], Double.parseDouble(f[0]), 0);
            assertEquals(trace.values()[0][k], Double.parseDouble(f[1]), 0);
            assertEquals(trace.values()[3][k], Double.parseDouble(f[4]), 0);
            // the course's step for HH-type models: I from 10 to 110 ms
            double t = trace.times()[k];
            assertEquals(t >= 10 && t < 110 ? 12 : 0, Double.parseDouble(f[5]), 0, "input at t = " + t);
        }

        // the screen against the PNG
        Ui.spin(canvas.getDisplay(), 100);
        BufferedImage screen = Pictures.snapshot(canvas);
        double fraction = Pictures.differing(screen, a, 96) / (double) (a.getWidth() * a.getHeight());
        Files.writeString(dir.resolve("single-neuron-screen-vs-png.txt"), String.format(Locale.ROOT,
                "%dx%d: %.4f of the pixels differ by more than 96 in some channel%n", a.getWidth(), a.getHeight(),
                fraction));
        System.out.printf(Locale.ROOT, "single-neuron screen vs PNG %dx%d: %.4f%n", a.getWidth(), a.getHeight(),
                fraction);
        ImageIO.write(screen, "png", dir.resolve("single-neuron-screen.png").toFile());
        assertTrue(fraction < SCREEN_TOLERANCE, "screen and PNG differ in " + fraction + " of the pixels");

        // zoomed: the export is the zoomed figure, its tick labels inside the zoomed range
        canvas.enableNavigation().zoomTo(new Range(40, 60), -1, null);
        Ui.spin(canvas.getDisplay(), 100);
        Path zoomed = dir.resolve("single-neuron-zoomed.svg");
        FigureExportActions.export(canvas, FigureExportActions.Format.SVG, zoomed);
        List<Element> zoomedTicks = lowestNumbers(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(zoomed.toFile()));
        assertTrue(zoomedTicks.size() >= 4, "zoomed tick labels: " + zoomedTicks.size());
        PlotFrame zoomedLower = canvas.frames().get(1);
        assertEquals(new Range(40, 60), zoomedLower.xRange());
        for (Element t : zoomedTicks) {
            double value = Double.parseDouble(t.getTextContent());
            assertTrue(value >= 40 && value <= 60, "tick " + value + " inside the zoom");
            assertEquals(zoomedLower.px(value), Double.parseDouble(t.getAttribute("x")), 0.01);
        }
        canvas.enableNavigation().reset();
    }

    private static List<String> texts(Document xml) {
        NodeList nodes = xml.getElementsByTagName("text");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add(nodes.item(i).getTextContent());
        }
        return all;
    }

    /** The numeric labels on the lowest baseline of the figure: the time axis of the lower panel. */
    private static List<Element> lowestNumbers(Document xml) {
        NodeList nodes = xml.getElementsByTagName("text");
        double lowest = Double.NEGATIVE_INFINITY;
        List<Element> numbers = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element el = (Element) nodes.item(i);
            if (el.getTextContent().matches("\\d+(\\.\\d+)?") && !el.hasAttribute("transform")) {
                numbers.add(el);
                lowest = Math.max(lowest, Double.parseDouble(el.getAttribute("y")));
            }
        }
        List<Element> out = new ArrayList<>();
        for (Element el : numbers) {
            if (Double.parseDouble(el.getAttribute("y")) == lowest) {
                out.add(el);
            }
        }
        return out;
    }
}
