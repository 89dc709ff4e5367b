package org.neuropynamics.core.ode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;

/**
 * XPPAUT's stochastic constructs (issue 14): {@code wiener}, {@code ran}, {@code normal}, {@code markov} with
 * seeds. Exact: a file mixing all of them against xppaut 6.11's own trajectory ({@code data/xppaut-stochastic},
 * {@code make-reference.sh} there), with Euler and with Runge-Kutta (which draws at every stage). Statistical:
 * an Ornstein-Uhlenbeck process against its analytic mean and variance, a two-state Markov chain's occupancy
 * against its stationary distribution. XPPAUT's own example files with noise are in
 * {@link OdeXppautExamplesTest}.
 */
class OdeStochasticTest {

    private static final Path DATA = Path.of("data/xppaut-stochastic");

    private static final String OU = """
            # Ornstein-Uhlenbeck: dx = -x/tau dt + sig dW
            wiener w
            x' = -x/tau + sig*w
            par tau=1, sig=1
            init x=2
            @ meth=euler, dt=.01, total=1
            done
            """;

    private static final String TWO_STATES = """
            # a two-state Markov chain: 0 -> 1 at rate a, 1 -> 0 at rate b
            markov z 2
            {0} {a}
            {b} {0}
            x' = -x
            par a=.3, b=.7
            @ meth=euler, dt=.01, total=20000, seed=3
            done
            """;

