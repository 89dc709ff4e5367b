package org.neuropynamics.stability.phaseplane;

import org.neuropynamics.core.integrate.ButcherTableau;
import org.neuropynamics.core.integrate.IntegrationMethod;
import org.neuropynamics.core.model.VectorField;

/**
 * Adaptive Dormand-Prince 5(4) with Hairer's continuous extension, for the phase-plane analyses that need
 * to stop anywhere (leaving the window, a Poincare section, a time limit) rather than record a trace: the
 * caller sees every accepted step and can interpolate inside it. Time may run backwards ({@code direction
 * -1}): the field is then integrated with the opposite sign, which is the same orbit traversed in reverse.
 * Work arrays are preallocated; one instance is not thread-safe.
 */
public final class DenseDormandPrince {

    /** Receives each accepted step; the state at any time inside it is available by {@link #interpolate}. */
    @FunctionalInterface
    public interface StepListener {
        /**
         * @param s elapsed time (&gt;= 0, in the direction of integration) at the end of the step
         * @param y the state at the end of the step (do not keep or modify)
         * @return false to stop the integration after this step
         */
        boolean accepted(double s, double[] y);
    }

    private static final ButcherTableau T = ButcherTableau.DORMAND_PRINCE_54;
    private static final double[] DENSE = IntegrationMethod.EmbeddedRungeKutta.dormandPrince54().denseWeights();

    private final VectorField field;
    private final double[] p;
    private final int n;
    private final double[][] k = new double[7][];
    private final double[] stage;
    private final double[] yNew;
    private final double[][] rcont = new double[5][];
    private final double[] atol;
    private double rtol = 1e-8;
    private double maxStep = Double.POSITIVE_INFINITY;
    private double sign = 1;
    private double lastStep;
    private int steps;

    /**
     * @param field the right-hand side (autonomous use: evaluated at t = 0 ... as it goes, with the elapsed time)
     * @param p parameter values
     * @param dimension number of variables
     */
    public DenseDormandPrince(VectorField field, double[] p, int dimension) {
        this.field = field;
        this.p = p;
        this.n = dimension;
        for (int s = 0; s < 7; s++) {
            k[s] = new double[n];
        }
        for (int s = 0; s < 5; s++) {
            rcont[s] = new double[n];
        }
        stage = new double[n];
        yNew = new double[n];
        atol = new double[n];
        java.util.Arrays.fill(atol, 1e-10);
    }

    /** Error tolerances: absolute per variable, relative for all. */
    public DenseDormandPrince tolerances(double[] absolute, double relative) {
        System.arraycopy(absolute, 0, atol, 0, n);
        this.rtol = relative;
        return this;
    }

    /** Largest step allowed (in time units). */
    public DenseDormandPrince maxStep(double h) {
        this.maxStep = h;
        return this;
    }

    /** Number of accepted steps of the last {@link #integrate} call. */
    public int steps() {
        return steps;
    }

    /** Length of the last accepted step. */
    public double lastStep() {
        return lastStep;
    }

    /**
     * Integrates {@code y} in place for up to {@code duration} time units forwards ({@code direction > 0}) or
     * backwards, calling the listener after each accepted step.
     *
     * @return the elapsed time when it stopped (duration, or earlier when the listener said so or the state
     *         stopped being finite)
     */
    public double integrate(double[] y, double duration, int direction, StepListener listener) {
        sign = direction >= 0 ? 1 : -1;
        steps = 0;
        double s = 0;
        eval(y, k[0]);
        double h = initialStep(y);
        int rejects = 0;
        while (s < duration) {
            if (s + h > duration) {
                h = duration - s;
            }
            double err = attempt(y, h);
            if (!Double.isFinite(err)) {
                if (++rejects > 60 || h < 1e-14 * Math.max(1, s)) {
                    return s;
                }
                h *= 0.1;
                continue;
            }
            if (err <= 1) {
                s += h;
                lastStep = h;
                steps++;
                prepareDense(y, h);
                System.arraycopy(yNew, 0, y, 0, n);
                System.arraycopy(k[6], 0, k[0], 0, n);
                rejects = 0;
                if (!listener.accepted(s, y)) {
                    return s;
                }
            } else if (++rejects > 60) {
                return s;
            }
            double factor = err == 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * Math.pow(err, -0.2)));
            h = Math.min(maxStep, h * (err <= 1 ? factor : Math.min(1, factor)));
        }
        return s;
    }

    /** The state at fraction {@code theta} in [0, 1] of the last accepted step. */
    public void interpolate(double theta, double[] out) {
        double u = 1 - theta;
        for (int i = 0; i < n; i++) {
            out[i] = rcont[0][i] + theta * (rcont[1][i] + u * (rcont[2][i] + theta * (rcont[3][i]
                    + u * rcont[4][i])));
        }
    }

    private void eval(double[] y, double[] out) {
        field.derivatives(0, y, p, out);
        if (sign < 0) {
            for (int i = 0; i < n; i++) {
                out[i] = -out[i];
            }
        }
    }

    private double initialStep(double[] y) {
        double d0 = 0;
        double d1 = 0;
        for (int i = 0; i < n; i++) {
            double sc = atol[i] + rtol * Math.abs(y[i]);
            d0 += (y[i] / sc) * (y[i] / sc);
            d1 += (k[0][i] / sc) * (k[0][i] / sc);
        }
        double h = d0 < 1e-10 || d1 < 1e-10 ? 1e-6 : 0.01 * Math.sqrt(d0 / d1);
        return Math.min(maxStep, Double.isFinite(h) ? h : 1e-6);
    }

    /** One trial step of size h from y (k[0] = f(y)); returns the scaled error norm. */
    private double attempt(double[] y, double h) {
        double[][] a = T.a();
        for (int st = 1; st < 7; st++) {
            double[] as = a[st];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < st; j++) {
                    sum += as[j] * k[j][i];
                }
                stage[i] = y[i] + h * sum;
            }
            eval(stage, k[st]);
        }
        // FSAL: the last stage is the new state
        System.arraycopy(stage, 0, yNew, 0, n);
        double[] e = T.errorWeights();
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int st = 0; st < 7; st++) {
                sum += e[st] * k[st][i];
            }
            double sc = atol[i] + rtol * Math.max(Math.abs(y[i]), Math.abs(yNew[i]));
            double r = h * sum / sc;
            norm += r * r;
        }
        return Math.sqrt(norm / n);
    }

    private void prepareDense(double[] y, double h) {
        for (int i = 0; i < n; i++) {
            double diff = yNew[i] - y[i];
            double bspl = h * k[0][i] - diff;
            rcont[0][i] = y[i];
            rcont[1][i] = diff;
            rcont[2][i] = bspl;
            rcont[3][i] = diff - h * k[6][i] - bspl;
            double d = 0;
            for (int st = 0; st < 7; st++) {
                d += DENSE[st] * k[st][i];
            }
            rcont[4][i] = h * d;
        }
    }
}
