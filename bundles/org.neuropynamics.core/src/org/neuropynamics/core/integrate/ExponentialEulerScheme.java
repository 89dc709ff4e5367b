package org.neuropynamics.core.integrate;

/**
 * Exponential Euler: {@code y_i <- y_i + f_i (exp(b_i h) - 1) / b_i} with {@code b_i = df_i/dy_i} from the
 * model's analytic Jacobian when present, else from a one-sided difference (exact when {@code f_i} is linear
 * in {@code y_i}, as for Hodgkin-Huxley gates and the membrane equation). For {@code |b_i h| < 1e-10} the
 * factor is {@code h (1 + b_i h / 2)}, i.e. forward Euler.
 */
final class ExponentialEulerScheme implements FixedStepScheme {

    private final double[] f0;
    private final double[] fPerturbed;
    private final double[] diagonal;
    private final double[] work;
    private double[][] jac;
    private double[] sparseValues;

    ExponentialEulerScheme(int n) {
        this.f0 = new double[n];
        this.fPerturbed = new double[n];
        this.diagonal = new double[n];
        this.work = new double[n];
    }

    @Override
    public void step(DrivenSystem f, double t, double[] y, double h, double[] yOut) {
        int n = y.length;
        f.derivatives(t, y, f0);
        jacobianDiagonal(f, t, y);
        for (int i = 0; i < n; i++) {
            double bi = diagonal[i];
            double x = bi * h;
            double factor = Math.abs(x) < 1e-10 ? h * (1 + 0.5 * x) : Math.expm1(x) / bi;
            yOut[i] = y[i] + f0[i] * factor;
        }
    }

    private void jacobianDiagonal(DrivenSystem f, double t, double[] y) {
        int n = y.length;
        if (f.jacobian instanceof org.neuropynamics.core.model.SparseJacobian sparse) {
            if (sparseValues == null) {
                sparseValues = new double[sparse.nonZeros()];
            }
            f.setCurrent(t);
            sparse.diagonal(t, y, f.p, sparseValues, diagonal);
            return;
        }
        if (f.jacobian != null) {
            if (jac == null) {
                jac = new double[n][n];
            }
            f.setCurrent(t);
            f.jacobian.jacobian(t, y, f.p, jac);
            for (int i = 0; i < n; i++) {
                diagonal[i] = jac[i][i];
            }
            return;
        }
        System.arraycopy(y, 0, work, 0, n);
        for (int i = 0; i < n; i++) {
            double yi = y[i];
            double delta = 1.4901161193847656e-8 * Math.max(Math.abs(yi), 1.0);
            work[i] = yi + delta;
            delta = work[i] - yi; // exactly representable increment
            f.derivatives(t, work, fPerturbed);
            diagonal[i] = (fPerturbed[i] - f0[i]) / delta;
            work[i] = yi;
        }
    }
}
