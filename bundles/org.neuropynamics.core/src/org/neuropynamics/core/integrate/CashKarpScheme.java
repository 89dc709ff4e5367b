package org.neuropynamics.core.integrate;

import java.util.Locale;

/**
 * One output interval of a run with XPPAUT's {@code qualrk} method ({@link IntegrationMethod.CashKarp}),
 * run by {@link FixedStepRun} on the output grid (so events and their XPPAUT timing are those of the
 * fixed-step methods, as XPPAUT's {@code one_flag_step_adap} locates them over the output interval): the Cash-Karp
 * Runge-Kutta 5(4) pair with the step control of Press et al., Numerical Recipes in C (2nd ed., section 16.2,
 * {@code odeint}/{@code rkqs}/{@code rkck}), which is what XPPAUT's {@code qualrk} runs ({@code stiff.c};
 * docs/architecture.md, "Stiff systems and XPPAUT's numerics"; issue 14):
 * <ul>
 * <li>the run goes from output time to output time {@code tStart + k dt}, the last step of each interval
 * shortened to end there, the next interval starting with the step proposed after it (the first with
 * {@code dt});</li>
 * <li>the error of a step is the largest of {@code |err_i| / (|y_i| + |h f_i| + 1e-30)}, over the tolerance
 * {@code eps} (the request's relative tolerance, XPPAUT's {@code tol}); a failed step shrinks by
 * {@code 0.9 err^(-1/4)} (at most tenfold), an accepted one grows by {@code 0.9 err^(-1/5)} (fivefold when
 * the error is below 1.89e-4);</li>
 * <li>a proposed step at or below {@code minStep} (XPPAUT's {@code dtmin}) stops the run, as do 100000 steps in
 * one output interval.</li>
 * </ul>
 * XPPAUT's {@code qualrk} output at its default tolerance 1e-3 is this algorithm's, a few per mille of the range
 * away from the exact trajectory on its pendulum examples, so matching XPPAUT means running the same algorithm.
 * Written from the published algorithm, XPPAUT's source read as reference (not copied).
 */
final class CashKarpScheme implements FixedStepScheme {

    private static final int MAX_STEPS = 100000;
    private static final double A2 = 0.2;
    private static final double A3 = 0.3;
    private static final double A4 = 0.6;
    private static final double A5 = 1.0;
    private static final double A6 = 0.875;
    private static final double B21 = 0.2;
    private static final double B31 = 3.0 / 40.0;
    private static final double B32 = 9.0 / 40.0;
    private static final double B41 = 0.3;
    private static final double B42 = -0.9;
    private static final double B43 = 1.2;
    private static final double B51 = -11.0 / 54.0;
    private static final double B52 = 2.5;
    private static final double B53 = -70.0 / 27.0;
    private static final double B54 = 35.0 / 27.0;
    private static final double B61 = 1631.0 / 55296.0;
    private static final double B62 = 175.0 / 512.0;
    private static final double B63 = 575.0 / 13824.0;
    private static final double B64 = 44275.0 / 110592.0;
    private static final double B65 = 253.0 / 4096.0;
    private static final double C1 = 37.0 / 378.0;
    private static final double C3 = 250.0 / 621.0;
    private static final double C4 = 125.0 / 594.0;
    private static final double C6 = 512.0 / 1771.0;
    private static final double DC1 = C1 - 2825.0 / 27648.0;
    private static final double DC3 = C3 - 18575.0 / 48384.0;
    private static final double DC4 = C4 - 13525.0 / 55296.0;
    private static final double DC5 = -277.00 / 14336.0;
    private static final double DC6 = C6 - 0.25;

    private final SimulationRequest request;
    private final int n;
    private final double eps;
    private final double hmin;
    private final double[] dydx;
    private final double[] yscal;
    private final double[] ytemp;
    private final double[] yout;
    private final double[] yerr;
    private final double[] ak2;
    private final double[] ak3;
    private final double[] ak4;
    private final double[] ak5;
    private final double[] ak6;
    private DrivenSystem sys;
    private double t;
    private double hguess;
    private double hnext;

    CashKarpScheme(IntegrationMethod.CashKarp method, SimulationRequest r) {
        this.request = r;
        this.n = r.model().dimension();
        this.eps = r.relativeTolerance() > 0 ? r.relativeTolerance() : r.absoluteTolerance();
        this.hmin = method.minStep();
        this.hguess = r.dt();
        dydx = new double[n];
        yscal = new double[n];
        ytemp = new double[n];
        yout = new double[n];
        yerr = new double[n];
        ak2 = new double[n];
        ak3 = new double[n];
        ak4 = new double[n];
        ak5 = new double[n];
        ak6 = new double[n];
    }

