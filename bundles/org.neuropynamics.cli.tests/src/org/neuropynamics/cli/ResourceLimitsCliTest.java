package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, resource limits: every request listed there used to hang or end in an OutOfMemoryError; each is
 * now refused before it starts with exit status 2 and exactly one line on stderr naming the request, its size
 * and the limit. The step counts are exact arithmetic on the request (e.g. 1e308 / 0.01 = 1e310).
 */
class ResourceLimitsCliTest {

    /** Runs the command and returns its single stderr line, asserting exit 2 and nothing on stdout. */
    static String refused(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.status(), "exit status of " + String.join(" ", args) + "; stderr: " + run.err());
        String[] lines = run.err().strip().split("\\R");
        assertEquals(1, lines.length, "one stderr line: " + run.err());
        assertEquals("", run.out(), "nothing on stdout");
        assertTrue(lines[0].startsWith("neuropynamics " + args[0] + ": "), lines[0]);
        return lines[0];
    }

    static void assertContains(String expected, String actual) {
        assertTrue(actual.contains(expected), "expected '" + expected + "' in: " + actual);
    }

    @Test
    void hugeTimeIsRefusedWithItsStepCount() {
        assertContains("--t 1e308 ms at dt 0.01 ms is 1e310 steps; the limit is 1e9 steps",
                refused("simulate", "hodgkin-huxley", "--t", "1e308"));
    }

    @Test
    void tinyStepIsRefused() {
        assertContains("--t 1000 ms at dt 1e-300 ms is 1e303 steps; the limit is 1e9 steps",
                refused("simulate", "hodgkin-huxley", "--dt", "1e-300"));
    }

    @Test
    void odeTotalIsRefusedByItsName(@TempDir Path dir) throws IOException {
        Path ode = dir.resolve("decay.ode");
        Files.writeString(ode, "x' = -x\ninit x=1\n@ total=1e308\ndone\n");
        // XPPAUT's default dt for .ode files: 0.05
        assertContains("@ total=1e308 ms at dt 0.05 ms is 2e309 steps",
                refused("simulate", ode.toString()));
    }

    @Test
    void adaptiveRunsAreRefusedByTheirSpan() {
        assertContains("--t 1e8 ms is longer than the limit of 1e7 ms (1e9 steps of 0.01 ms)",
                refused("simulate", "hodgkin-huxley", "--t", "1e8", "--method", "dopri5"));
    }

    @Test
    void csvThatCannotFitIsRefusedByItsSamples(@TempDir Path dir) {
        Path csv = dir.resolve("out.csv");
        // 1e7 ms every 0.01 ms: 1e9 + 1 samples of t and the four Hodgkin-Huxley variables
        String line = refused("simulate", "hodgkin-huxley", "--t", "1e7", "--csv", csv.toString());
        assertContains("--t 1e7 ms sampled every 0.01 ms for --csv (1e9 samples of 5 values) needs about", line);
        assertContains("of memory; the limit is", line);
        assertTrue(Files.notExists(csv), "no file written");
    }

    @Test
    void endlessInputFileIsRefused() {
        assertContains("cannot read model file /dev/zero: not a regular file", refused("simulate", "/dev/zero"));
    }

    @Test
    void cycleTransient() {
        assertContains("--transient 1e308 ms is longer than the limit of 1e7 ms",
                refused("cycle", "fitzhugh-nagumo", "--transient", "1e308"));
    }

    @Test
    void jeffressTimeAndSize() {
        assertContains("--n 7 detectors over --t 1e308 ms at dt 0.05 ms is 1.4e310 steps",
                refused("jeffress", "--left", "0", "--right", "0.1", "--n", "7", "--t", "1e308"));
        // default end: the last arrival, n delta = 1e5 ms, plus 10 ms; 1e6 detectors at hh-traub's 0.05 ms
        assertContains("--n 1000000 detectors over 1e5 ms at dt 0.05 ms is 2e12 steps",
                refused("jeffress", "--left", "0", "--right", "0.1", "--n", "1e6"));
    }

    @Test
    void renderTime(@TempDir Path dir) {
        Path png = dir.resolve("x.png");
        assertContains("--t 1e308 ms at dt 0.01 ms is 1e310 steps",
                refused("render", "single-neuron", "--model", "hodgkin-huxley", "--t", "1e308", "--png",
                        png.toString()));
        assertTrue(Files.notExists(png));
    }

    @Test
    void sweepValues() {
        // 2e9 values of 2000 ms at 0.01 ms: 2e9 * 2e5 = 4e14 steps
        assertContains("--n 2000000000 values of (--transient 1000 + --t 1000) ms at dt 0.01 ms is 4e14 steps",
                refused("sweep", "adex", "--param", "Vr", "--from", "-48", "--to", "-47", "--n", "2e9", "--observe",
                        "w"));
    }

    @Test
    void orbitDiagramValues() {
        // 2e9 values of 1000 + 300 iterations
        assertContains("--orbit-diagram N 2000000000 values of (--transient 1000 + --iterations 300) is 2.6e12 steps",
                refused("map", "logistic", "--orbit-diagram", "1:2:2e9"));
    }

    @Test
    void cableCompartments() {
        String line = refused("cable", "--n", "1e8");
        assertContains("--n 100000000 compartments needs about", line);
        assertContains("the limit is", line);
    }

    private static Path network(Path dir, String name, String excitatory, String inhibitory, String p)
            throws IOException {
        String cuba = Files.readString(Path.of("../../examples/cuba.neuronet"));
        String text = cuba.replace("size=\"3200\"", "size=\"" + excitatory + "\"")
                .replace("size=\"800\"", "size=\"" + inhibitory + "\"")
                .replace("probability=\"0.02\"", "probability=\"" + p + "\"");
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void networkOfABillionNeurons(@TempDir Path dir) throws IOException {
        Path file = network(dir, "huge.neuronet", "1000000000", "800", "0.02");
        String line = refused("network", file.toString(), "--t", "1");
        assertContains("1e9 neurons needs about", line);
    }

    @Test
    void networkWithProbabilityOneOverAMillionNeurons(@TempDir Path dir) throws IOException {
        // 8e5 + 2e5 neurons, all pairs: (8e5 + 2e5)^2 = 1e12 synapses expected
        Path file = network(dir, "dense.neuronet", "800000", "200000", "1.0");
        String line = refused("network", file.toString(), "--t", "1");
        assertContains("1e6 neurons and about 1e12 synapses", line);
    }

    @Test
    void networkTimeDoesNotOverflow(@TempDir Path dir) throws IOException {
        Path file = network(dir, "cuba.neuronet", "3200", "800", "0.02");
        // 1e308 ms at the file's 0.1 ms used to wrap to a negative step count and report 0 spikes
        assertContains("the run of 1e308 ms at dt 0.1 ms is 1e309 steps; the limit is 1e9 steps",
                refused("network", file.toString(), "--t", "1e308"));
        assertContains("the run of 3e8 ms at dt 0.1 ms is 3e9 steps",
                refused("network", file.toString(), "--t", "3e8"));
    }

    @Test
    void theLimitIsStatedInTheHelp() {
        CliRun run = CliRun.of("simulate", "--help");
        assertEquals(0, run.status());
        assertContains("limits: a command refuses, before it starts, work of more than 1e9 integration steps",
                run.out());
        assertContains("limits:", CliRun.of("--help").out());
    }
}
