package org.neuropynamics.core.integrate;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.neuropynamics.core.model.VectorField;

/**
 * The one Dormand-Prince 5(4) stepper of the workbench (docs/architecture.md, "One of each numerical building
 * block"): an embedded first-same-as-last Runge-Kutta pair ({@link IntegrationMethod.EmbeddedRungeKutta}) with
 * the continuous extension of Hairer's DOPRI5. It is used two ways:
 * <ul>
 * <li>step by step, by {@link AdaptiveRun} (simulations): {@link #attempt}, {@link #prepareDense},
 * {@link #denseAt}, {@link #advanced}; the run owns the PI step control (exponent 0.17, beta 0.04 as DOPRI5),
 * events, refractory periods and protocol discontinuities;</li>
 * <li>free running, by the phase plane: {@link #integrate} advances a state for a duration forwards or
 * backwards in time (the field with the opposite sign: the same orbit traversed in reverse), calls a
 * {@link StepListener} after every accepted step, which may stop it anywhere, with the state inside the step
 * from {@link #denseAt} and a sign change of a function of the state located on the dense output by
 * {@link #crossing}.</li>
 * </ul>
 * The error of a step is the RMS over the variables of the local error divided by {@code atol_i + rtol
 * max(|y_i|, |y1_i|)}. Work arrays are allocated once; one instance is not thread-safe.
 */
public final class DormandPrinceStepper implements AdaptiveStepper {

    /** The right-hand side {@code dydt = f(t, y)}; must not allocate if the caller cares about speed. */
    @FunctionalInterface
    public interface Field {
        void derivatives(double t, double[] y, double[] dydt);
    }

    /** Receives each accepted step of {@link #integrate}; the state inside it is available from {@link #denseAt}. */
    @FunctionalInterface
    public interface StepListener {
        /**
         * @param s elapsed time (&gt;= 0, in the direction of integration) at the end of the step
         * @param y the state at the end of the step (do not keep or modify)
         * @return false to stop the integration after this step
         */
        boolean accepted(double s, double[] y);
    }

    private static final double BETA = 0.04;
    /** Free running ({@link #integrate}): rejected attempts in a row after which it gives up. */
    private static final int MAX_REJECTS = 60;

    private final Field field;
    private final int n;
    private final int stages;
    private final double[] c;
    private final double[][] a;
    private final double[] e;
    private final double[] d;
    private final double[][] k;
    private final double[] yStage;
    private final double[] y0;
    private final double[] dy;
    private final double[] bspl;
    private final double[] r4;
    private final double[] r5;
    /** Free running: state at the end of a trial step, per-variable absolute tolerance, error components. */
    private final double[] yNew;
    private final double[] atol;
    private final double[] errors;
    private double rtol = 1e-8;
    private double maxStep = Double.POSITIVE_INFINITY;
    /** +1, or -1 while {@link #integrate} runs backwards (every derivative is negated). */
    private double sign = 1;
    private double lastStep;
    private int steps;

    /** Dormand-Prince 5(4) on {@code field} with {@code dimension} variables. */
    public DormandPrinceStepper(int dimension, Field field) {
        this(IntegrationMethod.EmbeddedRungeKutta.dormandPrince54(), dimension, field);
    }

    /** The embedded pair {@code m} (the registry's {@code dopri5}) on {@code field}. */
    public DormandPrinceStepper(IntegrationMethod.EmbeddedRungeKutta m, int dimension, Field field) {
        this.field = field;
        this.n = dimension;
        ButcherTableau tab = m.tableau();
        this.stages = tab.stages();
        this.c = tab.c();
        this.a = tab.a();
        this.e = tab.errorWeights();
        this.d = m.denseWeights();
        this.k = new double[stages][n];
        this.yStage = new double[n];
        this.y0 = new double[n];
        this.dy = new double[n];
        this.bspl = new double[n];
        this.r4 = new double[n];
        this.r5 = new double[n];
        this.yNew = new double[n];
        this.atol = new double[n];
        this.errors = new double[n];
        Arrays.fill(atol, 1e-10);
    }

    /** An autonomous field: {@code f} evaluated with the parameters {@code p} at t = 0 whatever the time. */
    public static DormandPrinceStepper autonomous(VectorField f, double[] p, int dimension) {
        return new DormandPrinceStepper(dimension, (t, y, dydt) -> f.derivatives(0, y, p, dydt));
    }

    /** Error tolerances of {@link #integrate}: absolute per variable, relative for all (default 1e-10, 1e-8). */
    public DormandPrinceStepper tolerances(double[] absolute, double relative) {
        System.arraycopy(absolute, 0, atol, 0, n);
        this.rtol = relative;
        return this;
    }

    /** Largest step {@link #integrate} takes (in time units). */
    public DormandPrinceStepper maxStep(double h) {
        this.maxStep = h;
        return this;
    }

    /** Number of accepted steps of the last {@link #integrate} call. */
    public int steps() {
        return steps;
    }

    /** Length of the last accepted step of {@link #integrate}. */
    public double lastStep() {
        return lastStep;
    }

