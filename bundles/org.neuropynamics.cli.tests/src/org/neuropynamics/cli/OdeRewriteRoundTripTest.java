package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code write-ode} of files that read their past or random numbers (a delay, a Volterra integral, a wiener
 * process; issue 14): the file's own statements with the new values ({@code core.ode.OdeWriter.rewrite}). The
 * written file, run by xppaut 6.11 ({@code xppaut FILE -silent}; skipped with a message when xppaut is not
 * installed, CI installs it), gives the trajectory of {@code neuropynamics simulate} on the original file with the
 * same {@code --set}/{@code --init}/{@code --t}: every variable within 1e-3 of its range at every time both write.
 */
class OdeRewriteRoundTripTest {

    private static final Path EXAMPLES = Path.of("../org.neuropynamics.core.tests/data/xppaut/examples");

    @Test
    void delayFileWithNewParameterAndInitialValue(@TempDir Path dir) throws Exception {
        // dde.ode: x' = -x + f(a x - b delay(x, tau) - c); b 5 -> 4, x(0) .5 -> .3
        roundTrip(EXAMPLES.resolve("dde.ode"), dir, "--set", "b=4", "--init", "x=0.3");
        String written = Files.readString(dir.resolve("written.ode"));
        assertTrue(written.contains("par tau=5, a=5, b=4, c=0\n"), written);
        assertTrue(written.contains("delay(x,tau)"), "the delay is written as XPPAUT reads it: " + written);
    }

    @Test
    void noiseFileKeepsXppautsDrawsWithANewAmplitude(@TempDir Path dir) throws Exception {
        // fhn_noise.ode: a wiener input at Euler, seeded by XPPAUT's default: sig .1 -> .3, 100 of 1000 ms
        roundTrip(EXAMPLES.resolve("fhn_noise.ode"), dir, "--set", "sig=0.3", "--t", "100");
        assertTrue(Files.readString(dir.resolve("written.ode")).contains("wiener n"));
    }

    @Test
    void volterraFileWithNewParameter(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kernel.ode");
        Files.writeString(file, """
                # a Volterra convolution with a parameter
                par a=1
                u(t)=sin(t)+a*int{exp(-t)#u}
                @ total=10
                done
                """);
        roundTrip(file, dir, "--set", "a=0.5");
    }

    private static void roundTrip(Path ode, Path dir, String... options) throws Exception {
        Assumptions.assumeTrue(xppautInstalled(), "xppaut is not installed (Debian package xppaut): skipped");
        Path written = dir.resolve("written.ode");
        List<String> args = new ArrayList<>(List.of("write-ode", ode.toString(), "--out", written.toString()));
        args.addAll(List.of(options));
        CliRun w = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, w.status(), w.err());
        List<String> sim = new ArrayList<>(List.of("simulate", ode.toString(), "--csv", dir.resolve("ours.csv")
                .toString()));
        sim.addAll(List.of(options));
        CliRun s = CliRun.of(sim.toArray(String[]::new));
        assertEquals(0, s.status(), s.err());
        Process xpp = new ProcessBuilder("xppaut", "written.ode", "-silent").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(xpp.waitFor(120, TimeUnit.SECONDS), "xppaut finished");
        Path output = dir.resolve("output.dat");
        assertTrue(Files.exists(output), "xppaut wrote output.dat: " + Files.readString(dir.resolve("log.txt")));
        List<double[]> theirs = new ArrayList<>();
        for (String line : Files.readAllLines(output)) {
            if (!line.isBlank()) {
                theirs.add(java.util.Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble)
                        .toArray());
            }
        }
        List<String> csv = Files.readAllLines(dir.resolve("ours.csv"));
        int n = csv.get(0).split(",").length - 1;
        List<double[]> ours = new ArrayList<>();
        for (String line : csv.subList(1, csv.size())) {
            ours.add(java.util.Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
        }
        // XPPAUT counts time in single precision and may stop one step short (49.990002 for 50 at dt 0.01)
        assertEquals(ours.get(ours.size() - 1)[0], theirs.get(theirs.size() - 1)[0], ours.get(1)[0] - ours.get(0)[0]
                + 1e-4, "both run to the same t");
        int compared = 0;
        for (int i = 1; i <= n; i++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] r : theirs) {
                lo = Math.min(lo, r[i]);
                hi = Math.max(hi, r[i]);
            }
            double tolerance = 1e-3 * Math.max(hi - lo, 1e-4 * Math.max(Math.abs(lo), Math.abs(hi)));
            int k = 0;
            for (double[] r : theirs) {
                while (k + 1 < ours.size() && Math.abs(ours.get(k + 1)[0] - r[0]) <= Math.abs(ours.get(k)[0] - r[0])) {
                    k++;
                }
                if (Math.abs(ours.get(k)[0] - r[0]) > 1e-4) {
                    continue;
                }
                assertEquals(r[i], ours.get(k)[i], tolerance, csv.get(0).split(",")[i] + " at t = " + r[0]);
                compared++;
            }
        }
        assertTrue(compared >= (theirs.size() - 1) * n * 0.99, compared + " of " + theirs.size() + " rows x " + n
                + " values compared");
    }

    private static boolean xppautInstalled() throws IOException {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "xppaut"))) {
                return true;
            }
        }
        return false;
    }
}
