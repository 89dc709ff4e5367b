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
 * compared (rows off the grid are skipped, at most 5 %), each variable to 1e-3 of its range over the
 * reference. XPPAUT's gear and qualrk are XPPAUT's own algorithms here ({@code GearRun},
 * {@code CashKarpScheme}), so their loose default tolerance gives XPPAUT's output; with rodas or dopri5 the same
 * files follow XPPAUT's converged (tight-tolerance) trajectory.
 */
class OdeNumericsXppautTest {

    private static final Path DATA = Path.of("data/xppaut-numerics");

    @ParameterizedTest(name = "{0} against {1} with {2}")
    @CsvSource({
        // file, reference, method (- for the file's own), compared up to t, what it exercises
        "defaults,  defaults,        -,      1e9, XPPAUT's defaults: total 20 and dt 0.05 with Runge-Kutta",
        "hhred,     hhred,           -,      16,  method=gear runs XPPAUT's gear at tol 0.001; bound=500; dt=.25"
            + " is the output interval (beyond t = 16 XPPAUT's output is its C library's last bits: GearRun)",
        "hhred,     hhred-tight,     rodas,  1e9, rodas (tolerances 1e-8) follows the converged trajectory",
        "robertson, robertson,       -,      1e9, method=gear on a stiff system (Robertson): XPPAUT's gear at tol 0.001",
        "delta,     delta,           -,      1e9, two global events, each resetting one variable",
        "events,    events,          -,      1e9, a reset and a downward event fired in cascade at the same time",
        "invpend,   invpend,         -,      1e9, meth=qualrk runs XPPAUT's Cash-Karp at tol 0.001; time-dependent forcing",
        "invpend,   invpend-tight,   dopri5, 1e9, dopri5 (tolerances 1e-8) follows the converged trajectory",
        "transient, transient,       -,      1e9, meth=qualrk at tol 0.001; dt=.002 and bound=1000",
        "transient, transient-tight, dopri5, 1e9, dopri5 (tolerances 1e-8) follows the converged trajectory",
    })
    void matchesXppaut(String file, String reference, String method, double upTo, String what) throws IOException {
        Path ode = DATA.resolve(file + ".ode");
        OdeFile parsed = OdeModelLoader.parse(Files.readString(ode), ode.getFileName().toString());
        Model model = OdeModelLoader.build(file, parsed);
        OdeRunSettings settings = OdeRunSettings.of(parsed);
        SimulationRequest.Builder b = settings.applyTo(SimulationRequest.builder(model),
                method.equals("-") ? settings.method() : method);
        Trace trace = Simulation.run(b.build());

        List<double[]> rows = read(DATA.resolve(reference + ".csv"), model);
        rows = rows.stream().filter(r -> r[0] <= upTo + 1e-9).toList();
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
        if (upTo >= settings.tEnd()) {
            assertEquals(rows.get(rows.size() - 1)[0], t[t.length - 1], 1e-6, file + ": XPPAUT's last time");
        }
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

    /**
     * hhred.ode without options runs XPPAUT's gear (GearRun): the same algorithm, so up to the second spike
     * (t = 10) it agrees with XPPAUT's output to 1e-5 of v's range (the float XPPAUT writes), far closer than
     * the converged trajectory is to XPPAUT's (over 10 mV apart by t = 40: gear's error at tol 0.001).
     */
    @Test
    void hhredWithoutOptionsRunsXppautsGear() throws IOException {
        Path ode = DATA.resolve("hhred.ode");
        OdeFile parsed = OdeModelLoader.parse(Files.readString(ode), "hhred.ode");
        Model model = OdeModelLoader.build("hhred", parsed);
        OdeRunSettings s = OdeRunSettings.of(parsed);
        assertEquals("gear", s.method());
        assertEquals(40, s.total());
        assertEquals(0.25, s.dt());
        assertEquals(500, s.bound());
        assertEquals(1e-3, s.tolerance());
        Trace trace = Simulation.run(s.applyTo(SimulationRequest.builder(model)).build());
        List<double[]> gear = read(DATA.resolve("hhred.csv"), model);
        List<double[]> tight = read(DATA.resolve("hhred-tight.csv"), model);
        double[] t = trace.times();
        double[] v = trace.values()[0];
        double worstToGear = 0;
        double worstTightToGear = 0;
        assertEquals(gear.size(), t.length, "one row per dt");
        for (int r = 0; r < gear.size(); r++) {
            if (gear.get(r)[0] <= 10) {
                // every dt, or the time reached when a retried step passed it (e.g. 10.506887 for 10.5)
                assertEquals(gear.get(r)[0], t[r], 1e-6, "row " + r + ": output time");
                worstToGear = Math.max(worstToGear, Math.abs(v[r] - gear.get(r)[1]));
            }
            worstTightToGear = Math.max(worstTightToGear, Math.abs(tight.get(r)[1] - gear.get(r)[1]));
        }
        assertTrue(worstToGear < 1e-5 * 120, "v within 1e-5 of its range of XPPAUT's gear up to t = 10: " + worstToGear);
        assertTrue(worstTightToGear > 10, "XPPAUT's gear at tol 0.001 differs from its cvode at 1e-9 by "
                + worstTightToGear + " mV");
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
