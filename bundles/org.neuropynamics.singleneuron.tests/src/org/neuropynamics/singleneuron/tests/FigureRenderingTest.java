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
}
