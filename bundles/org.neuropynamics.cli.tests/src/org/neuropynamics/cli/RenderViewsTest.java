package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.plot.render.PlotFrame;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code render} for the views of the network, dendrites and maps topics: the figures are drawn headless and what
 * they show sits where the data puts it (checked against analytic values and against the numbers the other
 * commands print for the same inputs).
 */
class RenderViewsTest {

    private static final String COURSE = "../../examples/course-network.neuronet";

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void rasterHasOneTickPerSpikeOfEachGroupAtItsTime() throws Exception {
        CliRun net = CliRun.of("network", COURSE, "--seed", "3", "--json");
        assertEquals(0, net.status(), net.err());
        Path svg = dir.resolve("raster.svg");
        CliRun run = CliRun.of("render", "raster", COURSE, "--seed", "3", "--svg", svg.toString(), "--width", "900",
                "--height", "500", "--json");
        assertEquals(0, run.status(), run.err());
        Map<String, Object> doc = (Map<String, Object>) run.json();
        assertEquals("raster", doc.get("view"));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        // the populations come first in the raster, coloured by the group palette (blue, red, ...)
        List<Map<String, Object>> pops = (List<Map<String, Object>>) ((Map<String, Object>) net.json())
                .get("populations");
        String[] colours = {"#1f77b4", "#d62728"};
        assertEquals(2, pops.size(), net.out());
        for (int k = 0; k < pops.size(); k++) {
            int spikes = ((Number) pops.get(k).get("spike_count")).intValue();
            assertTrue(spikes > 0, net.out());
            // one tick per spike, and the group's sample in the legend
            assertEquals(spikes + 1, filled(xml, "rect", colours[k]).size(), pops.get(k).get("name") + " ticks");
        }
        List<String> texts = texts(xml);
        assertTrue(texts.contains("Spike raster") && texts.contains("t (ms)"), texts.toString());
    }

    @Test
    void heatMapNeedsAStateMonitorAndSaysSo() throws Exception {
        Path bare = dir.resolve("bare.neuronet");
        String text = java.nio.file.Files.readString(Path.of(COURSE));
        // drop the state monitor (two lines: the element and its closing tag)
        text = text.replaceAll("(?s)<monitors xsi:type=\"network:StateMonitor\".*?</monitors>\\s*", "");
        java.nio.file.Files.writeString(bare, text);
        Path png = dir.resolve("heat.png");
        CliRun run = CliRun.of("render", "heatmap", bare.toString(), "--png", png.toString());
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("no state monitor"), run.err());
        assertFalse(png.toFile().exists(), "nothing written on bad input");
        CliRun ok = CliRun.of("render", "heatmap", COURSE, "--png", png.toString(), "--width", "800", "--height",
                "400");
        assertEquals(0, ok.status(), ok.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void orbitDiagramOfTheLogisticMapHasThePeriodTwoPointsAtTheirClosedForm() throws Exception {
        Path svg = dir.resolve("orbit.svg");
        // 31 columns from 3.0 to 3.3: column 20 is r = 3.2, inside the period-2 window (3 < r < 1 + sqrt 6)
        CliRun run = CliRun.of("render", "orbit-diagram", "--from", "3.0", "--to", "3.3", "--n", "31", "--svg",
                svg.toString(), "--width", "800", "--height", "600");
        assertEquals(0, run.status(), run.err());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        List<String> texts = texts(xml);
        assertTrue(texts.contains("Logistic map: orbit diagram") || texts.stream().anyMatch(t ->
                t.endsWith(": orbit diagram")), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("drag")), "no UI hint in the file: " + texts);
        double r = 3.2;
        double root = Math.sqrt((r - 3) * (r + 1));
        double[] cycle = {(r + 1 - root) / (2 * r), (r + 1 + root) / (2 * r)};
        // the y range is the orbits' range padded by 4 %: the widest orbit is the 2-cycle of the last column, 3.3
        double r1 = 3.3;
        double root1 = Math.sqrt((r1 - 3) * (r1 + 1));
        double lo = (r1 + 1 - root1) / (2 * r1);
        double hi = (r1 + 1 + root1) / (2 * r1);
        PlotFrame frame = new PlotFrame(800, 600, true, 3.0, 3.3, lo - 0.04 * (hi - lo), hi + 0.04 * (hi - lo));
        // the dots (1 px squares) of column r = 3.2: the two points of the cycle
        List<Element> dots = filled(xml, "rect", "#1f2a44");
        double px = frame.px(r);
        List<Double> ys = new ArrayList<>();
        for (Element d : dots) {
            double cx = Double.parseDouble(d.getAttribute("x")) + 0.5;
            if (Math.abs(cx - px) < 0.6) {
                ys.add(Double.parseDouble(d.getAttribute("y")) + 0.5);
            }
        }
        ys.sort(null);
        assertEquals(2, ys.size(), "two points of the cycle in column r = 3.2: " + ys);
        assertEquals(frame.py(cycle[1]), ys.get(0), 0.5, "upper point of the 2-cycle");
        assertEquals(frame.py(cycle[0]), ys.get(1), 0.5, "lower point of the 2-cycle");
    }

