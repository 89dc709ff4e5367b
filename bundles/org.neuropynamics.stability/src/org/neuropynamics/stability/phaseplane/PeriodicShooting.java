package org.neuropynamics.stability.phaseplane;

import org.neuropynamics.core.analysis.JacobianEvaluator;
import org.neuropynamics.core.linalg.DenseLu;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.VectorField;

/**
 * Newton's method on a periodic orbit (single shooting): unknowns the point {@code x0} and the period
 * {@code T}, equations {@code phi_T(x0) - x0 = 0} and the phase condition {@code n . (x0 - s) = 0} (stay on
 * the Poincare section through s with normal n). The derivative of the flow, the monodromy matrix
 * {@code M = d phi_T / d x0}, comes from the variational equations {@code Phi' = J(y) Phi} integrated with
 * the orbit, so the Newton matrix {@code [[M - I, f(phi_T(x0))], [n^T, 0]]} is exact up to the integration
 * tolerance and convergence is quadratic.
 */
final class PeriodicShooting {

    private final Model model;
    private final double[] p;
    private final int n;
    private final JacobianEvaluator jacobian;
    private final double[] atol;
    private final double rtol;

    /** Result of integrating orbit and variational equations over one period guess. */
    record Flow(double[] end, double[][] monodromy) {
    }

    PeriodicShooting(Model model, double[] p, double[] scale, double rtol) {
        this.model = model;
        this.p = p;
        this.n = model.dimension();
        double[] typical = new double[n];
        this.atol = new double[n + n * n];
        for (int i = 0; i < n; i++) {
            typical[i] = 1e-2 * scale[i];
            atol[i] = rtol * scale[i];
        }
        for (int i = n; i < atol.length; i++) {
            atol[i] = rtol;
        }
        this.rtol = rtol;
        this.jacobian = new JacobianEvaluator(model, typical);
    }

    /** Integrates from x0 for time T with the variational equations. */
    Flow flow(double[] x0, double period) {
        double[][] jac = new double[n][n];
        double[] y = new double[n];
        double[] fy = new double[n];
        VectorField augmented = (t, z, q, dz) -> {
            System.arraycopy(z, 0, y, 0, n);
            model.field().derivatives(t, y, q, fy);
            System.arraycopy(fy, 0, dz, 0, n);
            jacobian.evaluate(t, y, q, jac);
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < n; c++) {
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        s += jac[i][k] * z[n + k * n + c];
                    }
                    dz[n + i * n + c] = s;
                }
            }
        };
        double[] z = new double[n + n * n];
        System.arraycopy(x0, 0, z, 0, n);
        for (int i = 0; i < n; i++) {
            z[n + i * n + i] = 1;
        }
        DenseDormandPrince dp = new DenseDormandPrince(augmented, p, z.length).tolerances(atol, rtol);
        double reached = dp.integrate(z, period, 1, (s, state) -> true);
        if (reached < period * (1 - 1e-12)) {
            return null;
        }
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < n; c++) {
                m[i][c] = z[n + i * n + c];
            }
        }
        double[] end = new double[n];
        System.arraycopy(z, 0, end, 0, n);
        return new Flow(end, m);
    }

    /**
     * Refines (x0, T) in place.
     *
     * @param x0 point near the orbit on the section (refined in place)
     * @param period period guess
     * @param section the section's point s
     * @param normal the section's normal n
     * @param scale per-variable size of the orbit, for the convergence test
     * @return the refined period, or NaN when Newton fails
     */
    double refine(double[] x0, double period, double[] section, double[] normal, double[] scale) {
        double[] fEnd = new double[n];
        double t = period;
        for (int it = 0; it < 30; it++) {
            Flow f = flow(x0, t);
            if (f == null) {
                return Double.NaN;
            }
            model.field().derivatives(0, f.end, p, fEnd);
            double[][] a = new double[n + 1][n + 1];
            double[] r = new double[n + 1];
            double residual = 0;
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < n; c++) {
                    a[i][c] = f.monodromy[i][c] - (i == c ? 1 : 0);
                }
                a[i][n] = fEnd[i];
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
            if (step < 1e-11 || (step < 1e-8 && residual < 1e-9)) {
                return t;
            }
        }
        return Double.NaN;
    }
}
