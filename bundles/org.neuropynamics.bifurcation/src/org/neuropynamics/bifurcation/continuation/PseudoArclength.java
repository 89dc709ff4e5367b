package org.neuropynamics.bifurcation.continuation;

import org.neuropynamics.core.linalg.DenseLu;

/**
 * Keller's pseudo-arclength method for a {@link ContinuationProblem}: tangents from the bordered Jacobian and
 * a Newton corrector on {@code H(u) = 0, <t, u - anchor> = s}, where {@code <.,.>} is the problem's weighted
 * inner product ({@link ContinuationProblem#weights()}). Stateless apart from its tolerances.
 */
public final class PseudoArclength {

    private final ContinuationProblem problem;
    private final int n;
    private double[] weights;
    private final double tolerance;
    private final int maxIterations;
    private int lastIterations;

    /**
     * @param problem the system
     * @param tolerance Newton stops when the max-norm of the update is below it (relative to 1 + |u|)
     * @param maxIterations Newton iterations before giving up
     */
    public PseudoArclength(ContinuationProblem problem, double tolerance, int maxIterations) {
        this.problem = problem;
        this.n = problem.unknowns();
        double[] w = problem.weights();
        if (w != null && w.length != n) {
            throw new IllegalArgumentException("need " + n + " weights, got " + w.length);
        }
        this.weights = w == null ? null : w.clone();
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /**
     * Reads the problem's weights again (after {@link ContinuationProblem#accept} changed them, e.g. to
     * measure the period relative to its current value).
     */
    void refreshWeights() {
        double[] w = problem.weights();
        weights = w == null ? null : w.clone();
    }

    public ContinuationProblem problem() {
        return problem;
    }

    /** Newton iterations of the last successful {@link #correct} call. */
    public int lastIterations() {
        return lastIterations;
    }

    /** The weighted inner product {@code <a, b>} of the arclength. */
    public double inner(double[] a, double[] b) {
        if (weights == null) {
            return dot(a, b);
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += weights[i] * a[i] * b[i];
        }
        return s;
    }

    /** The weighted norm {@code sqrt(<v, v>)}. */
    public double size(double[] v) {
        return Math.sqrt(inner(v, v));
    }

    /** The bordering row {@code W v}: its product with u is {@code <v, u>}. */
    private void border(double[] v, double[] row) {
        for (int i = 0; i < n; i++) {
            row[i] = weights == null ? v[i] : weights[i] * v[i];
        }
    }

    /**
     * The unit tangent at u oriented like {@code previous} (any vector not orthogonal to the curve), or null
     * when the bordered matrix is singular.
     */
    public double[] tangent(double[] u, double[] previous) {
        double[][] a = new double[n][n];
        problem.jacobian(u, a);
        border(previous, a[n - 1]);
        DenseLu lu = new DenseLu(a);
        if (lu.isSingular()) {
            return null;
        }
        double[] rhs = new double[n];
        rhs[n - 1] = 1;
        double[] t = lu.solve(rhs);
        double norm = size(t);
        if (!(norm > 0) || !Double.isFinite(norm)) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            t[i] /= norm;
        }
        if (inner(t, previous) < 0) {
            for (int i = 0; i < n; i++) {
                t[i] = -t[i];
            }
        }
        return t;
    }

    /**
     * Determinant of the bordered matrix [H_u; (W t)^T] at u: changes sign at simple branch points, not at
     * folds.
     */
    public double borderedDeterminant(double[] u, double[] t) {
        double[][] a = new double[n][n];
        problem.jacobian(u, a);
        border(t, a[n - 1]);
        return DenseLu.determinant(a);
    }

    /**
     * Newton's method on {@code H(u) = 0, <direction, u - anchor> = s}, starting from {@code anchor + s direction}.
     *
     * @return the corrected point, or null when Newton does not converge
     */
    public double[] correct(double[] anchor, double[] direction, double s) {
        return correct(anchor, direction, s, null);
    }

    /**
     * Newton's method on {@code H(u) = 0, <direction, u - anchor> = s} from the given first guess (null: the
     * tangent predictor {@code anchor + s direction}).
     *
     * @return the corrected point, or null when Newton does not converge
     */
    public double[] correct(double[] anchor, double[] direction, double s, double[] start) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = start != null ? start[i] : anchor[i] + s * direction[i];
        }
        double[][] a = new double[n][n];
        double[] r = new double[n];
        double[] res = new double[n - 1];
        double[] offset = new double[n];
        double previousStep = Double.POSITIVE_INFINITY;
        for (int it = 1; it <= maxIterations; it++) {
            problem.residual(u, res);
            for (int i = 0; i < n; i++) {
                offset[i] = u[i] - anchor[i];
            }
            for (int i = 0; i < n - 1; i++) {
                r[i] = -res[i];
            }
            r[n - 1] = s - inner(direction, offset);
            problem.jacobian(u, a);
            border(direction, a[n - 1]);
            DenseLu lu = new DenseLu(a);
            if (lu.isSingular()) {
                return null;
            }
            double[] du = lu.solve(r);
            double step = 0;
            double scale = 0;
            for (int i = 0; i < n; i++) {
                u[i] += du[i];
                step = Math.max(step, Math.abs(du[i]));
                scale = Math.max(scale, Math.abs(u[i]));
            }
            if (!Double.isFinite(step) || (it > 2 && step > 2 * previousStep)) {
                return null;
            }
            previousStep = step;
            if (step <= tolerance * (1 + scale)) {
                lastIterations = it;
                return u;
            }
        }
        return null;
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
