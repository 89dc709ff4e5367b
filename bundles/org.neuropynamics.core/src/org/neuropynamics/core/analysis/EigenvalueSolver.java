package org.neuropynamics.core.analysis;

import java.util.Arrays;

/**
 * Eigenvalues of a general real n x n matrix (n up to a few dozen): balancing, reduction to upper Hessenberg
 * form by stabilised elementary similarity transformations, then the Francis double-shift QR iteration
 * (the EISPACK {@code balanc}/{@code elmhes}/{@code hqr} sequence, as in Numerical Recipes 11.5-11.6). A 2 x 2
 * matrix is solved exactly from its trace and determinant; 1 x 1 trivially.
 */
public final class EigenvalueSolver {

    private static final double RADIX = 2;

    private EigenvalueSolver() {
    }

    /**
     * The eigenvalues of {@code a} (not modified), sorted by descending real part, complex pairs with the
     * positive imaginary part first.
     *
     * @throws IllegalArgumentException for a non-square matrix or non-finite entries
     * @throws ArithmeticException when the QR iteration does not converge
     */
    public static Eigenvalue[] eigenvalues(double[][] a) {
        int n = a.length;
        for (double[] row : a) {
            if (row.length != n) {
                throw new IllegalArgumentException("matrix is not square");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("matrix has a non-finite entry: " + v);
                }
            }
        }
        Eigenvalue[] result;
        if (n == 0) {
            result = new Eigenvalue[0];
        } else if (n == 1) {
            result = new Eigenvalue[] {new Eigenvalue(a[0][0], 0)};
        } else if (n == 2) {
            result = twoByTwo(a[0][0], a[0][1], a[1][0], a[1][1]);
        } else {
            double[][] h = new double[n + 1][n + 1];
            for (int i = 0; i < n; i++) {
                System.arraycopy(a[i], 0, h[i + 1], 1, n);
            }
            balance(h, n);
            toHessenberg(h, n);
            double[] wr = new double[n + 1];
            double[] wi = new double[n + 1];
            HessenbergQr.eigenvalues(h, n, wr, wi);
            result = new Eigenvalue[n];
            for (int i = 0; i < n; i++) {
                result[i] = new Eigenvalue(wr[i + 1], wi[i + 1]);
            }
        }
        Arrays.sort(result);
        return result;
    }

    /** Exact eigenvalues of [[a, b], [c, d]] without cancellation in the real case. */
    static Eigenvalue[] twoByTwo(double a, double b, double c, double d) {
        double halfTrace = 0.5 * (a + d);
        double halfDiff = 0.5 * (a - d);
        double disc = halfDiff * halfDiff + b * c; // (tr/2)^2 - det, computed without cancelling tr^2 - 4det
        if (disc >= 0) {
            double s = Math.sqrt(disc);
            double big = halfTrace + Math.copySign(s, halfTrace);
            double det = a * d - b * c;
            double small = big != 0 ? det / big : halfTrace - Math.copySign(s, halfTrace);
            return new Eigenvalue[] {new Eigenvalue(big, 0), new Eigenvalue(small, 0)};
        }
        double s = Math.sqrt(-disc);
        return new Eigenvalue[] {new Eigenvalue(halfTrace, s), new Eigenvalue(halfTrace, -s)};
    }

    /** Balances rows and columns by powers of 2 (1-based indices), reducing the norm without rounding. */
    private static void balance(double[][] a, int n) {
        double sqrdx = RADIX * RADIX;
        boolean done = false;
        while (!done) {
            done = true;
            for (int i = 1; i <= n; i++) {
                double r = 0;
                double c = 0;
                for (int j = 1; j <= n; j++) {
                    if (j != i) {
                        c += Math.abs(a[j][i]);
                        r += Math.abs(a[i][j]);
                    }
                }
                if (c != 0 && r != 0) {
                    double g = r / RADIX;
                    double f = 1;
                    double s = c + r;
                    while (c < g) {
                        f *= RADIX;
                        c *= sqrdx;
                    }
                    g = r * RADIX;
                    while (c > g) {
                        f /= RADIX;
                        c /= sqrdx;
                    }
                    if ((c + r) / f < 0.95 * s) {
                        done = false;
                        g = 1 / f;
                        for (int j = 1; j <= n; j++) {
                            a[i][j] *= g;
                        }
                        for (int j = 1; j <= n; j++) {
                            a[j][i] *= f;
                        }
                    }
                }
            }
        }
    }

    /** Reduction to upper Hessenberg form by elimination with pivoting (1-based); clears below it. */
    private static void toHessenberg(double[][] a, int n) {
        for (int m = 2; m < n; m++) {
            double x = 0;
            int i = m;
            for (int j = m; j <= n; j++) {
                if (Math.abs(a[j][m - 1]) > Math.abs(x)) {
                    x = a[j][m - 1];
                    i = j;
                }
            }
            if (i != m) {
                for (int j = m - 1; j <= n; j++) {
                    double tmp = a[i][j];
                    a[i][j] = a[m][j];
                    a[m][j] = tmp;
                }
                for (int j = 1; j <= n; j++) {
                    double tmp = a[j][i];
                    a[j][i] = a[j][m];
                    a[j][m] = tmp;
                }
            }
            if (x != 0) {
                for (i = m + 1; i <= n; i++) {
                    double y = a[i][m - 1];
                    if (y != 0) {
                        y /= x;
                        a[i][m - 1] = y;
                        for (int j = m; j <= n; j++) {
                            a[i][j] -= y * a[m][j];
                        }
                        for (int j = 1; j <= n; j++) {
                            a[j][m] += y * a[j][i];
                        }
                    }
                }
            }
        }
        for (int i = 3; i <= n; i++) {
            for (int j = 1; j < i - 1; j++) {
                a[i][j] = 0;
            }
        }
    }
}