    /**
     * Integrates {@code y} in place from t = 0 for up to {@code duration} time units forwards ({@code direction
     * >= 0}) or backwards, calling the listener after each accepted step. Step control: I control with
     * exponent 1/5, safety 0.9, growth in [0.2, 5] (no growth after a rejection), the first step from the
     * scaled sizes of y and f(y); a non-finite error shrinks the step tenfold.
     *
     * @return the elapsed time when it stopped (duration, or earlier when the listener said so, the state
     *         stopped being finite or the step could not be made small enough)
     */
    public double integrate(double[] y, double duration, int direction, StepListener listener) {
        sign = direction >= 0 ? 1 : -1;
        try {
            steps = 0;
            double s = 0;
            eval(0, y, k[0]);
            double h = initialStep(y);
            int rejects = 0;
            while (s < duration) {
                if (s + h > duration) {
                    h = duration - s;
                }
                double err = step(sign * s, y, h, yNew, 0, atol, rtol, errors);
                if (!Double.isFinite(err)) {
                    if (++rejects > MAX_REJECTS || h < 1e-14 * Math.max(1, s)) {
                        return s;
                    }
                    h *= 0.1;
                    continue;
                }
                if (err <= 1) {
                    s += h;
                    lastStep = h;
                    steps++;
                    prepareDense(0, h, y, yNew);
                    System.arraycopy(yNew, 0, y, 0, n);
                    advanced();
                    rejects = 0;
                    if (!listener.accepted(s, y)) {
                        return s;
                    }
                } else if (++rejects > MAX_REJECTS) {
                    return s;
                }
                double factor = err == 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * Math.pow(err, -0.2)));
                h = Math.min(maxStep, h * (err <= 1 ? factor : Math.min(1, factor)));
            }
            return s;
        } finally {
            sign = 1;
        }
    }

    /**
     * Where {@code g} of the state changes sign from negative to non-negative inside the last accepted step:
     * the fraction of the step found by 60 bisections of the dense output (the end of the bracket, where g
     * &gt;= 0). The caller knows that g was negative at the start of the step and non-negative at its end.
     */
    public double crossing(ToDoubleFunction<double[]> g) {
        double lo = 0;
        double hi = 1;
        for (int it = 0; it < 60; it++) {
            double mid = 0.5 * (lo + hi);
            denseAt(mid, yStage);
            if (g.applyAsDouble(yStage) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    private void eval(double t, double[] y, double[] out) {
        field.derivatives(t, y, out);
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

    @Override
    public void restart(double t, double[] y) {
        eval(t, y, k[0]);
    }

    @Override
    public double attempt(double t, double[] y, double h, double[] y1, double atol, double rtol, double[] errors) {
        return step(t, y, h, y1, atol, null, rtol, errors);
    }

    /**
     * One trial step of size h from (t, y) (k[0] = f(t, y)) into y1; the scale of variable i is {@code
     * (atolPer == null ? atolAll : atolPer[i]) + rtol max(|y_i|, |y1_i|)}. In free running h is the step
     * without its sign (the derivatives carry it), t the signed time.
     */
    private double step(double t, double[] y, double h, double[] y1, double atolAll, double[] atolPer,
            double rtol, double[] errors) {
        for (int s = 1; s < stages; s++) {
            double[] as = a[s];
            double[] target = s == stages - 1 ? y1 : yStage;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < s; j++) {
                    sum += as[j] * k[j][i];
                }
                target[i] = y[i] + h * sum;
            }
            eval(t + sign * c[s] * h, target, k[s]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ei = 0;
            for (int s = 0; s < stages; s++) {
                ei += e[s] * k[s][i];
            }
            ei *= h;
            double scale = (atolPer == null ? atolAll : atolPer[i])
                    + rtol * Math.max(Math.abs(y[i]), Math.abs(y1[i]));
            errors[i] = ei / scale;
            sum += errors[i] * errors[i];
        }
        return Math.sqrt(sum / n);
    }

    @Override
    public void prepareDense(double t, double h, double[] y, double[] y1) {
        int last = stages - 1;
        for (int i = 0; i < n; i++) {
            y0[i] = y[i];
            double diff = y1[i] - y[i];
            dy[i] = diff;
            double b = h * k[0][i] - diff;
            bspl[i] = b;
            r4[i] = diff - h * k[last][i] - b;
            double sum = 0;
            for (int s = 0; s < stages; s++) {
                sum += d[s] * k[s][i];
            }
            r5[i] = h * sum;
        }
    }

    /** The state at fraction {@code theta} in [0, 1] of the last accepted step, into {@code out}. */
    @Override
    public void denseAt(double theta, double[] out) {
        double t1 = 1 - theta;
        for (int i = 0; i < n; i++) {
            out[i] = y0[i] + theta * (dy[i] + t1 * (bspl[i] + theta * (r4[i] + t1 * r5[i])));
        }
    }

    @Override
    public void advanced() {
        double[] swap = k[0];
        k[0] = k[stages - 1];
        k[stages - 1] = swap;
    }

    @Override
    public double exponent() {
        return 0.2 - BETA * 0.75;
    }

    @Override
    public double beta() {
        return BETA;
    }
}
