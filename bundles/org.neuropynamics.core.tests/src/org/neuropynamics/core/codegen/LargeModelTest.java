package org.neuropynamics.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SparseJacobian;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * Large {@code .ode} models compile (issue 19: 90 variables used to exceed the JVM's 64 KB method limit):
 * the generated methods are split into parts and the Jacobian is sparse.
 * <p>
 * Reference: the linear chain {@code x0' = -k x0}, {@code xi' = k (x(i-1) - xi)} from {@code x0(0) = 1}
 * is a Poisson process, {@code xi(t) = (kt)^i / i! exp(-kt)} (the occupation probabilities of a pure birth
 * process). RK4 with dt = 0.01 at k = 1 has a global error of order dt^4 k^5 t ~ 1e-9; the tolerance is 1e-8
 * absolute on every one of the N components. The Jacobian of the chain is exactly -k on the diagonal and k
 * below it (2N - 1 non-zeros); a nonlinear ring is checked against central differences (relative 1e-6).
 */
class LargeModelTest {

    private static String chain(int n) {
        StringBuilder sb = new StringBuilder("par k=1\n");
        sb.append("x0' = -k*x0\ninit x0=1\n");
        for (int i = 1; i < n; i++) {
            sb.append("x").append(i).append("' = k*(x").append(i - 1).append(" - x").append(i).append(")\n");
        }
        return sb.toString();
    }

    private static void checkChain(int n) {
        Model m = OdeModelLoader.load("chain" + n, chain(n), "chain" + n + ".ode");
        assertEquals(n, m.dimension());
        double k = 1.0;
        double tEnd = 5.0;
        Trace trace = Simulation.run(SimulationRequest.builder(m).tEnd(tEnd).dt(0.01).sampleInterval(tEnd)
                .build());
        double[] y = trace.finalState();
        assertEquals(tEnd, trace.finalTime(), 1e-9);
        double logTerm = -k * tEnd; // log of (kt)^i / i! exp(-kt), accumulated to avoid overflow
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                logTerm += Math.log(k * tEnd) - Math.log(i);
            }
            double exact = Math.exp(logTerm);
            if (!(Math.abs(y[i] - exact) <= 1e-8)) {
                assertEquals(exact, y[i], 1e-8, "x" + i + " at t = " + tEnd);
            }
        }

        SparseJacobian jac = assertInstanceOf(SparseJacobian.class, m.jacobian());
        assertEquals(2 * n - 1, jac.nonZeros());
        double[] values = new double[jac.nonZeros()];
        jac.values(0, y, m.defaultParameters(), values);
        for (int i = 0; i < n; i++) {
            int entries = jac.rowStart(i + 1) - jac.rowStart(i);
            assertEquals(i == 0 ? 1 : 2, entries, "non-zeros of row " + i);
            for (int e = jac.rowStart(i); e < jac.rowStart(i + 1); e++) {
                int j = jac.column(e);
                double expected = j == i ? -k : j == i - 1 ? k : Double.NaN;
                if (values[e] != expected) {
                    assertEquals(expected, values[e], 0.0, "J[" + i + "][" + j + "]");
                }
            }
        }
    }

    @Test
    void chainOf2000VariablesMatchesThePoissonSolution() {
        checkChain(2000);
    }

    @Test
    void chainOf10000VariablesMatchesThePoissonSolution() {
        checkChain(10_000);
    }

    @Test
    void ringWithFixedQuantitiesSplitIntoPartsHasTheJacobianOfItsField() {
        // 90 state variables was the first size that failed; 600 with a fixed quantity each make several
        // parts, each recomputing the fixed quantities it needs
        int n = 600;
        StringBuilder sb = new StringBuilder("par a=0.3, c=1.7\n");
        for (int i = 0; i < n; i++) {
            sb.append("s").append(i).append(" = sin(x").append(i).append(")*exp(-a*x").append((i + 1) % n)
                    .append("^2)\n");
        }
        for (int i = 0; i < n; i++) {
            sb.append("x").append(i).append("' = c*s").append((i + n - 1) % n).append(" - x").append(i)
                    .append("/(1+x").append(i).append("^2)\n");
        }
        Model m = OdeModelLoader.load("ring", sb.toString(), "ring.ode");
        String source = ModelCompiler.compile(OdeModelLoader.bind(OdeModelLoader.parse(sb.toString(), "ring.ode")))
                .javaSource();
        assertTrue(source.contains("F1.run(") && source.contains("J1.run("), "split into parts");
        checkAgainstDifferences(m, 20260101L);
        SparseJacobian jac = assertInstanceOf(SparseJacobian.class, m.jacobian());
        // row i depends on x(i-1) and x(i) through s(i-1), and on x(i) directly: 2 non-zeros per row
        assertEquals(2 * n, jac.nonZeros());
    }

    @Test
    void ringOf2000NonlinearVariablesHasTheJacobianOfItsField() {
        int n = 2000;
        StringBuilder sb = new StringBuilder("par a=0.5, b=2\n");
        for (int i = 0; i < n; i++) {
            int prev = (i + n - 1) % n;
            int next = (i + 1) % n;
            sb.append("x").append(i).append("' = a*sin(x").append(prev).append(") - b*x").append(i)
                    .append("^3 + x").append(next).append("*x").append(prev).append("\n");
        }
        Model m = OdeModelLoader.load("ring2000", sb.toString(), "ring2000.ode");
        SparseJacobian jac = assertInstanceOf(SparseJacobian.class, m.jacobian());
        assertEquals(3 * n, jac.nonZeros());
        checkAgainstDifferences(m, 7L);
    }

    /** Every entry of every 7th column against central differences of the compiled field. */
    private static void checkAgainstDifferences(Model m, long seed) {
        int n = m.dimension();
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble(-1.5, 1.5);
        }
        double[] p = m.defaultParameters();
        double[][] dense = new double[n][n];
        m.jacobian().jacobian(0, y, p, dense);
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (int j = 0; j < n; j += 7) {
            double h = 1e-6;
            double[] yp = y.clone();
            double[] ym = y.clone();
            yp[j] += h;
            ym[j] -= h;
            m.field().derivatives(0, yp, p, plus);
            m.field().derivatives(0, ym, p, minus);
            for (int i = 0; i < n; i++) {
                double fd = (plus[i] - minus[i]) / (yp[j] - ym[j]);
                if (!(Math.abs(fd - dense[i][j]) <= 1e-6 * Math.max(1, Math.abs(fd)))) {
                    assertEquals(fd, dense[i][j], 1e-6 * Math.max(1, Math.abs(fd)), "J[" + i + "][" + j + "]");
                }
            }
        }
    }
}
