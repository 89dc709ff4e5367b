package org.neuropynamics.core.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;

/**
 * Random numbers in a {@code table} (issue 14, {@link OdeRandomTables}): XPPAUT draws them once while it reads the
 * file, table by table and point by point, from its default seed. References: xppaut 6.11's output of
 * {@code data/xppaut-stochastic/randtable.ode} ({@code make-reference.sh} there) and of XPPAUT's example
 * {@code junk2.ode} ({@code data/xppaut/examples}: 51 delayed units coupled through {@code sparse} with random
 * weights and random indices, both tables of {@code ran}).
 */
class OdeRandomTableTest {

    /** XPPAUT writes 8 significant digits. */
    private static final double DIGITS = 1e-7;

    @Test
    void tableValuesAreXppautsDrawsInFileOrderFromTheDefaultSeed() throws IOException {
        Path dir = Path.of("data/xppaut-stochastic");
        OdeFile file = OdeModelLoader.parse(Files.readString(dir.resolve("randtable.ode")), "randtable.ode");
        Model model = OdeModelLoader.build("randtable", file);
        SimulationRequest.Builder b = SimulationRequest.builder(model).parameters(model.defaultParameters())
                .initialState(model.initialState(model.defaultParameters()));
        OdeRunSettings.of(file).applyTo(b);
        Trace trace = Simulation.run(b.build());
        List<String> lines = Files.readAllLines(dir.resolve("randtable.dat"));
        String[] last = lines.get(lines.size() - 1).strip().split("\\s+");
        double[][] v = trace.values();
        int end = trace.times().length - 1;
        assertEquals(1.0, trace.times()[end], 1e-12);
        // w_k(1) = w(k): ran(1) + k; g_k(1) = g(k): normal(1, 2)
        for (int i = 0; i < model.dimension(); i++) {
            double xpp = Double.parseDouble(last[i + 1]);
            assertEquals(xpp, v[i][end], DIGITS * Math.max(1, Math.abs(xpp)), model.variableNames().get(i));
        }
        // the file's @ seed=4242 does not reseed the tables: with it as the seed they would differ
        org.neuropynamics.core.model.XppautRandom other = new org.neuropynamics.core.model.XppautRandom(4242);
        assertNotEquals(other.uniform(), v[0][end], 1e-3);
    }

    @Test
    void junk2MatchesXppautToItsPrintedDigits() throws IOException {
        XppautExamples.Result r = XppautExamples.compare(Path.of("data/xppaut/examples"), "junk2");
        assertEquals(XppautExamples.Outcome.MATCH, r.outcome(), r.detail());
        double worst = Double.parseDouble(r.detail().replaceAll("^worst ([^ ]+) of range.*$", "$1"));
        // every v[j] within 1e-6 of its range over the run (XPPAUT's floats give ~1e-7)
        assertEquals(0, worst, 1e-6, r.detail());
    }
}
