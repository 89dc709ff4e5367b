package org.neuropynamics.singleneuron.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.plot.Decimation;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.Range;
import org.neuropynamics.plot.Ticks;
import org.neuropynamics.plot.render.FigureFiles;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.w3c.dom.Document;

/** The headless figure (SVG and Java2D PNG) and the display compression. */
class FigureRenderingTest {

    @Test
    void decimationKeepsASpikeOneSampleWide() {
        int n = 100_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = k;
            y[k] = -65;
        }
        y[54_321] = 30;
        y[77_777] = -80;
        double[][] d = Decimation.minMax(x, y, 2000);
        assertTrue(d[0].length <= 2001, "compressed to " + d[0].length);
        assertEquals(30, java.util.Arrays.stream(d[1]).max().orElseThrow());
        assertEquals(-80, java.util.Arrays.stream(d[1]).min().orElseThrow());
        for (int k = 1; k < d[0].length; k++) {
            assertTrue(d[0][k] > d[0][k - 1], "time order kept");
        }
    }

    /**
     * The screen's simplification of a pixel polyline (GcCanvas, issue 13): a flat stretch with a spike one sample
     * wide and a straight ramp keep exactly their corners (0, 249, 250, 251, 500, 999); on a curve with spikes every
     * point dropped lies within the tolerance of the polyline kept (distance to its segments), and far fewer points
     * are kept.
     */
    @Test
    void simplificationKeepsCornersAndStaysWithinTolerance() {
        int n = 1000;
        double[] xy = new double[2 * n];
        for (int k = 0; k < n; k++) {
            xy[2 * k] = 0.5 * k;
            xy[2 * k + 1] = k == 250 ? 100 : k < 500 ? 300 : 300 - (k - 500) * 0.2;
        }
        int kept = Decimation.simplify(xy, n, 0.05, new int[n]);
        assertEquals(6, kept);
        double[] corners = {0, 249, 250, 251, 500, 999};
        for (int i = 0; i < kept; i++) {
            assertEquals(0.5 * corners[i], xy[2 * i], 0, "x of kept point " + i);
        }

        double tolerance = 0.05;
        double[] curve = new double[2 * 4000];
        for (int k = 0; k < 4000; k++) {
            curve[2 * k] = k * 0.25;
            curve[2 * k + 1] = 300 + 80 * Math.sin(k / 300.0) + (k % 700 == 350 ? -150 : 0);
        }
        double[] simplified = curve.clone();
        int m = Decimation.simplify(simplified, 4000, tolerance, new int[4000]);
        assertTrue(m < 4000 / 4, "kept " + m + " of 4000");
        for (int k = 0; k < 4000; k++) {
            double best = Double.MAX_VALUE;
            for (int j = 0; j + 1 < m; j++) {
                best = Math.min(best, segmentDistance(curve[2 * k], curve[2 * k + 1], simplified, j));
            }
            assertTrue(best <= tolerance + 1e-9, "point " + k + " lies " + best + " px off");
        }
    }

    private static double segmentDistance(double px, double py, double[] xy, int j) {
        double ax = xy[2 * j];
        double ay = xy[2 * j + 1];
        double dx = xy[2 * j + 2] - ax;
        double dy = xy[2 * j + 3] - ay;
        double len2 = dx * dx + dy * dy;
        double u = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - ax - u * dx, py - ay - u * dy);
    }

    @Test
    void ticksAreNiceNumbers() {
        assertArrayEquals(new double[] { 0, 100, 200, 300, 400, 500, 600, 700 },
                Ticks.positions(new Range(0, 700), 8), 1e-9);
        assertArrayEquals(new double[] { -80, -60, -40, -20, 0, 20, 40 }, Ticks.positions(new Range(-85, 45), 5),
                1e-9);
        assertEquals("0.25", Ticks.label(0.25, 0.05));
    }

    @Test
    void hodgkinHuxleyFigureAsSvgAndPngWithoutADisplay() throws Exception {
        Model hh = ModelRegistry.getDefault().get("hodgkin-huxley");
        NeuronExperiment e = NeuronExperiment.courseDefaults(hh, "rk4", 0.01);
        Trace trace = Simulation.run(e.request());
        Figure figure = SingleNeuronFigure.figure(e, trace);
        String svg = FigureFiles.svg(figure, 1000, 700);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(doc.getElementsByTagName("polyline").getLength() > 10);
        assertTrue(svg.contains("V (mV)") && svg.contains("input I (uA/cm^2)") && svg.contains("t (ms)"),
                "axis titles with units");
        assertTrue(svg.contains("spikes (" + trace.spikeCount() + ")"), "legend names the spike count");
        BufferedImage image = FigureFiles.image(figure, 1000, 700);
        assertEquals(1000, image.getWidth());
        Path png = Path.of("target", "figures", "hodgkin-huxley.png");
        Files.createDirectories(png.getParent());
        FigureFiles.writePng(figure, 1000, 700, png);
        assertTrue(Files.size(png) > 10_000);
        FigureFiles.writeSvg(figure, 1000, 700, png.resolveSibling("hodgkin-huxley.svg"));
    }

    /**
     * A zoomed panel is decimated over what it shows: 10^6 samples of sin(x / 10) zoomed to x in [1000, 2000]
     * (1001 samples, fewer than the 4 points per pixel of a 1000-pixel figure) are drawn sample for sample; a
     * decimation over the whole series would keep about 4 of them. The polyline's points lie on the curve.
     */
    @Test
    void aZoomedPanelKeepsTheSamplesItShows() throws Exception {
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 10.0);
        }
        org.neuropynamics.plot.Plot plot = new org.neuropynamics.plot.Plot("", "x", "y", null,
                java.util.List.of(org.neuropynamics.plot.Series.line("s", "", x, y, 0x1F4E99)), new Range(1000, 2000),
                new Range(-1.1, 1.1), null);
        String svg = FigureFiles.svg(new Figure("", java.util.List.of(plot), new double[] {1}), 1000, 600);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        org.w3c.dom.NodeList lines = doc.getElementsByTagName("polyline");
        String[] points = null;
        for (int k = 0; k < lines.getLength(); k++) {
            org.w3c.dom.Element el = (org.w3c.dom.Element) lines.item(k);
            if (el.getAttribute("stroke").equalsIgnoreCase("#1f4e99")) {
                points = el.getAttribute("points").trim().split(" ");
            }
        }
        assertTrue(points != null, "the series' polyline");
        // the samples 999..2001: one beyond each end of the range
        assertEquals(1003, points.length);
        org.neuropynamics.plot.render.PlotFrame frame = org.neuropynamics.plot.render.FigurePainter.paint(
                new Figure("", java.util.List.of(plot), new double[] {1}), new org.neuropynamics.plot.render.SvgCanvas(
                        1000, 600), 1000, 600).get(0);
        for (int k = 0; k < points.length; k += 97) {
            String[] p = points[k].split(",");
            double xs = frame.dataX(Double.parseDouble(p[0]));
            double ys = frame.dataY(Double.parseDouble(p[1]));
            // 0.01 px of SVG rounding, in data units
            assertEquals(999 + k, xs, 0.02 * 1000 / frame.area()[2], "x of point " + k);
            assertEquals(Math.sin((999 + k) / 10.0), ys, 0.02 * 2.2 / frame.area()[3], "y of point " + k);
        }
    }

    /** A title wider than the figure ends in an ellipsis and fits (Java2D metrics, the SVG's). */
    @Test
    void aLongTitleIsShortenedToTheWidth() throws Exception {
        String title = "Hodgkin-Huxley - 8 spikes in 0-120 ms: 66.7 Hz; mean ISI 13.76 ms (1000/ISI = 72.7 Hz), "
                + "last/first ISI 0.98";
        org.neuropynamics.plot.Plot plot = org.neuropynamics.plot.Plot.of("", "t", "v", java.util.List.of(
                org.neuropynamics.plot.Series.line("s", "", new double[] {0, 1}, new double[] {0, 1}, 0)));
        for (int width : new int[] {400, 2000}) {
            String svg = FigureFiles.svg(new Figure(title, java.util.List.of(plot), new double[] {1}), width, 400);
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            String first = doc.getElementsByTagName("text").item(0).getTextContent();
            if (width == 2000) {
                assertEquals(title, first, "fits: unchanged");
            } else {
                assertTrue(first.endsWith("\u2026") && title.startsWith(first.substring(0, first.length() - 1)), first);
                java.awt.Font bold = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 1)
                        .deriveFont((float) (11.5 * 96 / 72));
                java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1, 1,
                        java.awt.image.BufferedImage.TYPE_INT_RGB);
                double w = img.createGraphics().getFontMetrics(bold).stringWidth(first);
                assertTrue(w <= width - 16, "the shortened title's width " + w + " within " + (width - 16));
            }
        }
    }
}
