package org.neuropynamics.core.integrate;

import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.linalg.DenseLu;

/**
 * Runs a model that reads its own past ({@link HistoryEquations}: delays and Volterra integrals) the way XPPAUT
 * does (issue 14; {@code delay_handle.c}, {@code volterra2.c}; see docs/architecture.md, "The XPPAUT language").
 * <p>
 * <b>Delays.</b> The state is stored after every step of dt in a ring of {@code maxDelay / dt + 1} points,
 * preceded at the start by the history (XPPAUT's {@code x(0)=} expressions, else 0) at the start time and the
 * points before it, then by the initial state. {@code delay(x, tau)} is the cubic through four stored points
 * around tau before the <em>latest stored point</em> (so all stages of a step read the same past); XPPAUT's
 * interpolation takes its first point from the second one's slot, and so does this one. A tau of 0 or less
 * reads the current state, a tau beyond {@code @ delay} stops the run. With an adaptive method the past is
 * stored at every dt as well, the method taking its own steps inside each dt ({@link AdaptiveInterval}), as
 * XPPAUT does.
 * <p>
 * <b>Volterra integrals.</b> With an integral or an integral equation XPPAUT replaces the method by its
 * implicit Volterra solver, and so does this run whatever the method: the trapezoidal rule for differential
 * equations, the integrals by product integration over the stored points (trapezoidal weights for mu = 0,
 * the exact integrals of {@code (t - t')^-mu} over each interval otherwise, over the last {@code vmaxpts}
 * points only), solved at each step by Newton's method with a finite-difference Jacobian (to 1e-12 relative
 * where XPPAUT stops at 1e-7 absolute).
 */
final class HistoryRun {

    private static final int MAX_NEWTON = 50;
    /** Largest number of integrand evaluations of a Volterra run (about 100 s interpreted). */
    private static final double VOLTERRA_TERMS = 1e9;
    /** XPPAUT's NEWT_ERR: the finite-difference step of the Jacobian, relative (absolute below it). */
    private static final double NEWTON_STEP = 1e-3;
    /** XPPAUT's EulTol: Newton stops when no component changes by this much. */
    private static final double NEWTON_TOLERANCE = 1e-7;

    private final SimulationRequest request;
    private final HistoryEquations equations;
    private final HistoryEquations.Layout layout;
    private final RunGuard guard;
    private final int n;
    private final double dt;
    private final double[] y;
    private HistoryEquations.Evaluation ev;
    private double[][] ring;
    private int latest;
    private long evaluations;

    HistoryRun(SimulationRequest r, RunMonitor monitor, HistoryEquations equations) {
        this.request = r;
        this.equations = equations;
        this.layout = equations.layout();
        this.guard = new RunGuard(r, monitor);
        this.n = r.model().dimension();
        this.dt = r.dt();
        this.y = r.initialState().clone();
    }

    Trace run() {
        double t0 = request.tStart();
        long nSteps = Math.max(1, (long) Math.ceil((request.tEnd() - t0) / dt - 1e-6));
        long stride = Math.max(1, Math.round(request.sampleInterval() / dt));
        long expected = nSteps / stride + 2;
        if (expected > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many samples (" + expected + "); raise the sampling interval");
        }
        ButcherTableau tableau = null;
        if (!layout.volterra()) {
            if (request.method() instanceof IntegrationMethod.ExplicitRungeKutta erk) {
                tableau = erk.tableau();
            } else if (request.method() instanceof IntegrationMethod.ExponentialEuler) {
                throw new EquationException(layout.line(), 0, "delay equations do not run with "
                        + request.method().name() + " (its linear part is not defined for a delay)");
            }
        }
        checkSize(nSteps);
        ev = equations.evaluation(request.parameters().clone(), this::delayed);
        TraceRecorder recorder = new TraceRecorder(request.recordedVariables(), (int) expected);
        guard.checkFinite(t0, y);
        if (layout.delayedVariables().length > 0 && layout.maxDelay() > 0) {
            startHistory(t0);
        }
        recorder.sample(t0, y);
        Stepper stepper = layout.volterra() ? new Volterra(t0, nSteps)
                : tableau != null ? new RungeKutta(tableau) : new AdaptiveInterval();
        double tEnd = t0;
        for (long k = 0; k < nSteps; k++) {
            double t = t0 + k * dt;
            tEnd = t0 + (k + 1) * dt;
            stepper.step(t, tEnd);
            guard.checkFinite(tEnd, y);
            if (ring != null) {
                store(y);
            }
            if ((k + 1) % stride == 0 || k == nSteps - 1) {
                recorder.sample(tEnd, y);
            }
            if ((k & (RunGuard.POLL_INTERVAL - 1)) == 0) {
                guard.poll(tEnd);
            }
        }
        guard.done();
        return recorder.finish(request.model(), y, tEnd, nSteps, 0, evaluations);
    }