    /** Integrates from t to t + h with as many steps as the error needs, the step proposal kept between calls. */
    @Override
    public void step(DrivenSystem f, double t0, double[] y, double h, double[] yOut) {
        this.sys = f;
        this.t = t0;
        System.arraycopy(y, 0, yOut, 0, n);
        advance(yOut, t0 + h);
    }

    /** Numerical Recipes' odeint from t to x2 (every step, no storage), y in and out. */
    private void advance(double[] y, double x2) {
        double x1 = t;
        double x = x1;
        double h = x2 - x1 >= 0 ? Math.abs(hguess) : -Math.abs(hguess);
        for (int nstp = 1; nstp <= MAX_STEPS; nstp++) {
            sys.derivatives(x, y, dydx);
            for (int i = 0; i < n; i++) {
                yscal[i] = Math.abs(y[i]) + Math.abs(dydx[i] * h) + 1e-30;
            }
            if ((x + h - x2) * (x + h - x1) > 0) {
                h = x2 - x;
            }
            x = step(y, x, h);
            if ((x - x2) * (x2 - x1) >= 0) {
                hguess = x2 - x1 >= 0 ? Math.abs(hnext) : -Math.abs(hnext);
                return;
            }
            if (Math.abs(hnext) <= hmin) {
                throw failure(x, y, "the step fell to dtmin " + hmin);
            }
            h = hnext;
        }
        throw failure(x, y, "more than " + MAX_STEPS + " steps in one output interval");
    }

    /** Numerical Recipes' rkqs: one accepted step from x with first try h; returns the new x. */
    private double step(double[] y, double x, double htry) {
        double h = htry;
        while (true) {
            cashKarp(y, x, h);
            double errmax = 0;
            for (int i = 0; i < n; i++) {
                errmax = Math.max(errmax, Math.abs(yerr[i] / yscal[i]));
            }
            errmax /= eps;
            if (errmax > 1) {
                double htemp = 0.9 * h * Math.pow(errmax, -0.25);
                h = h >= 0 ? Math.max(htemp, 0.1 * h) : Math.min(htemp, 0.1 * h);
                if (x + h == x) {
                    throw failure(x, y, "the step underflows");
                }
                continue;
            }
            hnext = errmax > 1.89e-4 ? 0.9 * h * Math.pow(errmax, -0.2) : 5.0 * h;
            System.arraycopy(yout, 0, y, 0, n);
            return x + h;
        }
    }

    /** One Cash-Karp step of size h from (x, y) with f(x, y) in dydx: the result in yout, its error in yerr. */
    private void cashKarp(double[] y, double x, double h) {
        for (int i = 0; i < n; i++) {
            ytemp[i] = y[i] + B21 * h * dydx[i];
        }
        sys.derivatives(x + A2 * h, ytemp, ak2);
        for (int i = 0; i < n; i++) {
            ytemp[i] = y[i] + h * (B31 * dydx[i] + B32 * ak2[i]);
        }
        sys.derivatives(x + A3 * h, ytemp, ak3);
        for (int i = 0; i < n; i++) {
            ytemp[i] = y[i] + h * (B41 * dydx[i] + B42 * ak2[i] + B43 * ak3[i]);
        }
        sys.derivatives(x + A4 * h, ytemp, ak4);
        for (int i = 0; i < n; i++) {
            ytemp[i] = y[i] + h * (B51 * dydx[i] + B52 * ak2[i] + B53 * ak3[i] + B54 * ak4[i]);
        }
        sys.derivatives(x + A5 * h, ytemp, ak5);
        for (int i = 0; i < n; i++) {
            ytemp[i] = y[i] + h * (B61 * dydx[i] + B62 * ak2[i] + B63 * ak3[i] + B64 * ak4[i] + B65 * ak5[i]);
        }
        sys.derivatives(x + A6 * h, ytemp, ak6);
        for (int i = 0; i < n; i++) {
            yout[i] = y[i] + h * (C1 * dydx[i] + C3 * ak3[i] + C4 * ak4[i] + C6 * ak6[i]);
            yerr[i] = h * (DC1 * dydx[i] + DC3 * ak3[i] + DC4 * ak4[i] + DC5 * ak5[i] + DC6 * ak6[i]);
        }
    }

    private DivergenceException failure(double x, double[] y, String why) {
        String name = request.model().variableNames().get(0);
        return new DivergenceException(name, x, y[0], String.format(Locale.ROOT,
                "qualrk stops at t = %s ms: %s; try a larger tol or a smaller dtmin, or --method dopri5",
                DivergenceException.formatTime(x), why));
    }
}
