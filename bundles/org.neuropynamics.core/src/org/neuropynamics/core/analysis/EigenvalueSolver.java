package org.neuropynamics.core.analysis;

import java.util.Arrays;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.SchurTransformer;

/**
 * Eigenvalues of a general real n x n matrix (n up to a few dozen), the one eigenvalue routine of the
 * workbench. From n = 3 on: the real Schur form by Hipparchus's {@code SchurTransformer} (Householder reduction
 * to Hessenberg form, then the Francis double-shift QR iteration), whose 1 x 1 diagonal blocks are the real
 * eigenvalues and whose 2 x 2 blocks are solved exactly like a 2 x 2 matrix. A 2 x 2 matrix is solved exactly
 * from its trace and determinant; 1 x 1 trivially; the zero matrix (which the library's iteration does not
 * accept) has only zero eigenvalues. Why a library: see docs/architecture.md, "One of each numerical building
 * block".
 */
public final class EigenvalueSolver {

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
        boolean zero = true;
        for (double[] row : a) {
            if (row.length != n) {
                throw new IllegalArgumentException("matrix is not square");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("matrix has a non-finite entry: " + v);
                }
                zero &= v == 0;
            }
        }
        Eigenvalue[] result;
        if (n == 0) {
            result = new Eigenvalue[0];
        } else if (n == 1) {
            result = new Eigenvalue[] {new Eigenvalue(a[0][0], 0)};
        } else if (n == 2) {
            result = twoByTwo(a[0][0], a[0][1], a[1][0], a[1][1]);
        } else if (zero) {
            result = new Eigenvalue[n];
            Arrays.fill(result, new Eigenvalue(0, 0));
        } else {
            // scaled by a power of two (exact) to a largest entry in [1, 2): the library's iteration has absolute
            // thresholds that fail on tiny or huge matrices
            int exponent = Math.getExponent(largestEntry(a));
            double[][] scaled = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    scaled[i][j] = Math.scalb(a[i][j], -exponent);
                }
            }
            result = fromSchurForm(schurForm(scaled), n);
            for (int i = 0; i < n; i++) {
                result[i] = new Eigenvalue(Math.scalb(result[i].re(), exponent), Math.scalb(result[i].im(), exponent));
            }
        }
        Arrays.sort(result);
        return result;
    }

    private static double[][] schurForm(double[][] a) {
        try {
            return new SchurTransformer(MatrixUtils.createRealMatrix(balanced(a))).getT().getData();
        } catch (MathIllegalStateException e) {
            throw new ArithmeticException("eigenvalues: the QR iteration did not converge");
        }
    }

    /**
     * The eigenvalues of the diagonal blocks of a real Schur form (quasi upper triangular). The iteration leaves
     * a deflated sub-diagonal entry small (below machine epsilon times its two diagonal neighbours), not zero: an
     * entry below {@link #NEGLIGIBLE} times them, or below rounding of the largest entry, separates two blocks.
     */
    private static Eigenvalue[] fromSchurForm(double[][] t, int n) {
        Eigenvalue[] result = new Eigenvalue[n];
        int i = 0;
        while (i < n) {
            if (i + 1 < n && !negligible(t, i + 1)) {
                Eigenvalue[] pair = twoByTwo(t[i][i], t[i][i + 1], t[i + 1][i], t[i + 1][i + 1]);
                result[i] = pair[0];
                result[i + 1] = pair[1];
                i += 2;
            } else {
                result[i] = new Eigenvalue(t[i][i], 0);
                i++;
            }
        }
        return result;
    }

    /**
     * A diagonal similarity D^-1 A D with powers of two (exact in floating point) that brings the off-diagonal
     * norm of each row close to that of its column (Parlett and Reinsch 1969, as LAPACK's {@code dgebal} without
     * its permutations), so the QR iteration's tests and the Schur form's small entries are measured against
     * comparable rows; the eigenvalues are unchanged.
     */
    static double[][] balanced(double[][] a) {
        int n = a.length;
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) {
            b[i] = a[i].clone();
        }
        boolean changed = true;
        for (int sweep = 0; changed && sweep < 100; sweep++) {
            changed = false;
            for (int i = 0; i < n; i++) {
                double column = 0;
                double row = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        column += Math.abs(b[j][i]);
                        row += Math.abs(b[i][j]);
                    }
                }
                if (column == 0 || row == 0) {
                    continue;
                }
                // the power of two f that brings column * f and row / f closest together
                int e = (int) Math.round(0.5 * (Math.log(row / column) / Math.log(2)));
                if (e == 0) {
                    continue;
                }
                double f = Math.scalb(1.0, e);
                if ((column * f + row / f) >= 0.95 * (column + row)) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    b[j][i] *= f;
                    b[i][j] /= f;
                }
                changed = true;
            }
        }
        return b;
    }

    /** Relative size below which a sub-diagonal entry of the Schur form separates two diagonal blocks. */
    static final double NEGLIGIBLE = 1e-14;

    private static boolean negligible(double[][] t, int row) {
        double sub = Math.abs(t[row][row - 1]);
        double diagonal = Math.abs(t[row - 1][row - 1]) + Math.abs(t[row][row]);
        // below rounding of the whole matrix, or below the iteration's own test against the two neighbours
        return sub <= NEGLIGIBLE * diagonal || sub <= 1e-15 * largestEntry(t);
    }

    private static double largestEntry(double[][] a) {
        double largest = 0;
        for (double[] r : a) {
            for (double v : r) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        return largest;
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
}
