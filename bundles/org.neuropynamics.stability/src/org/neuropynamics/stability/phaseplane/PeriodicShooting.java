package org.neuropynamics.stability.phaseplane;

import java.util.Arrays;

import org.neuropynamics.core.analysis.JacobianEvaluator;
import org.neuropynamics.core.analysis.ShootingFlow;
import org.neuropynamics.core.linalg.DenseLu;
import org.neuropynamics.core.model.Model;

/**
 * Newton's method on a periodic orbit (single shooting): unknowns the point {@code x0} and the period
 * {@code T}, equations {@code phi_T(x0) - x0 = 0} and the phase condition {@code n . (x0 - s) = 0} (stay on
 * the Poincare section through s with normal n). The flow and its derivatives come from the workbench's one
 * shooting flow, {@link ShootingFlow} (RK4 with the variational equations in rescaled time, N steps per
 * period), so the Newton matrix {@code [[M - I, d phi / dT], [n^T, 0]]} is the exact derivative of the
 * discrete map and convergence is quadratic. N starts at {@link #FIRST_STEPS} and doubles until the period
 * settles (RK4's error falls 16-fold per doubling).
 */
final class PeriodicShooting {

    static final int FIRST_STEPS = 1000;
    private static final int MAX_STEPS = 1 << 17;

    private final int n;
    private final ShootingFlow.Field field;
    private int steps = FIRST_STEPS;
    private Flow lastFlow;

    /** Result of integrating orbit and variational equations over one period guess. */
    record Flow(double[] end, double[][] monodromy, double[] periodDerivative) {
    }

    PeriodicShooting(Model model, double[] p, double[] scale) {
        this.n = model.dimension();
        double[] typical = new double[n];
        for (int i = 0; i < n; i++) {
            typical[i] = 1e-2 * scale[i];
        }
        JacobianEvaluator jacobian = new JacobianEvaluator(model, typical);
        this.field = new ShootingFlow.Field() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void field(double[] x, double ignored, double[] out) {
                model.field().derivatives(0, x, p, out);
            }

            @Override
            public void stateJacobian(double[] x, double ignored, double[][] jac) {
                jacobian.evaluate(0, x, p, jac);
            }

            @Override
            public void parameterDerivative(double[] x, double ignored, double[] out) {
                Arrays.fill(out, 0); // no free parameter in the phase plane
            }
        };
    }

    /**
     * The flow of the last Newton correction of {@link #refine}: its monodromy matrix is that of the refined
     * orbit to the size of that correction (the finest RK4 level's change, about 1e-9 of the orbit), which
     * saves integrating the finest level once more.
     */
    Flow lastFlow() {
        return lastFlow;
    }

    /** Integrates from x0 for time T with the variational equations (N steps of the last refinement). */
    Flow flow(double[] x0, double period) {
        double[] end = new double[n];
        double[][] z = new double[n][n + 2];
        new ShootingFlow(field, steps).flow(x0, period, 0, end, z, null, null);
        double[][] m = new double[n][n];
        double[] dT = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(end[i])) {
                return null;
            }
            for (int c = 0; c < n; c++) {
                m[i][c] = z[i][c];
                if (!Double.isFinite(m[i][c])) {
                    return null;
                }
            }
            dT[i] = z[i][n + 1];
        }
        return new Flow(end, m, dT);
    }

    /**
     * Refines (x0, T) in place: Newton's method with {@link #FIRST_STEPS} steps, then one Newton correction per
     * doubling of the steps (the coarser solution is within the quadratic range of the finer one) until the
     * period changes by at most 1.5e-9 of itself, which leaves an RK4 error of about a fifteenth of that.
     *
     * @param x0 point near the orbit on the section (refined in place)
     * @param period period guess
     * @param section the section's point s
     * @param normal the section's normal n
     * @param scale per-variable size of the orbit, for the convergence test
     * @return the refined period, or NaN when Newton fails
     */
    double refine(double[] x0, double period, double[] section, double[] normal, double[] scale) {
        steps = FIRST_STEPS;
        double t = newton(x0, period, section, normal, scale, 30);
        while (!Double.isNaN(t) && steps < MAX_STEPS) {
            steps *= 2;
            double tFiner = newton(x0, t, section, normal, scale, 1);
            boolean converged = Math.abs(tFiner - t) <= 1.5e-9 * tFiner;
            t = tFiner;
            if (converged) {
                return t;
            }
        }
        return t;
    }

    /** Newton iterations (at most {@code iterations}; one is taken as it is) in place; NaN when it fails. */
    private double newton(double[] x0, double period, double[] section, double[] normal, double[] scale,
            int iterations) {
        double t = period;
        for (int it = 0; it < iterations; it++) {
            Flow f = flow(x0, t);
            if (f == null) {
                return Double.NaN;
            }
            lastFlow = f;
            double[][] a = new double[n + 1][n + 1];
            double[] r = new double[n + 1];
            double residual = 0;
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < n; c++) {
                    a[i][c] = f.monodromy[i][c] - (i == c ? 1 : 0);
                }
                a[i][n] = f.periodDerivative[i];
                a[n][i] = normal[i];
                r[i] = -(f.end[i] - x0[i]);
                r[n] -= normal[i] * (x0[i] - section[i]);
                residual = Math.max(residual, Math.abs(r[i]) / scale[i]);
            }
            DenseLu lu = new DenseLu(a, 1e-14 * DenseLu.largestEntry(a));
            double[] d = lu.isSingular() ? null : lu.solve(r);
            if (d == null) {
                return Double.NaN;
            }
            double step = Math.abs(d[n]) / t;
            for (int i = 0; i < n; i++) {
                x0[i] += d[i];
                step = Math.max(step, Math.abs(d[i]) / scale[i]);
            }
            t += d[n];
            if (!(t > 0) || !Double.isFinite(step)) {
                return Double.NaN;
            }
            if (iterations == 1 || step < 1e-11 || (step < 1e-8 && residual < 1e-9)) {
                return t;
            }
        }
        return Double.NaN;
    }
}
