package org.neuropynamics.core.analysis;

/**
 * The flow of {@code x' = f(x, p)} over a time {@code tau}, with its derivatives with respect to the initial
 * state, the parameter and tau: the classical Runge-Kutta method applied to the system and its variational
 * equations together in rescaled time {@code s = t / tau in [0, 1]} with a fixed number of steps, so the
 * derivatives are the exact derivatives of the discrete flow map (Newton converges quadratically on it).
 * Also records the componentwise min and max along the way. The one periodic-orbit shooting flow of the
 * workbench: continuation's multiple shooting of cycles and the phase plane's limit cycles use it. Not
 * thread-safe.
 */
public final class ShootingFlow {

    /** The right-hand side {@code f(x, p)} with its derivatives in the state and in the one parameter p. */
    public interface Field {
        /** The state dimension n. */
        int dimension();

        /** {@code out = f(x, p)}. */
        void field(double[] x, double p, double[] out);

        /** {@code jac = df/dx (x, p)} (n x n). */
        void stateJacobian(double[] x, double p, double[][] jac);

        /** {@code out = df/dp (x, p)}. */
        void parameterDerivative(double[] x, double p, double[] out);
    }

    private final Field system;
    private final int n;
    private final int steps;
    private final double[][] jac;
    private final double[] fp;
    private final double[] f;
    // stage states: state x and sensitivities z (n x (n + 2): d/dx0, d/dp, d/dtau)
    private final double[] xs;
    private final double[][] zs;
    private final double[][] kx;
    private final double[][][] kz;
    private final double[] previous;
    private final double[] beforePrevious;

    /**
     * @param system the field
     * @param steps RK4 steps over the whole time tau
     */
    public ShootingFlow(Field system, int steps) {
        this.system = system;
        this.n = system.dimension();
        this.steps = steps;
        this.jac = new double[n][n];
        this.fp = new double[n];
        this.f = new double[n];
        this.xs = new double[n];
        this.zs = new double[n][n + 2];
        this.kx = new double[4][n];
        this.kz = new double[4][n][n + 2];
        this.previous = new double[n];
        this.beforePrevious = new double[n];
    }

    /**
     * Integrates from x0 over tau.
     *
     * @param x0 the initial state (not modified)
     * @param x receives the final state
     * @param z receives the n x (n + 2) sensitivities (columns: initial state, p, tau), or null to skip them
     * @param min updated with the componentwise minimum along the way, or null
     * @param max updated with the componentwise maximum along the way, or null
     */
    public void flow(double[] x0, double tau, double p, double[] x, double[][] z, double[] min, double[] max) {
        System.arraycopy(x0, 0, x, 0, n);
        if (z != null) {
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(z[i], 0);
                z[i][i] = 1;
            }
        }
        System.arraycopy(x0, 0, previous, 0, n);
        double h = 1.0 / steps;
        double[] weights = {1, 2, 2, 1};
        double[] offsets = {0, 0.5, 0.5, 1};
        for (int step = 0; step < steps; step++) {
            for (int stage = 0; stage < 4; stage++) {
                double c = stage == 0 ? 0 : offsets[stage] * h;
                for (int i = 0; i < n; i++) {
                    xs[i] = x[i] + (stage == 0 ? 0 : c * kx[stage - 1][i]);
                    if (z != null) {
                        for (int j = 0; j < n + 2; j++) {
                            zs[i][j] = z[i][j] + (stage == 0 ? 0 : c * kz[stage - 1][i][j]);
                        }
                    }
                }
                derivatives(xs, z == null ? null : zs, tau, p, kx[stage], z == null ? null : kz[stage]);
            }
            for (int i = 0; i < n; i++) {
                x[i] += h / 6 * (kx[0][i] + 2 * kx[1][i] + 2 * kx[2][i] + kx[3][i]);
                if (z != null) {
                    for (int j = 0; j < n + 2; j++) {
                        z[i][j] += h / 6 * (weights[0] * kz[0][i][j] + weights[1] * kz[1][i][j]
                                + weights[2] * kz[2][i][j] + weights[3] * kz[3][i][j]);
                    }
                }
            }
            if (min != null) {
                recordExtremes(x, step > 0, min, max);
            }
        }
    }

    /**
     * Updates min and max with the new sample x and, when the previous sample is a local extremum of a
     * component, with the vertex of the parabola through the last three samples (so the extremes are
     * accurate to O(h^3) instead of O(h^2)).
     */
    private void recordExtremes(double[] x, boolean threeSamples, double[] min, double[] max) {
        for (int i = 0; i < n; i++) {
            double y0 = previous[i];
            min[i] = Math.min(min[i], x[i]);
            max[i] = Math.max(max[i], x[i]);
            if (threeSamples) {
                double ym = beforePrevious[i];
                double curvature = x[i] + ym - 2 * y0;
                boolean peak = y0 >= ym && y0 >= x[i] && curvature < 0;
                boolean trough = y0 <= ym && y0 <= x[i] && curvature > 0;
                if (peak || trough) {
                    double vertex = y0 - (x[i] - ym) * (x[i] - ym) / (8 * curvature);
                    min[i] = Math.min(min[i], vertex);
                    max[i] = Math.max(max[i], vertex);
                }
            }
            beforePrevious[i] = y0;
            previous[i] = x[i];
        }
    }

    /** Rescaled right-hand side: dx/ds = tau f, dZ/ds = tau J Z + [0 | tau f_p | f]. */
    private void derivatives(double[] x, double[][] z, double tau, double p, double[] dx, double[][] dz) {
        system.field(x, p, f);
        for (int i = 0; i < n; i++) {
            dx[i] = tau * f[i];
        }
        if (z == null) {
            return;
        }
        system.stateJacobian(x, p, jac);
        system.parameterDerivative(x, p, fp);
        for (int i = 0; i < n; i++) {
            double[] ji = jac[i];
            for (int j = 0; j < n + 2; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += ji[k] * z[k][j];
                }
                dz[i][j] = tau * s;
            }
            dz[i][n] += tau * fp[i];
            dz[i][n + 1] += f[i];
        }
    }
}
