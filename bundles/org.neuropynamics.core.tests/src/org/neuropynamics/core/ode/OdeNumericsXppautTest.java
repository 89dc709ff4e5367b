package org.neuropynamics.core.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;

/**
 * {@code .ode} files run with XPPAUT's numerics ({@link OdeRunSettings}: the file's {@code @} options and
 * XPPAUT's defaults, nothing set by hand) against the trajectories xppaut 6.11 wrote
 * ({@code data/xppaut-numerics/make-reference.sh}). Every reference row whose time is on our output grid is
 * compared (XPPAUT's gear writes a row at the time it reached, e.g. 10.506887 instead of 10.5; such rows are
 * skipped, at most 5 %), each variable to 1e-3 of its range over the reference.
 */
class OdeNumericsXppautTest {

    private static final Path DATA = Path.of("data/xppaut-numerics");

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource({
        // file, reference, what it exercises
        "defaults,  defaults,        XPPAUT's defaults: total 20 and dt 0.05 with Runge-Kutta",
        "hhred,     hhred-tight,     method=gear runs with rodas; bound=500; dt=.25 is the output interval",
        "delta,     delta,           two global events, each resetting one variable",
        "events,    events,          a reset and a downward event fired in cascade at the same time",
        "invpend,   invpend-tight,   meth=qualrk runs with dopri5; time-dependent forcing",
        "transient, transient-tight, meth=qualrk; dt=.002 and bound=1000",
    })
    void matchesXppaut(String file, String reference, String what) throws IOException {
        Path ode = DATA.resolve(file + ".ode");
        OdeFile parsed = OdeModelLoader.parse(Files.readString(ode), ode.getFileName().toString());
        Model model = OdeModelLoader.build(file, parsed);
        OdeRunSettings settings = OdeRunSettings.of(parsed);
        Trace trace = Simulation.run(settings.applyTo(SimulationRequest.builder(model)).build());

        List<double[]> rows = read(DATA.resolve(reference + ".csv"), model);
        int n = model.dimension();
        double[] lo = new double[n];
        double[] hi = new double[n];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[] r : rows) {
            for (int i = 0; i < n; i++) {
                lo[i] = Math.min(lo[i], r[i + 1]);
                hi[i] = Math.max(hi[i], r[i + 1]);
            }
        }
        double[] t = trace.times();
        double[][] v = trace.values();
        assertEquals(rows.get(rows.size() - 1)[0], t[t.length - 1], 1e-6, file + ": XPPAUT's last time");
        int k = 0;
        int compared = 0;
        for (double[] r : rows) {
            while (k < t.length && t[k] < r[0] - 1e-6 * Math.max(1, Math.abs(r[0]))) {
                k++;
            }
            if (k == t.length || Math.abs(t[k] - r[0]) > 1e-6 * Math.max(1, Math.abs(r[0]))) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                double tolerance = 1e-3 * Math.max(hi[i] - lo[i], 1e-12);
                double ours = v[i][k];
                if (!(Math.abs(ours - r[i + 1]) <= tolerance)) {
                    throw new AssertionError(file + " (" + what + "): " + model.variableNames().get(i) + " at t = "
                            + r[0] + " is " + ours + ", xppaut " + r[i + 1] + " (tolerance " + tolerance + ")");
                }
            }
            compared++;
        }
        assertTrue(compared >= 0.95 * rows.size(), file + ": compared " + compared + " of " + rows.size() + " rows");
    }

    /** XPPAUT's default gear at tol 0.001 is not the converged trajectory; we follow the converged one. */
    @Test
    void hhredWithoutOptionsFollowsTheConvergedTrajectoryNotGearsPhaseError() throws IOException {
        Path ode = DATA.resolve("hhred.ode");
        OdeFile parsed = OdeModelLoader.parse(Files.readString(ode), "hhred.ode");
        Model model = OdeModelLoader.build("hhred", parsed);
        OdeRunSettings s = OdeRunSettings.of(parsed);
        assertEquals("rodas", s.method());
        assertEquals(40, s.total());
        assertEquals(0.25, s.dt());
        assertEquals(500, s.bound());
        Trace trace = Simulation.run(s.applyTo(SimulationRequest.builder(model)).build());
        List<double[]> gear = read(DATA.resolve("hhred.csv"), model);
        List<double[]> tight = read(DATA.resolve("hhred-tight.csv"), model);
        double[] last = trace.finalState();
        // the converged v(40) (XPPAUT cvode at 1e-9): -4.9355311; ours to 1e-3 of the range of v (about 120)
        assertEquals(tight.get(tight.size() - 1)[1], last[0], 0.12);
        // XPPAUT's default run ends elsewhere by more than that: its phase error, not ours
        double worst = 0;
        for (int r = 0; r < Math.min(gear.size(), tight.size()); r++) {
            if (Math.abs(gear.get(r)[0] - tight.get(r)[0]) < 1e-6) {
                worst = Math.max(worst, Math.abs(gear.get(r)[1] - tight.get(r)[1]));
            }
        }
        assertTrue(worst > 10, "XPPAUT's gear at tol 0.001 differs from its cvode at 1e-9 by " + worst + " mV");
    }

    private static List<double[]> read(Path csv, Model model) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertEquals("t," + String.join(",", model.variableNames()), lines.get(0), csv + ": header");
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double[] row = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                row[i] = Double.parseDouble(cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
