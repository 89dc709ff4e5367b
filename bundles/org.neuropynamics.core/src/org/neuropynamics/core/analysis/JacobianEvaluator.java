package org.neuropynamics.core.analysis;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.VectorField;

/**
 * The Jacobian {@code J[i][j] = df_i/dy_j} of a model's vector field at a state: the model's analytic
 * Jacobian when it has one, else central finite differences with step
 * {@code h_j = eps^(1/3) max(|y_j|, typical_j)} (rounded so that {@code y_j + h_j} is exact), which balances
 * truncation (O(h^2)) and rounding (O(eps/h)) errors to about {@code eps^(2/3) ~ 4e-11} relative.
 * One evaluator holds its work arrays; it is not thread-safe.
 */
public final class JacobianEvaluator {

    private static final double CBRT_EPS = Math.cbrt(Math.ulp(1.0));

    private final Model model;
    private final double[] typical;
    private final double[] plus;
    private final double[] minus;
    private final double[] work;

    /**
     * @param model the model
     * @param typical per variable, the magnitude below which the difference step stops shrinking (e.g. a
     *        hundredth of the window width); null for 1 everywhere
     */
    public JacobianEvaluator(Model model, double[] typical) {
        int n = model.dimension();
        this.model = model;
        this.typical = new double[n];
        for (int j = 0; j < n; j++) {
            this.typical[j] = typical == null || !(typical[j] > 0) ? 1 : typical[j];
        }
        this.plus = new double[n];
        this.minus = new double[n];
        this.work = new double[n];
    }

    /** A fresh matrix with the Jacobian at y (time 0, autonomous use). */
    public static double[][] at(Model model, double[] y, double[] p) {
        double[][] jac = new double[model.dimension()][model.dimension()];
        new JacobianEvaluator(model, null).evaluate(0, y, p, jac);
        return jac;
    }

    /** True when the model supplies an analytic Jacobian. */
    public boolean analytic() {
        return model.jacobian() != null;
    }

    /** Writes the Jacobian at (t, y) into jac (n x n). */
    public void evaluate(double t, double[] y, double[] p, double[][] jac) {
        if (model.jacobian() != null) {
            model.jacobian().jacobian(t, y, p, jac);
            return;
        }
        int n = y.length;
        VectorField f = model.field();
        System.arraycopy(y, 0, work, 0, n);
        for (int j = 0; j < n; j++) {
            double yj = y[j];
            double h = CBRT_EPS * Math.max(Math.abs(yj), typical[j]);
            double up = yj + h;
            double down = yj - h;
            work[j] = up;
            f.derivatives(t, work, p, plus);
            work[j] = down;
            f.derivatives(t, work, p, minus);
            work[j] = yj;
            double span = up - down;
            for (int i = 0; i < n; i++) {
                jac[i][j] = (plus[i] - minus[i]) / span;
            }
        }
    }
}
