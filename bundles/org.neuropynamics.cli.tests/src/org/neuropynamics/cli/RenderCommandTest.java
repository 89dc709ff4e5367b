package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** {@code neuropynamics render single-neuron}: a PNG without any display, and one-line errors. */
class RenderCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void rendersTheChatteringFigureAsPng() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "figures"));
        Path png = dir.resolve("cli-izhikevich-chattering.png");
        Files.deleteIfExists(png);
        assertEquals(0, run("render", "single-neuron", "--model", "izhikevich", "--set", "c=-50", "--set", "d=2",
                "--png", png.toString(), "--width", "1200", "--height", "800", "--json"), err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        assertTrue(out.toString().contains("\"spike_count\":48"), out.toString());
    }

    @Test
    void rendersHodgkinHuxleyWithARampAsSvg() throws Exception {
        Path svg = Files.createDirectories(Path.of("target", "figures")).resolve("cli-hh-ramp.svg");
        assertEquals(0, run("render", "single-neuron", "--model", "hodgkin-huxley", "--current", "ramp:10:190",
                "--set", "I=20", "--t", "200", "--svg", svg.toString()), err.toString());
        assertTrue(Files.readString(svg).startsWith("<?xml"));
    }

    @Test
    void badInputExitsWithOneLine() {
        assertEquals(2, run("render", "single-neuron", "--model", "izhikevich"));
        assertTrue(err.toString().strip().endsWith("exactly one of --png FILE or --svg FILE"), err.toString());
        err.reset();
        assertEquals(2, run("render", "no-such-view", "--model", "izhikevich", "--png", "x.png"));
        assertEquals(1, err.toString().strip().lines().count());
        err.reset();
        assertEquals(2, run("render", "single-neuron", "--model", "izhikevich", "--set", "zz=1", "--png", "x.png"));
        assertTrue(err.toString().contains("has no parameter 'zz'"), err.toString());
    }
}
