package org.neuropynamics.bifurcation.continuation;

/**
 * The second and third derivatives of the vector field at an equilibrium as multilinear forms
 * {@code B(u, v) = D^2 f(x)[u, v]} and {@code C(u, v, w) = D^3 f(x)[u, v, w]}, by central differences: of the
 * analytic Jacobian when the model has one (errors about 1e-10 and 1e-8 relative), else of the field itself
 * (exact for polynomial fields up to rounding, about 1e-7 relative). Arguments are scaled to unit length
 * before differencing and the result scaled back, so the step is independent of their size.
 */
final class MultilinearForms {

    private final ParameterizedSystem system;
    private final double[] x;
    private final double p;
    private final boolean analytic;
    private final int n;
    private final double[] point;
    private final double[] f;
    private final double[][] jac;

    MultilinearForms(ParameterizedSystem system, double[] x, double p, boolean analyticJacobian) {
        this.system = system;
        this.x = x.clone();
        this.p = p;
        this.analytic = analyticJacobian;
        this.n = x.length;
        this.point = new double[n];
        this.f = new double[n];
        this.jac = new double[n][n];
    }

    /** B(u, v). */
    double[] second(double[] u, double[] v) {
        double nu = PseudoArclength.norm(u);
        double nv = PseudoArclength.norm(v);
        double[] out = new double[n];
        if (nu == 0 || nv == 0) {
            return out;
        }
        double[] uh = scaled(u, 1 / nu);
        double[] vh = scaled(v, 1 / nv);
        if (analytic) {
            double h = 1e-5;
            accumulateJacobianTimes(vh, h, 0, null, uh, 1 / (2 * h), out);
            accumulateJacobianTimes(vh, -h, 0, null, uh, -1 / (2 * h), out);
        } else {
            double h = 1e-4;
            double w = 1 / (4 * h * h);
            for (int su = -1; su <= 1; su += 2) {
                for (int sv = -1; sv <= 1; sv += 2) {
                    for (int i = 0; i < n; i++) {
                        point[i] = x[i] + h * (su * uh[i] + sv * vh[i]);
                    }
                    system.field(point, p, f);
                    for (int i = 0; i < n; i++) {
                        out[i] += su * sv * w * f[i];
                    }
                }
            }
        }
        return scaled(out, nu * nv);
    }

    /** C(u, v, w). */
    double[] third(double[] u, double[] v, double[] w) {
        double nu = PseudoArclength.norm(u);
        double nv = PseudoArclength.norm(v);
        double nw = PseudoArclength.norm(w);
        double[] out = new double[n];
        if (nu == 0 || nv == 0 || nw == 0) {
            return out;
        }
        double[] uh = scaled(u, 1 / nu);
        double[] vh = scaled(v, 1 / nv);
        double[] wh = scaled(w, 1 / nw);
        if (analytic) {
            double h = 1e-4;
            double c = 1 / (4 * h * h);
            for (int sv = -1; sv <= 1; sv += 2) {
                for (int sw = -1; sw <= 1; sw += 2) {
                    accumulateJacobianTimes(vh, sv * h, sw * h, wh, uh, sv * sw * c, out);
                }
            }
        } else {
            double h = 1e-3;
            double c = 1 / (8 * h * h * h);
            for (int su = -1; su <= 1; su += 2) {
                for (int sv = -1; sv <= 1; sv += 2) {
                    for (int sw = -1; sw <= 1; sw += 2) {
                        for (int i = 0; i < n; i++) {
                            point[i] = x[i] + h * (su * uh[i] + sv * vh[i] + sw * wh[i]);
                        }
                        system.field(point, p, f);
                        for (int i = 0; i < n; i++) {
                            out[i] += su * sv * sw * c * f[i];
                        }
                    }
                }
            }
        }
        return scaled(out, nu * nv * nw);
    }

    /** out += weight * J(x + a v + b w) u. */
    private void accumulateJacobianTimes(double[] v, double a, double b, double[] w, double[] u,
            double weight, double[] out) {
        for (int i = 0; i < n; i++) {
            point[i] = x[i] + a * v[i] + (w == null ? 0 : b * w[i]);
        }
        system.stateJacobian(point, p, jac);
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += jac[i][j] * u[j];
            }
            out[i] += weight * s;
        }
    }

    private static double[] scaled(double[] v, double c) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i] * c;
        }
        return r;
    }
}
