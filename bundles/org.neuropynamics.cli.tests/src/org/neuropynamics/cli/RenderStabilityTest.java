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

/** {@code render phase-plane} and {@code render stability-1d}: headless figures of the stability views. */
class RenderStabilityTest {

    @TempDir
    Path dir;

    @Test
    void phasePlanePngHasTheRequestedSizeAndTheNullclines() throws Exception {
        Path png = dir.resolve("fhn.png");
        CliRun run = CliRun.of("render", "phase-plane", "--model", "fitzhugh-nagumo", "--trajectories",
                "-1.5,1;1.5,-1", "--png", png.toString(), "--width", "640", "--height", "480");
        assertEquals(0, run.status(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a readable PNG");
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        // the x-nullcline's blue (0, 90, 200) and the y-nullcline's red (205, 40, 40) are painted
        assertTrue(count(image, 0x005ac8) > 200, "x-nullcline pixels: " + count(image, 0x005ac8));
        assertTrue(count(image, 0xcd2828) > 200, "y-nullcline pixels: " + count(image, 0xcd2828));
    }

    @Test
    @SuppressWarnings("unchecked")
    void phasePlaneSvgOfATypedSystemHasNullclinesAndClassifiedEquilibria() throws Exception {
        Path svg = dir.resolve("duffing.svg");
        CliRun run = CliRun.of("render", "phase-plane", "--system", "data/damped-duffing.ode", "--svg",
                svg.toString(), "--width", "800", "--height", "600", "--json");
        assertEquals(0, run.status(), run.err());
        Map<String, Object> doc = (Map<String, Object>) run.json();
        List<Map<String, Object>> eqs = (List<Map<String, Object>>) doc.get("equilibria");
        // x' = y, y' = x - x^3 - 0.5 y: (0,0) has eigenvalues (-0.5 +- sqrt(4.25))/2 (saddle); (+-1, 0) have
        // lambda^2 + 0.5 lambda + 2 = 0, complex with real part -0.25 (stable foci)
        assertEquals(3, eqs.size(), run.out());
        assertEquals(List.of(-2.0, 2.0, -1.5, 1.5), doc.get("window"), "window from the file's @ options");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        Element root = xml.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("800", root.getAttribute("width"));
        assertTrue(elements(xml, "polyline", "stroke", "#005ac8").size() >= 2, "x-nullcline and its legend sample");
        assertTrue(elements(xml, "polyline", "stroke", "#cd2828").size() >= 2, "y-nullcline and its legend sample");
        assertTrue(texts(xml).contains("x' = 0") && texts(xml).contains("y' = 0"), "nullcline labels: " + texts(xml));
        assertTrue(texts(xml).contains("saddle") && texts(xml).contains("stable focus"), "legend: " + texts(xml));
        PlotFrame frame = new PlotFrame(800, 600, true, -2, 2, -1.5, 1.5);
        List<Element> saddles = elements(xml, "circle", "fill", "#7828aa");
        List<Element> foci = elements(xml, "circle", "fill", "#00a0c8");
        assertTrue(at(saddles, frame.px(0), frame.py(0)), "saddle marker at the origin");
        assertTrue(at(foci, frame.px(1), frame.py(0)) && at(foci, frame.px(-1), frame.py(0)), "foci at (+-1, 0)");
        for (Map<String, Object> e : eqs) {
            double x = (Double) e.get("x");
            assertEquals(0, (Double) e.get("y"), 1e-8);
            assertEquals(Math.abs(x) < 0.5 ? "saddle" : "stable focus", e.get("type"), e.toString());
            assertEquals(Math.abs(x) < 0.5 ? 0 : 1, Math.abs(x), 1e-8);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void stabilityLineOfInapShowsItsSaddleNode() throws Exception {
        Path svg = dir.resolve("inap.svg");
        CliRun run = CliRun.of("render", "stability-1d", "--model", "inap", "--svg", svg.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        Map<String, Object> doc = (Map<String, Object>) run.json();
        // reference (mpmath, see SaddleNodeTest in core): I = 15.7758880035377 at V = -46.1957141061182
        List<Object> folds = (List<Object>) doc.get("saddle_nodes");
        assertEquals(1, folds.size(), run.out());
        assertEquals(15.7758880035377, (Double) folds.get(0), 1e-6);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertTrue(texts(xml).stream().anyMatch(t -> t.startsWith("Saddle-node at I = 15.7758")), texts(xml).toString());
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        String out = dir.resolve("x.png").toString();
        String[][] bad = {
            {"render", "phase-plane", "--model", "fitzhugh-nagumo"},
            {"render", "phase-plane", "--model", "inap", "--png", out},
            {"render", "phase-plane", "--model", "fitzhugh-nagumo", "--window", "1:0,0:1", "--png", out},
            {"render", "phase-plane", "--model", "fitzhugh-nagumo", "--x", "q", "--png", out},
            {"render", "phase-plane", "--model", "fitzhugh-nagumo", "--trajectories", "1;2", "--png", out},
            {"render", "phase-plane", "--system", "data/no-such.ode", "--png", out},
            {"render", "stability-1d", "--model", "fitzhugh-nagumo", "--png", out},
            {"render", "no-such-view", "--png", out},
        };
        for (String[] args : bad) {
            CliRun run = CliRun.of(args);
            assertEquals(2, run.status(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        assertFalse(dir.resolve("x.png").toFile().exists(), "nothing written on bad input");
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                n += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    private static List<Element> elements(Document xml, String tag, String attribute, String value) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = xml.getElementsByTagName(tag);
        for (int k = 0; k < nodes.getLength(); k++) {
            Element e = (Element) nodes.item(k);
            if (value.equals(e.getAttribute(attribute))) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<String> texts(Document xml) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = xml.getElementsByTagName("text");
        for (int k = 0; k < nodes.getLength(); k++) {
            texts.add(nodes.item(k).getTextContent());
        }
        return texts;
    }

    private static boolean at(List<Element> circles, double x, double y) {
        return circles.stream().anyMatch(c -> Math.abs(Double.parseDouble(c.getAttribute("cx")) - x) < 0.5
                && Math.abs(Double.parseDouble(c.getAttribute("cy")) - y) < 0.5);
    }
}