    @Test
    void cobwebConvergesOnTheFixedPoint() throws Exception {
        Path svg = dir.resolve("cobweb.svg");
        CliRun run = CliRun.of("render", "cobweb", "--set", "r=2.8", "--x0", "0.1", "--svg", svg.toString(), "--width",
                "700", "--height", "700");
        assertEquals(0, run.status(), run.err());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        PlotFrame frame = new PlotFrame(700, 700, true, 0, 1, 0, 1);
        double fixed = 1 - 1 / 2.8;
        List<Element> path = stroked(xml, "polyline", "#c0392b");
        assertEquals(1, path.size(), "one staircase");
        String[] points = path.get(0).getAttribute("points").trim().split("\\s+");
        String[] last = points[points.length - 1].split(",");
        assertEquals(frame.px(fixed), Double.parseDouble(last[0]), 1.0, "x of the last step");
        assertEquals(frame.py(fixed), Double.parseDouble(last[1]), 1.0, "y of the last step");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jeffressFigureShowsTheWinnerTheCommandComputes() throws Exception {
        Path png = dir.resolve("jeffress.png");
        CliRun run = CliRun.of("render", "jeffress", "--left", "2.0", "--right", "2.2", "--n", "7", "--png",
                png.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        // k* = (N + 1) / 2 + (right - left) / (2 delta) = 4 + 1 = 5
        assertEquals(5, ((Number) ((Map<String, Object>) run.json()).get("winner")).intValue());
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        // the winner's node is drawn in amber (0xFAAA00) in the delay-line panel (top left)
        assertTrue(count(image, 0xFAAA00, 0, 0, 600, 400) > 50, "winner node pixels");
    }

    @Test
    @SuppressWarnings("unchecked")
    void dendriteFigureAttenuatesTowardsTheSoma() throws Exception {
        Path svg = dir.resolve("dendrite.svg");
        CliRun run = CliRun.of("render", "dendrite", "--position", "0.9", "--svg", svg.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        Map<String, Object> doc = (Map<String, Object>) run.json();
        assertTrue(((Number) doc.get("synapse_compartment")).intValue() > 40, doc.toString());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        List<String> texts = texts(xml);
        for (String title : List.of("V along the dendrite (0 = soma)", "V at the synapse and the soma",
                "Peak depolarisation and its delay", "Soma peak against the lag of two inputs")) {
            assertTrue(texts.contains(title), title + " in " + texts);
        }
    }

    @Test
    void helpListsEveryViewAndUnknownViewsAreRefused() {
        CliRun help = CliRun.of("render", "--help");
        assertEquals(0, help.status(), help.err());
        for (String view : RenderCommand.VIEWS) {
            assertTrue(help.out().contains("render " + view) || help.out().contains(view + "|")
                    || help.out().contains("|" + view), view + " in the help");
        }
        CliRun bad = CliRun.of("render", "raster", "--png", dir.resolve("x.png").toString());
        assertEquals(2, bad.status());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    private static int count(BufferedImage image, int rgb, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    private static List<Element> filled(Document xml, String tag, String fill) {
        return elements(xml, tag, "fill", fill);
    }

    private static List<Element> stroked(Document xml, String tag, String stroke) {
        return elements(xml, tag, "stroke", stroke);
    }

    private static List<Element> elements(Document xml, String tag, String attribute, String value) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = xml.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (value.equals(e.getAttribute(attribute))) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> texts(Document xml) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = xml.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