    /** Refuses a stored past or a sum over it too large to run (a file's @ delay or vmaxpts against its dt). */
    private void checkSize(long nSteps) {
        if (layout.delayedVariables().length > 0 && layout.maxDelay() > 0) {
            double points = layout.maxDelay() / dt + 1;
            ResourceLimits.checkSteps("@ delay=" + layout.maxDelay() + " at dt " + dt + " (the stored history)", points);
            ResourceLimits.checkMemory("@ delay=" + layout.maxDelay() + " at dt " + dt, points * n * 8.0);
        }
        if (layout.volterra()) {
            double points = Math.min(layout.volterraPoints(), nSteps + 1.0);
            ResourceLimits.checkMemory("the Volterra integrals' past (" + (long) points + " points)",
                    points * (n + layout.fixedCount()) * 8.0);
            double terms = nSteps * points * Math.max(1, layout.exponents().length);
            if (terms > VOLTERRA_TERMS) {
                throw new ResourceLimitException("the Volterra integrals over " + nSteps + " steps sum "
                        + ResourceLimits.count(terms) + " terms; the limit is " + ResourceLimits.count(VOLTERRA_TERMS)
                        + " (a larger dt, a shorter run or a smaller @ vmaxpts)");
            }
        }
    }

    private interface Stepper {
        void step(double t, double tNext);
    }

    // ---- delays ----

    /** XPPAUT's order: the history at t0 - nt dt ... t0, then the initial state as the latest point. */
    private void startHistory(double t0) {
        int nt = (int) (layout.maxDelay() / dt);
        ring = new double[nt + 1][n];
        latest = 0;
        double[] h = new double[n];
        for (int i = nt; i >= 0; i--) {
            ev.history(t0 - dt * i, h);
            store(h);
        }
        store(y);
    }

    private void store(double[] state) {
        latest = latest == 0 ? ring.length - 1 : latest - 1;
        System.arraycopy(state, 0, ring[latest], 0, n);
    }

    private double delayed(int delay, double tau, double[] state) {
        int variable = layout.delayedVariables()[delay];
        if (ring == null || !(tau > 0)) {
            return state[variable];
        }
        if (tau > layout.maxDelay()) {
            throw new DivergenceException(request.model().variableNames().get(variable), Double.NaN, tau,
                    "line " + layout.line() + ": delay " + tau + " of '" + request.model().variableNames().get(variable)
                            + "' exceeds the largest delay " + layout.maxDelay() + " (@ delay)");
        }
        double x = tau / dt;
        int n1 = (int) x;
        // XPPAUT's cubic: abscissae (n1-1, n1, n1+1, n1+2) dt, the first ordinate read from slot n1 as well
        double y0 = slot(n1, variable);
        double y1 = y0;
        double y2 = slot(n1 + 1, variable);
        double y3 = slot(n1 + 2, variable);
        double s = x - n1; // position from abscissa n1, in steps
        double l0 = -s * (s - 1) * (s - 2) / 6;
        double l1 = (s + 1) * (s - 1) * (s - 2) / 2;
        double l2 = -(s + 1) * s * (s - 2) / 2;
        double l3 = (s + 1) * s * (s - 1) / 6;
        return l0 * y0 + l1 * y1 + l2 * y2 + l3 * y3;
    }

    private double slot(int lag, int variable) {
        return ring[(lag + latest) % ring.length][variable];
    }

    // ---- fixed-step Runge-Kutta ----

    private final class RungeKutta implements Stepper {
        private final ButcherTableau tableau;
        private final double[][] k;
        private final double[] stage;
        private final double[] none = new double[0];

        RungeKutta(ButcherTableau tableau) {
            this.tableau = tableau;
            this.k = new double[tableau.b().length][n];
            this.stage = new double[n];
        }