    /** Every row of XPPAUT's output: each state and Markov variable within 1e-5 of its range. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"markov3", "markov3rk"})
    void matchesXppautDrawForDraw(String name) throws IOException {
        Path ode = DATA.resolve(name + ".ode");
        OdeFile file = OdeModelLoader.parse(Files.readString(ode), name + ".ode");
        Model model = OdeModelLoader.build(name, file);
        assertEquals(List.of("x", "y", "z"), model.variableNames());
        Trace trace = Simulation.run(OdeRunSettings.of(file).applyTo(SimulationRequest.builder(model)).build());
        List<double[]> rows = rows(DATA.resolve(name + ".dat"));
        assertEquals(rows.size(), trace.times().length);
        int[] visits = new int[3];
        for (int i = 0; i < 3; i++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] r : rows) {
                lo = Math.min(lo, r[i + 1]);
                hi = Math.max(hi, r[i + 1]);
            }
            for (int k = 0; k < rows.size(); k++) {
                double[] r = rows.get(k);
                assertEquals(r[0], trace.times()[k], 1e-4); // XPPAUT stores the time as a float
                assertEquals(r[i + 1], trace.values()[i][k], 1e-5 * (hi - lo), model.variableNames().get(i)
                        + " at t=" + r[0]);
                if (i == 2) {
                    visits[(int) r[3]]++;
                }
            }
        }
        assertTrue(Arrays.stream(visits).allMatch(v -> v > 100), "the chain visits its 3 states: "
                + Arrays.toString(visits));
    }

    /**
     * From x(0) = 2, Euler-Maruyama with XPPAUT's wiener (a normal deviate / sqrt(dt), so the increment is
     * sig sqrt(dt) N): at t = 1 the mean is 2 e^(-t/tau) = 0.736 and the variance sig^2 tau/2 (1 - e^(-2t/tau))
     * = 0.432 (Euler at dt = 0.01 shifts them by 0.004 and 0.003). Over 2000 seeds the standard errors are 0.015
     * and 0.014; the tolerance is 4 of them.
     */
    @Test
    void ornsteinUhlenbeckMeanAndVarianceOverSeeds() {
        Model model = OdeModelLoader.load("ou", OU, "ou.ode");
        OdeRunSettings settings = OdeRunSettings.of(OdeModelLoader.parse(OU, "ou.ode"));
        int runs = 2000;
        double sum = 0;
        double sumSq = 0;
        for (int s = 1; s <= runs; s++) {
            Trace trace = Simulation.run(settings.applyTo(SimulationRequest.builder(model)).seed(s).build());
            double x = trace.finalState()[0];
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / runs;
        double variance = (sumSq - runs * mean * mean) / (runs - 1);
        assertEquals(2 * Math.exp(-1), mean, 0.06);
        assertEquals(0.5 * (1 - Math.exp(-2)), variance, 0.055);
    }

    /**
     * One long run: the stationary mean 0 and variance sig^2 tau / 2 = 0.5 (Euler's discrete process has
     * 0.5025). Over t = 20000 (about 10000 correlation times) the standard errors are 0.007 and 0.007; the
     * tolerance is 4 of them.
     */
    @Test
    void ornsteinUhlenbeckStationaryMeanAndVariance() {
        Model model = OdeModelLoader.load("ou", OU, "ou.ode");
        Trace trace = Simulation.run(SimulationRequest.builder(model).initialState(0).tEnd(20000).dt(0.01)
                .method("euler").sampleInterval(0.1).seed(11).build());
        double[] x = trace.values()[0];
        double mean = Arrays.stream(x).average().orElseThrow();
        double variance = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
        assertEquals(0, mean, 0.03);
        assertEquals(0.5, variance, 0.03);
    }

    /**
     * Per step the chain jumps with probability a dt (from 0) or b dt (from 1): its stationary occupancy of state
     * 1 is a / (a + b) = 0.3. Over t = 20000 (20000 switching times) the standard error is 0.005; tolerance 4 of
     * them.
     */
    @Test
    void markovChainOccupancyIsTheStationaryDistribution() {
        OdeFile file = OdeModelLoader.parse(TWO_STATES, "two.ode");
        Model model = OdeModelLoader.build("two", file);
        Trace trace = Simulation.run(OdeRunSettings.of(file).applyTo(SimulationRequest.builder(model))
                .sampleInterval(0.1).build());
        double[] z = trace.values()[1];
        assertTrue(Arrays.stream(z).allMatch(v -> v == 0 || v == 1));
        assertEquals(0.3, Arrays.stream(z).average().orElseThrow(), 0.02);
    }

    @Test
    void theSeedIsTheFilesUnlessTheRequestNamesOne() {
        OdeFile file = OdeModelLoader.parse(TWO_STATES.replace("total=20000", "total=50"), "two.ode");
        Model model = OdeModelLoader.build("two", file);
        assertEquals(3, model.noise().defaultSeed());
        SimulationRequest.Builder b = OdeRunSettings.of(file).applyTo(SimulationRequest.builder(model));
        double[] byFile = Simulation.run(b.build()).values()[1];
        assertArrayEquals(byFile, Simulation.run(b.seed(3).build()).values()[1], 0.0);
        assertFalse(Arrays.equals(byFile, Simulation.run(b.seed(4).build()).values()[1]));
        assertEquals(12345678, OdeModelLoader.load("ou", OU, "ou.ode").noise().defaultSeed(), "XPPAUT's default");
    }

    /** Analyses call the field with the model's parameters only: the noise-free system (wiener 0). */
    @Test
    void withoutARunTheNoiseIsZero() {
        Model model = OdeModelLoader.load("ou", OU, "ou.ode");
        double[] dydt = new double[1];
        model.field().derivatives(0, new double[] {2}, model.defaultParameters(), dydt);
        assertEquals(-2, dydt[0], 0.0);
    }

    @Test
    void errorControlledMethodsAreRefused() {
        Model model = OdeModelLoader.load("ou", OU, "ou.ode");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Simulation.run(SimulationRequest.builder(model).tEnd(1).method("rodas").build()));
        assertTrue(e.getMessage().contains("fixed-step"), e.getMessage());
    }

    @Test
    void badDeclarationsNameTheirLine() {
        EquationException rows = assertThrows(EquationException.class, () -> OdeModelLoader.parse(
                "markov z 2\n{0} {1}\nx'=-x\n", "m.ode"));
        assertEquals(3, rows.line(), rows.getMessage());
        EquationException table = assertThrows(EquationException.class, () -> OdeModelLoader.parse(
                "table w % 5 0 4 ran(x)\nx'=-x\n", "t.ode"));
        // a random table is drawn once at load (OdeRandomTableTest): from numbers and parameters only
        assertEquals(1, table.line(), table.getMessage());
        assertTrue(table.getMessage().contains("table 'w'") && table.getMessage().contains("'x'"), table.getMessage());
    }

    private static List<double[]> rows(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.trim().split("\\s+");
            double[] r = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                r[i] = Double.parseDouble(cells[i]);
            }
            rows.add(r);
        }
        return rows;
    }
}
