package org.neuropynamics.core.linalg;

/**
 * LU factorisation with partial pivoting of a dense square matrix: the one LU of the workbench, for the small
 * bordered systems of continuation (a few dozen unknowns), the Newton iterations of equilibria, saddle-node
 * points and periodic orbits, and the stiff integrator ({@code rodas}). The factor is held in a copy; the input
 * matrix is not modified. A pivot whose magnitude is not above the caller's tolerance (0 by default: only an exact zero) or
 * is not finite makes the matrix singular.
 */
public final class DenseLu {

    private final int n;
    private final double[][] lu;
    private final int[] pivot;
    private boolean singular;
    private int sign = 1;
    private final double pivotTolerance;

    /** Factors {@code a} (square); singular only at an exactly zero or non-finite pivot. */
    public DenseLu(double[][] a) {
        this(a, 0);
    }

    /**
     * Factors {@code a} (square); singular when the largest candidate pivot of a column has magnitude at most
     * {@code pivotTolerance} (absolute: scale it by the matrix, e.g. {@code 1e-14 * largestEntry(a)}).
     */
    public DenseLu(double[][] a, double pivotTolerance) {
        this.pivotTolerance = pivotTolerance;
        n = a.length;
        lu = new double[n][];
        for (int i = 0; i < n; i++) {
            lu[i] = a[i].clone();
        }
        pivot = new int[n];
        factor();
    }

    /**
     * Factors another matrix of the same size into this object's storage, so a loop that factors at every
     * step (the stiff integrator) allocates nothing.
     */
    public void refactor(double[][] a) {
        if (a.length != n) {
            throw new IllegalArgumentException("matrix of size " + a.length + ", factor of size " + n);
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, lu[i], 0, n);
        }
        singular = false;
        sign = 1;
        factor();
    }

    private void factor() {
        for (int i = 0; i < n; i++) {
            pivot[i] = i;
        }
        for (int k = 0; k < n; k++) {
            int best = k;
            double max = Math.abs(lu[k][k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(lu[i][k]);
                if (v > max) {
                    max = v;
                    best = i;
                }
            }
            if (!(max > pivotTolerance) || !Double.isFinite(max)) {
                singular = true;
                return;
            }
            if (best != k) {
                double[] row = lu[best];
                lu[best] = lu[k];
                lu[k] = row;
                int t = pivot[best];
                pivot[best] = pivot[k];
                pivot[k] = t;
                sign = -sign;
            }
            double[] rowK = lu[k];
            double inv = 1 / rowK[k];
            for (int i = k + 1; i < n; i++) {
                double[] rowI = lu[i];
                double factor = rowI[k] * inv;
                if (factor != 0) {
                    rowI[k] = factor;
                    for (int j = k + 1; j < n; j++) {
                        rowI[j] -= factor * rowK[j];
                    }
                } else {
                    rowI[k] = 0;
                }
            }
        }
    }

    /** True when a zero (or non-finite) pivot was met; {@link #solve} then must not be called. */
    public boolean isSingular() {
        return singular;
    }

    /** The determinant (0 when singular). */
    public double determinant() {
        if (singular) {
            return 0;
        }
        double d = sign;
        for (int i = 0; i < n; i++) {
            d *= lu[i][i];
        }
        return d;
    }

    /** Solves {@code A x = b}; returns a fresh x. */
    public double[] solve(double[] b) {
        double[] x = new double[n];
        solve(b, x);
        return x;
    }

    /** Solves {@code A x = b} into {@code x} (a different array from {@code b}). */
    public void solve(double[] b, double[] x) {
        if (singular) {
            throw new ArithmeticException("singular matrix");
        }
        for (int i = 0; i < n; i++) {
            x[i] = b[pivot[i]];
        }
        for (int i = 0; i < n; i++) {
            double[] row = lu[i];
            double s = x[i];
            for (int j = 0; j < i; j++) {
                s -= row[j] * x[j];
            }
            x[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double[] row = lu[i];
            double s = x[i];
            for (int j = i + 1; j < n; j++) {
                s -= row[j] * x[j];
            }
            x[i] = s / row[i];
        }
    }

    /** The largest magnitude of an entry of {@code a}, the usual scale of a pivot tolerance. */
    public static double largestEntry(double[][] a) {
        double scale = 0;
        for (double[] row : a) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        return scale;
    }

    /** Determinant of a square matrix (LU with partial pivoting). */
    public static double determinant(double[][] a) {
        return new DenseLu(a).determinant();
    }
}
