package org.neuropynamics.core.analysis;

import org.neuropynamics.core.linalg.DenseLu;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.VectorField;

/**
 * Damped Newton iteration for f(y) = 0 with an Armijo backtracking line search on the scaled residual
 * {@code max_i |f_i| / fScale_i}. Converged when a step is below {@code 1e-12} window widths in every
 * variable (or the residual is exactly zero); abandoned when the Jacobian is singular, the iterate leaves the
 * window enlarged by three widths per side, or after 100 iterations. Work arrays are reused.
 */
final class NewtonSolver {

    private static final int MAX_ITERATIONS = 100;

    private final VectorField field;
    private final JacobianEvaluator jacobian;
    private final StateWindow window;
    private final double[] fScale;
    private final int n;
    private final double[][] jac;
    private final double[] f;
    private final double[] fTrial;
    private final double[] step;
    private final double[] trial;

    NewtonSolver(Model model, JacobianEvaluator jacobian, StateWindow window, double[] fScale) {
        this.field = model.field();
        this.jacobian = jacobian;
        this.window = window;
        this.fScale = fScale;
        this.n = model.dimension();
        this.jac = new double[n][n];
        this.f = new double[n];
        this.fTrial = new double[n];
        this.step = new double[n];
        this.trial = new double[n];
    }

    /** Iterates from x (overwritten with the root); true when converged. */
    boolean solve(double[] x, double[] p) {
        field.derivatives(0, x, p, f);
        double res = scaledNorm(f);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            if (res == 0) {
                return true;
            }
            if (!Double.isFinite(res)) {
                return false;
            }
            jacobian.evaluate(0, x, p, jac);
            for (int i = 0; i < n; i++) {
                step[i] = -f[i];
            }
            if (!solveLinear()) {
                return false;
            }
            double lambda = 1;
            while (true) {
                for (int i = 0; i < n; i++) {
                    trial[i] = x[i] + lambda * step[i];
                }
                field.derivatives(0, trial, p, fTrial);
                double resTrial = scaledNorm(fTrial);
                if (resTrial <= (1 - 1e-4 * lambda) * res || lambda < 1e-3) {
                    res = resTrial;
                    break;
                }
                lambda *= 0.5;
            }
            boolean small = true;
            for (int i = 0; i < n; i++) {
                small &= Math.abs(trial[i] - x[i]) <= 1e-12 * window.width(i);
                x[i] = trial[i];
                f[i] = fTrial[i];
            }
            if (!window.contains(x, 3)) {
                return false;
            }
            if (small) {
                return Double.isFinite(res);
            }
        }
        return false;
    }

    private double scaledNorm(double[] v) {
        double m = 0;
        for (int i = 0; i < n; i++) {
            double a = Math.abs(v[i]) / fScale[i];
            if (!(a <= m)) {
                m = a;
            }
        }
        return m;
    }

    /**
     * Solves jac * step = step in place ({@link DenseLu}); false when singular, i.e. a pivot is not above
     * {@code 1e-300 + 1e-15 |jac|_F}.
     */
    private boolean solveLinear() {
        DenseLu lu = new DenseLu(jac, 1e-300 + 1e-15 * EquilibriumClassifier.frobenius(jac));
        if (lu.isSingular()) {
            return false;
        }
        System.arraycopy(lu.solve(step), 0, step, 0, n);
        return true;
    }
}