        @Override
        public void step(double t, double tNext) {
            double[] c = tableau.c();
            double[][] a = tableau.a();
            double[] b = tableau.b();
            for (int s = 0; s < b.length; s++) {
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int j = 0; j < s; j++) {
                        sum += a[s][j] * k[j][i];
                    }
                    stage[i] = y[i] + dt * sum;
                }
                ev.rightHandSides(t + c[s] * dt, stage, none, k[s]);
                evaluations++;
            }
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int s = 0; s < b.length; s++) {
                    sum += b[s] * k[s][i];
                }
                y[i] += dt * sum;
            }
        }
    }

    // ---- error-controlled steps inside each dt (delays with an adaptive method) ----

    /**
     * Delays with an adaptive method (XPPAUT's qualrk, gear, stiff, cvode...): as XPPAUT, the method crosses each
     * output interval of dt in steps of its own and the past is stored at the end of the interval, every delay
     * reading it relative to the latest stored point. Here the steps are Dormand-Prince 5(4) with the request's
     * tolerances (the standard controller: factor 0.9 (1/err)^(1/5) within [0.2, 5]); the delayed values are the
     * same for every stage of the interval, so the equations inside an interval are ordinary ones.
     */
    private final class AdaptiveInterval implements Stepper {
        private static final int MAX_STEPS_PER_INTERVAL = 100000;
        private final ButcherTableau t = ButcherTableau.DORMAND_PRINCE_54;
        private final double[][] k = new double[t.stages()][n];
        private final double[] stage = new double[n];
        private final double[] next = new double[n];
        private final double[] none = new double[0];
        private double h = dt;

        @Override
        public void step(double tStart, double tEnd) {
            double time = tStart;
            double rtol = request.relativeTolerance();
            double atol = request.absoluteTolerance();
            for (int count = 0; time < tEnd - 1e-12 * Math.max(1, Math.abs(tEnd)); count++) {
                if (count > MAX_STEPS_PER_INTERVAL) {
                    throw new DivergenceException(request.model().variableNames().get(0), time, Double.NaN,
                            "step size underflow at t = " + time + " (the delay equations are too stiff or blow up)");
                }
                double step = Math.min(h, tEnd - time);
                for (int s = 0; s < t.stages(); s++) {
                    for (int i = 0; i < n; i++) {
                        double sum = 0;
                        for (int j = 0; j < s; j++) {
                            sum += t.a()[s][j] * k[j][i];
                        }
                        stage[i] = y[i] + step * sum;
                    }
                    ev.rightHandSides(time + t.c()[s] * step, stage, none, k[s]);
                    evaluations++;
                }
                double err = 0;
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    double e = 0;
                    for (int s = 0; s < t.stages(); s++) {
                        sum += t.b()[s] * k[s][i];
                        e += t.errorWeights()[s] * k[s][i];
                    }
                    next[i] = y[i] + step * sum;
                    double scale = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(next[i]));
                    double r = step * e / scale;
                    err += r * r;
                }
                err = Math.sqrt(err / n);
                if (!Double.isFinite(err)) {
                    h = step / 10;
                    continue;
                }
                if (err <= 1) {
                    time = step == tEnd - time ? tEnd : time + step;
                    System.arraycopy(next, 0, y, 0, n);
                }
                double factor = err == 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * Math.pow(err, -0.2)));
                // the step the interval cut short is not the controller's: keep the larger one
                h = err <= 1 && step < h ? h : step * factor;
            }
        }
    }

    // ---- XPPAUT's Volterra solver ----

    private final class Volterra implements Stepper {
        private final double t0;
        private final int points;
        private final int kernels;
        private final double[] mu;
        private final boolean[] integral;
        private final double[][] memoryY;
        private final double[][] memoryFixed;
        private final double[][] convolution;
        private final double[][] weights;
        private final double[] current;
        private final double[] sums;
        private final double[] known;
        private final double[] previous;
        private final double[] guess;
        private final double[] fixed;
        private final double[] rhs;
        private final double[] residual;
        private final double[] shifted;
        private final double[][] jacobian;
        private final double[] correction;
        private int count;

        Volterra(double t0, long nSteps) {
            this.t0 = t0;
            // more points than steps would never be read: the sums start at the first point then
            this.points = (int) Math.max(1, Math.min(layout.volterraPoints(), nSteps + 1));
            this.mu = layout.exponents();
            this.kernels = mu.length;
            this.integral = layout.integralEquations();
            int nf = layout.fixedCount();
            memoryY = new double[points][n];
            memoryFixed = new double[points][nf];
            convolution = new double[kernels][];
            weights = new double[kernels][];
            for (int k = 0; k < kernels; k++) {
                if (layout.convolutions()[k]) {
                    convolution[k] = new double[points + 1];
                    for (int j = 0; j <= points; j++) {
                        convolution[k][j] = ev.convolutionKernel(k, t0 + dt * j);
                    }
                }
                if (mu[k] > 0) {
                    weights[k] = new double[points + 1];
                    for (int j = 0; j <= points; j++) {
                        weights[k][j] = interior(mu[k], j);
                    }
                }
            }
            current = new double[kernels];
            sums = new double[kernels];
            known = new double[n];
            previous = new double[kernels];
            guess = new double[n];
            fixed = new double[nf];
            rhs = new double[n];
            residual = new double[n];
            shifted = new double[n];
            jacobian = new double[n][n];
            correction = new double[n];
            // the integral equations' start: their right-hand sides with the integrals 0, in order
            for (int i = 0; i < n; i++) {
                if (integral[i]) {
                    ev.rightHandSides(t0, y, current, rhs);
                    y[i] = rhs[i];
                }
            }
            remember(t0);
        }

        private void remember(double t) {
            int slot = count % points;
            System.arraycopy(y, 0, memoryY[slot], 0, n);
            ev.fixed(t, y, current, memoryFixed[slot]);
            count++;
        }

        /** The product-integration weight of the first point (XPPAUT's alpha1n). */
        private double first(double m, double t, double tp) {
            double m1 = 1 - m;
            return 0.5 * (Math.pow(Math.abs(t - tp), m1) - Math.pow(Math.abs(t - tp - dt), m1)) / m1;
        }

        /** The weight of an interior point l steps back (XPPAUT's alpbetjn). */
        private double interior(double m, int l) {
            double m1 = 1 - m;
            double d = l * dt;
            return 0.5 * (Math.pow(d + dt, m1) - Math.pow(Math.abs(d - dt), m1)) / m1;
        }

        /** The weight of the current point (XPPAUT's betnn). */
        private double last(double m) {
            return m == 0 ? 0.5 * dt : 0.5 * Math.pow(dt, 1 - m) / (1 - m);
        }

        @Override
        public void step(double t, double tNext) {
            int nPoint = count;
            int i0 = Math.max(0, nPoint - points);
            int iEnd = Math.min(nPoint - 1, points - 1);
            for (int k = 0; k < kernels; k++) {
                double tp = t0 + i0 * dt;
                int slot = i0 % points;
                double w = mu[k] == 0 ? 0.5 * dt : first(mu[k], tNext, tp);
                double sum = w * ev.integrand(k, tNext, tp, memoryY[slot], memoryFixed[slot])
                        * (convolution[k] != null ? convolution[k][nPoint - i0] : 1);
                for (int i = 1; i <= iEnd; i++) {
                    slot = (i0 + i) % points;
                    tp = t0 + (i0 + i) * dt;
                    w = mu[k] == 0 ? dt : weights[k][nPoint - i0 - i];
                    sum += w * ev.integrand(k, tNext, tp, memoryY[slot], memoryFixed[slot])
                            * (convolution[k] != null ? convolution[k][nPoint - i0 - i] : 1);
                }
                sums[k] = sum;
                previous[k] = current[k];
            }
            // the explicit half of the trapezoidal rule, at the previous point with the previous integrals
            ev.rightHandSides(t, y, previous, rhs);
            evaluations++;
            for (int i = 0; i < n; i++) {
                known[i] = integral[i] ? 0 : y[i] + 0.5 * dt * rhs[i];
            }
            System.arraycopy(y, 0, guess, 0, n);
            for (int iteration = 0;; iteration++) {
                residual(tNext, guess, residual);
                for (int j = 0; j < n; j++) {
                    double h = NEWTON_STEP * Math.max(NEWTON_STEP, Math.abs(guess[j]));
                    System.arraycopy(guess, 0, shifted, 0, n);
                    shifted[j] += h;
                    residual(tNext, shifted, rhs);
                    for (int i = 0; i < n; i++) {
                        jacobian[i][j] = (rhs[i] - residual[i]) / h;
                    }
                }
                DenseLu lu = new DenseLu(jacobian);
                if (lu.isSingular()) {
                    throw new DivergenceException(request.model().variableNames().get(0), tNext, Double.NaN,
                            "the Volterra solver's Jacobian is singular at t = " + tNext);
                }
                lu.solve(residual, correction);
                double size = 0;
                for (int i = 0; i < n; i++) {
                    guess[i] -= correction[i];
                    size = Math.max(size, Math.abs(correction[i]));
                }
                if (!(size < NEWTON_TOLERANCE) && iteration >= MAX_NEWTON) {
                    throw new DivergenceException(request.model().variableNames().get(0), tNext, Double.NaN,
                            "the Volterra solver's Newton iteration does not converge at t = " + tNext);
                }
                if (size < NEWTON_TOLERANCE) {
                    break;
                }
            }
            residual(tNext, guess, residual);
            System.arraycopy(guess, 0, y, 0, n);
            remember(tNext);
        }

        /** G(g): g's integrals at tNext, then g - (the implicit trapezoidal step, or the integral equation). */
        private void residual(double t, double[] g, double[] out) {
            ev.fixed(t, g, current, fixed);
            for (int k = 0; k < kernels; k++) {
                current[k] = sums[k] + last(mu[k]) * ev.integrand(k, t, t, g, fixed)
                        * (convolution[k] != null ? convolution[k][0] : 1);
            }
            ev.rightHandSides(t, g, current, out);
            evaluations++;
            for (int i = 0; i < n; i++) {
                out[i] = integral[i] ? out[i] - g[i] : known[i] + 0.5 * dt * out[i] - g[i];
            }
        }
    }
}
