package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code jeffress} and {@code cable} commands through {@link CommandLine#run}, as a script calls them
 * (README.md, "The command line": {@code jeffress --left --right --n --json} prints {detector_spikes, winner}).
 */
class DendritesCliTest {

    @ParameterizedTest(name = "{0}: left {1}, right {2}, N {3} -> {4}")
    @CsvSource({ "hh-traub, 2.0, 2.2, 7, 5", "hh-traub, 2.0, 2.0, 9, 5", "lif, 2.6, 2.0, 7, 1",
            "izhikevich, 1.0, 1.3, 10, 7", "lif, 3.0, 2.1, 10, 1" })
    void jeffressJsonGivesTheAnalyticWinner(String model, double left, double right, int n, int expected) {
        // k* = (N + 1) / 2 + (right - left) / (2 * 0.1); the last case (k* = 1) puts it at the line's end
        Run run = Run.of("jeffress", "--left", "" + left, "--right", "" + right, "--n", "" + n, "--model", model,
                "--json");
        assertEquals(0, run.status, run.err);
        assertEquals(expected, (int) number(run.out, "winner"));
        assertEquals((n + 1) / 2.0 + (right - left) / 0.2, number(run.out, "analytic_winner"), 1e-9);
        List<double[]> spikes = detectorSpikes(run.out);
        assertEquals(n, spikes.size(), "one list per detector");
        double first = spikes.get(expected - 1)[0];
        for (double[] s : spikes) {
            if (s.length > 0) {
                assertTrue(s[0] >= first - 1e-6, "the winner fires first");
            }
        }
    }

    @Test
    void jeffressWithoutAnyFiringDetectorGivesNullWinner() {
        // weight 1 mV: even coincident inputs stay below threshold
        Run run = Run.of("jeffress", "--left", "2", "--right", "2", "--n", "5", "--weight", "1", "--json");
        assertEquals(0, run.status, run.err);
        assertTrue(run.out.contains("\"winner\":null"), run.out);
    }

    @Test
    void badInputExitsWithOneLine() {
        Run missing = Run.of("jeffress", "--left", "2", "--n", "5");
        assertEquals(2, missing.status);
        assertEquals("neuropynamics jeffress: jeffress needs --right", missing.err.strip());
        Run zero = Run.of("jeffress", "--left", "2", "--right", "2", "--n", "0");
        assertEquals(2, zero.status);
        assertEquals(1, zero.err.strip().lines().count(), zero.err);
        assertTrue(zero.err.contains("N = 0"), zero.err);
        Run model = Run.of("jeffress", "--left", "2", "--right", "2", "--n", "3", "--model", "nope");
        assertEquals(2, model.status);
        assertTrue(model.err.contains("unknown model 'nope'"), model.err);
    }

    @Test
    void cableJsonFollowsCoshAttenuation() {
        Run run = Run.of("cable", "--length", "1000", "--diameter", "2", "--n", "200", "--json");
        assertEquals(0, run.status, run.err);
        assertEquals(707.1068, number(run.out, "lambda_um"), 1e-4); // sqrt(d Rm / (4 Ra))
        Matcher m = Pattern.compile("\"attenuation\":([-0-9.eE]+),\"theory\":([-0-9.eE]+)").matcher(run.out);
        int count = 0;
        while (m.find()) {
            assertEquals(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1)), 1e-5);
            count++;
        }
        assertEquals(200, count);
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([-0-9.eE]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    private static List<double[]> detectorSpikes(String json) {
        Matcher m = Pattern.compile("\"detector_spikes\":\\[(.*?)\\]\\]").matcher(json);
        assertTrue(m.find(), json);
        List<double[]> list = new ArrayList<>();
        Matcher inner = Pattern.compile("\\[([^\\[\\]]*)\\]").matcher(m.group(1) + "]");
        while (inner.find()) {
            String body = inner.group(1).strip();
            list.add(body.isEmpty() ? new double[0]
                    : java.util.Arrays.stream(body.split(",")).mapToDouble(Double::parseDouble).toArray());
        }
        return list;
    }

    /** One command-line run with captured streams. */
    private record Run(int status, String out, String err) {
        static Run of(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status;
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status = new CommandLine(o, e).run(args);
            }
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
