package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuropynamics.core.integrate.EventTiming;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;
import org.neuropynamics.core.ode.OdeRunSettings;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.export.ExportException;
import org.neuropynamics.network.export.ModelEquations;

/**
 * Every catalogue model that has equations, written as {@code .ode} ({@link ModelEquations#toOde}) and run for
 * 100 ms at Runge-Kutta, dt 0.01 (maps: 100 iterations): (1) by xppaut 6.11 ({@code xppaut FILE -silent}, skipped
 * with a message when xppaut is not installed; CI installs it), and (2) read back by our own loader and run with
 * the file's settings, against our run of the catalogue model with XPPAUT's event timing. Every variable to 1e-3
 * of its range over our run (at least 1e-7 of its value: XPPAUT prints 8 digits), at every output time.
 */
class OdeRoundTripTest {

    private static final double T = 100;
    private static final double DT = 0.01;

    /** The catalogue models that must be writable (the imported NeuroML cells are not, yet). */
    private static final Set<String> WRITABLE = Set.of("perfect-integrator", "lif", "izhikevich", "fitzhugh-nagumo",
            "hodgkin-huxley", "hh-traub", "adex", "morris-lecar", "inap", "logistic", "hindmarsh-rose");

    static List<String> writable() {
        List<String> ids = new ArrayList<>();
        for (String id : ModelRegistry.getDefault().ids()) {
            try {
                Model m = ModelRegistry.getDefault().get(id);
                ModelEquations.toOde(m, m.defaultParameters(), m.initialState(m.defaultParameters()), T, DT);
                ids.add(id);
            } catch (ExportException e) {
                // reported by everyCatalogueModelThatShouldBeWritableIs
            }
        }
        return ids;
    }

    @Test
    void everyCatalogueModelThatShouldBeWritableIs() {
        assertTrue(new TreeSet<>(writable()).containsAll(WRITABLE), "writable: " + writable());
    }

    private static Trace ours(Model model) {
        return Simulation.run(SimulationRequest.builder(model).tEnd(T).dt(DT).method("rk4")
                .eventTiming(EventTiming.XPPAUT).build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writable")
    void ourLoaderReadsTheFileBackToTheSameTrajectory(String id) {
        Model model = ModelRegistry.getDefault().get(id);
        double[] p = model.defaultParameters();
        String text = ModelEquations.toOde(model, p, model.initialState(p), T, DT);
        Model back = OdeModelLoader.load(id + "-back", text, id + ".ode");
        OdeRunSettings s = OdeRunSettings.of(OdeModelLoader.parse(text, id + ".ode"));
        assertEquals(T, s.total());
        Trace expected = ours(model);
        Trace actual = Simulation.run(s.applyTo(SimulationRequest.builder(back)).method("rk4").build());
        compare(id, expected, actual.times(), actual.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writable")
    void xppautRunsTheFileToOurTrajectory(String id, @TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(xppautInstalled(), "xppaut is not installed (Debian package xppaut): skipped");
        Model model = ModelRegistry.getDefault().get(id);
        double[] p = model.defaultParameters();
        Files.writeString(dir.resolve("model.ode"), ModelEquations.toOde(model, p, model.initialState(p), T, DT));
        Process xpp = new ProcessBuilder("xppaut", "model.ode", "-silent").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(xpp.waitFor(120, TimeUnit.SECONDS), "xppaut finished");
        Path output = dir.resolve("output.dat");
        assertTrue(Files.exists(output), "xppaut wrote output.dat: " + Files.readString(dir.resolve("log.txt")));
        List<String> lines = Files.readAllLines(output);
        int n = model.dimension();
        double[] t = new double[lines.size()];
        double[][] v = new double[n][lines.size()];
        for (int r = 0; r < lines.size(); r++) {
            String[] c = lines.get(r).trim().split("\\s+");
            t[r] = Double.parseDouble(c[0]);
            for (int i = 0; i < n; i++) {
                v[i][r] = Double.parseDouble(c[i + 1]);
            }
        }
        compare(id + " (xppaut)", ours(model), t, v);
    }

    /** Compares a run with rows (t, values) at the times both have; all of ours must be covered. */
    private static void compare(String what, Trace expected, double[] t, double[][] v) {
        double[] te = expected.times();
        double[][] ve = expected.values();
        int n = ve.length;
        double[] range = new double[n];
        for (int i = 0; i < n; i++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double x : ve[i]) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            range[i] = Math.max(hi - lo, 1e-9);
        }
        int k = 0;
        int compared = 0;
        for (int r = 0; r < t.length; r++) {
            while (k < te.length && te[k] < t[r] - 1e-6 * Math.max(1, Math.abs(t[r]))) {
                k++;
            }
            if (k == te.length || Math.abs(te[k] - t[r]) > 1e-6 * Math.max(1, Math.abs(t[r]))) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                // XPPAUT prints 8 significant digits: a variable that hardly moves (inap at rest) is compared at that
                double tolerance = Math.max(1e-3 * range[i], 1e-7 * Math.max(1, Math.abs(ve[i][k])));
                if (!(Math.abs(v[i][r] - ve[i][k]) <= tolerance)) {
                    throw new AssertionError(what + ": variable " + i + " at t = " + t[r] + " is " + v[i][r]
                            + ", ours " + ve[i][k] + " (tolerance " + tolerance + ")");
                }
            }
            compared++;
        }
        assertTrue(compared >= te.length * 0.99, what + ": " + compared + " of " + te.length + " times compared");
    }

    private static boolean xppautInstalled() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "xppaut"))) {
                return true;
            }
        }
        return false;
    }
}
