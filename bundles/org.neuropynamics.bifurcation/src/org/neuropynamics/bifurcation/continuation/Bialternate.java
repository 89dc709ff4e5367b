package org.neuropynamics.bifurcation.continuation;

import org.neuropynamics.core.linalg.DenseLu;

/**
 * The bialternate product {@code 2A (.) I} of an n x n matrix (Kuznetsov, Elements of Applied Bifurcation
 * Theory, section 10.2): an m x m matrix, m = n(n-1)/2, whose eigenvalues are the sums {@code lambda_i +
 * lambda_j}, i &lt; j, of the eigenvalues of A. Its determinant vanishes when a complex pair crosses the
 * imaginary axis (Hopf) or at a neutral saddle (two real eigenvalues of opposite sign and equal modulus).
 */
public final class Bialternate {

    private Bialternate() {
    }

    /** The matrix {@code 2A (.) I}, with rows and columns ordered (p, q), p = 1..n-1, q &lt; p. */
    public static double[][] product(double[][] a) {
        int n = a.length;
        int m = n * (n - 1) / 2;
        double[][] b = new double[m][m];
        int row = 0;
        for (int p = 1; p < n; p++) {
            for (int q = 0; q < p; q++) {
                int col = 0;
                for (int r = 1; r < n; r++) {
                    for (int s = 0; s < r; s++) {
                        double v;
                        if (r == q) {
                            v = -a[p][s];
                        } else if (r != p && s == q) {
                            v = a[p][r];
                        } else if (r == p && s == q) {
                            v = a[p][p] + a[q][q];
                        } else if (r == p && s != q) {
                            v = a[q][s];
                        } else if (s == p) {
                            v = -a[q][r];
                        } else {
                            v = 0;
                        }
                        b[row][col++] = v;
                    }
                }
                row++;
            }
        }
        return b;
    }

    /**
     * The Hopf test function {@code det(2A (.) I) = prod_{i<j} (lambda_i + lambda_j)}; 1 for n = 1 (no Hopf).
     */
    public static double hopfTestFunction(double[][] a) {
        if (a.length < 2) {
            return 1;
        }
        return DenseLu.determinant(product(a));
    }
}
