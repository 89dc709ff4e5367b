package org.neuropynamics.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.SquidAxonModel;

/** Eigenvalues against matrices with known spectra and the Hodgkin-Huxley rest state of the reference README. */
class EigenvalueSolverTest {

    private static void assertEigen(double re, double im, Eigenvalue e, double tol) {
        assertEquals(re, e.re(), tol, "real part of " + e);
        assertEquals(im, e.im(), tol, "imaginary part of " + e);
    }

    /** Q B Q with the Householder reflection Q = I - 2 v v^T / v^T v (symmetric, orthogonal). */
    private static double[][] conjugate(double[][] b, double[] v) {
        int n = b.length;
        double vv = 0;
        for (double x : v) {
            vv += x * x;
        }
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q[i][j] = (i == j ? 1 : 0) - 2 * v[i] * v[j] / vv;
            }
        }
        return multiply(q, multiply(b, q));
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    @Test
    void twoByTwoExact() {
        Eigenvalue[] ev = EigenvalueSolver.eigenvalues(new double[][] {{0, -1}, {1, 0}});
        assertEigen(0, 1, ev[0], 0);
        assertEigen(0, -1, ev[1], 0);
        ev = EigenvalueSolver.eigenvalues(new double[][] {{1e8, 1}, {0, 1e-8}});
        assertEigen(1e8, 0, ev[0], 0);
        assertEquals(1e-8, ev[1].re(), 1e-22); // no cancellation for widely separated eigenvalues
    }

    @Test
    void blockMatrixWithComplexPairsAfterSimilarity() {
        // eigenvalues -1 +- 2i, 0.5 +- 3i, -4, 7 hidden by an orthogonal similarity
        double[][] b = {
            {-1, 2, 0, 0, 0, 0}, {-2, -1, 0, 0, 0, 0}, {0, 0, 0.5, 3, 0, 0}, {0, 0, -3, 0.5, 0, 0},
            {0, 0, 0, 0, -4, 5}, {0, 0, 0, 0, 0, 7}};
        Eigenvalue[] ev = EigenvalueSolver.eigenvalues(conjugate(b, new double[] {1, -2, 0.5, 3, -1, 2}));
        assertEigen(7, 0, ev[0], 1e-12);
        assertEigen(0.5, 3, ev[1], 1e-12);
        assertEigen(0.5, -3, ev[2], 1e-12);
        assertEigen(-1, 2, ev[3], 1e-12);
        assertEigen(-1, -2, ev[4], 1e-12);
        assertEigen(-4, 0, ev[5], 1e-12);
    }

    @Test
    void companionMatrixOfKnownRoots() {
        // (x - 1)(x - 2)(x - 3)(x - 4)(x - 5) = x^5 - 15x^4 + 85x^3 - 225x^2 + 274x - 120
        double[] c = {-120, 274, -225, 85, -15};
        double[][] m = new double[5][5];
        for (int i = 0; i < 4; i++) {
            m[i + 1][i] = 1;
        }
        for (int i = 0; i < 5; i++) {
            m[i][4] = -c[i];
        }
        Eigenvalue[] ev = EigenvalueSolver.eigenvalues(m);
        for (int k = 0; k < 5; k++) {
            assertEigen(5 - k, 0, ev[k], 1e-9);
        }
    }

    @Test
    void hodgkinHuxleyRestEigenvalues() {
        // reference README: rest at I = 0 has eigenvalues -4.6750, -0.20264 +- 0.38322i, -0.12067 per ms
        double[] p = SquidAxonModel.create().defaultParameters();
        double[][] j = JacobianEvaluator.at(SquidAxonModel.create(), SquidAxonModel.REST, p);
        Eigenvalue[] ev = EigenvalueSolver.eigenvalues(j);
        assertEigen(-0.12067, 0, ev[0], 5e-5);
        assertEigen(-0.20264, 0.38322, ev[1], 5e-5);
        assertEigen(-0.20264, -0.38322, ev[2], 5e-5);
        assertEigen(-4.6750, 0, ev[3], 5e-4);
    }
}
