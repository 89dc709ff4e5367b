package org.neuropynamics.core.integrate;

import java.util.Locale;

/**
 * The loop of a run with XPPAUT's {@code gear} method ({@link IntegrationMethod.Gear}): Gear's variable-order
 * (1 to 6), variable-step backward differentiation formulas in Nordsieck form, as in Gear's DIFSUB (C. W. Gear,
 * Numerical Initial Value Problems in Ordinary Differential Equations, 1971, and Algorithm 407, CACM 14, 1971),
 * the algorithm of XPPAUT's {@code gear.c} (docs/architecture.md, "Stiff systems and XPPAUT's numerics";
 * issue 14). XPPAUT's {@code gear} output is this algorithm's, not that of any tight-tolerance solver: at its
 * default tolerance 0.001 it is off the exact trajectory by a quarter of the voltage range of
 * {@code hhred.ode} by the third spike, so matching XPPAUT means running the same algorithm with the same
 * step and order control:
 * <ul>
 * <li>the run advances from output time to output time {@code tStart + k dt} (the last step is shortened to
 * end there, except that a step retried after a failure may pass it: the sample is then at the time reached,
 * as XPPAUT writes it), keeping the Nordsieck history between calls; the first call starts at order 1
 * with the step {@code minStep} (XPPAUT's {@code dtmin}, 1e-12 by default);</li>
 * <li>each step predicts with the Pascal-triangle update of the Nordsieck array and corrects by at most three
 * Newton iterations with {@code I - h l0 J}, {@code J} by forward differences of step
 * {@code eps max(eps, |y_j|)}, kept until an iteration fails to converge, the order changes or a step fails;
 * an iteration has converged when every correction is at most {@code eps / (2 (q + 2) n)} times the largest
 * magnitude the variable has had (at least 1);</li>
 * <li>the error test is the weighted sum of squares of the accumulated corrections against
 * {@code (c_q eps)^2} with Gear's constants; after {@code q + 1} accepted steps the step and order are chosen
 * from the three estimates (order q - 1, q, q + 1, with Gear's safety factors 1.3, 1.2, 1.4), never grown
 * by less than 10 %; a failed step is retried with a smaller step, three failures restart at order 1;</li>
 * <li>{@code eps} is the request's relative tolerance (XPPAUT's {@code tol}); the step is kept within
 * [{@code minStep}, {@code maxStep}] when it is rescaled.</li>
 * </ul>
 * The corrector's linear algebra rounds as LINPACK's {@code sgefa}/{@code sgesl} (XPPAUT's), so on a
 * right-hand side without transcendental functions (Robertson's problem) the run is bit for bit XPPAUT's
 * algorithm. Its step and order choices amplify round-off: on {@code hhred.ode} a last-bit difference of one
 * {@code exp} or {@code m^3} grows to a different spike time after a few spikes, so XPPAUT's own output
 * depends on its C library's {@code exp} and {@code pow} (docs/architecture.md, "Stiff systems and XPPAUT's
 * numerics").
 * Written from the algorithm's description and XPPAUT's source as reference (read, not copied). Models with
 * events or a refractory clamp are run with {@code rodas} instead (XPPAUT's gear has its own event stepping,
 * not reproduced here).
 */
final class GearRun {

    private static final int MAX_ORDER = 6;
    /** Gear's error constants per order: for order q-1 (down), q (same), q+1 (up), as in DIFSUB. */
    private static final double[][] PERTST = {{2, 3, 1}, {4.5, 6, 1}, {7.333, 9.167, .5}, {10.42, 12.5, .1667},
        {13.7, 15.98, .04133}, {17.15, 1, .008267}, {1, 1, 1}};

    private final SimulationRequest request;
    private final DrivenSystem sys;
    private final RunGuard guard;
    private final int n;
    private final double eps;
    private final double hmin;
    private final double hmax;
    private final double[][] save = new double[8][];
    private final double[][] ytable = new double[8][];
    private final double[] save9;
    private final double[] save10;
    private final double[] save11;
    private final double[] save12;
    private final double[] solution;
    private final double[] ymax;
    private final double[] error;
    private final double[][] matrix;
    private final int[] pivot;
    private final double[] a = new double[7];
    // the integrator's state between two output times (XPPAUT keeps it in its work arrays)
    private int k;
    private int nq;
    private int nqold;
    private int idoub;
    private int iret1;
    private int iret;
    private int newq;
    private int iweval;
    private int jstart;
    private int kflag;
    private double h;
    private double hold;
    private double hnew;
    private double told;
    private double racum;
    private double enq1;
    private double enq2;
    private double enq3;
    private double e;
    private double edwn;
    private double eup;
    private double bnd;
    private double t;
    private long steps;
    private long rejected;

    GearRun(SimulationRequest r, RunMonitor monitor) {
        this.request = r;
        this.sys = new DrivenSystem(r);
        this.guard = new RunGuard(r, monitor);
        this.n = sys.dimension();
        IntegrationMethod.Gear gear = (IntegrationMethod.Gear) r.method();
        this.eps = r.relativeTolerance() > 0 ? r.relativeTolerance() : r.absoluteTolerance();
        this.hmin = gear.minStep();
        this.hmax = r.maxStep();
        for (int j = 0; j < 8; j++) {
            save[j] = new double[n];
            ytable[j] = new double[n];
        }
        save9 = new double[n];
        save10 = new double[n];
        save11 = new double[n];
        save12 = new double[n];
        solution = new double[n];
        ymax = new double[n];
        error = new double[n];
        matrix = new double[n][n];
        pivot = new int[n];
    }

    Trace run() {
        double t0 = request.tStart();
        double tEnd = request.tEnd();
        double dt = request.dt();
        long calls = Math.max(1, (long) Math.ceil((tEnd - t0) / dt - 1e-9));
        long stride = Math.max(1, Math.round(request.sampleInterval() / dt));
        long expected = calls / stride + 2;
        if (expected > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many samples (" + expected + "); raise the sampling interval");
        }
        TraceRecorder recorder = new TraceRecorder(request.recordedVariables(), (int) expected);
        double[] y = request.initialState().clone();
        t = t0;
        guard.checkFinite(t, y);
        recorder.sample(t, y);
        jstart = 0;
        for (long c = 0; c < calls; c++) {
            double tout = c == calls - 1 ? tEnd : t0 + dt * (c + 1);
            int flag = advance(y, tout);
            if (flag < 0) {
                throw failure(flag, y);
            }
            guard.checkFinite(t, y);
            if ((c + 1) % stride == 0 || c == calls - 1) {
                recorder.sample(t, y); // the time reached: a step retried after a failure may pass tout
            }
            if ((c & (RunGuard.POLL_INTERVAL - 1)) == 0) {
                guard.poll(t);
            }
        }
        guard.done();
        return recorder.finish(request.model(), y, t, steps, rejected, sys.evaluations);
    }

    private DivergenceException failure(int flag, double[] y) {
        String why = switch (flag) {
            case -1, -3 -> "the step fell to dtmin " + hmin + " (the error or the corrector fails at it)";
            case -4 -> "the tolerance is too small for the order-1 step";
            default -> "the required order is above 6";
        };
        String name = request.model().variableNames().get(0);
        return new DivergenceException(name, t, y[0], String.format(Locale.ROOT,
                "gear stops at t = %s ms: %s; try a larger tol or dtmin, or --method rodas",
                DivergenceException.formatTime(t), why));
    }

    /**
     * Advances the Nordsieck history from {@code t} to {@code tout} (steps shortened to end there), the state
     * read from and written back to {@code y}. Returns the flag: 1 on success, negative on failure (-1 and -3
     * the step fell to its minimum, -4 the tolerance is too small, -2 order too high). The labels are those of
     * Gear's DIFSUB, whose control flow this follows.
     */
    private int advance(double[] y, double tout) {
        final int mf = 2; // corrector with a Jacobian by differences
        int mtyp = 1;
        double r = 0;
        double d = 0;
        double pr1;
        double pr2;
        double pr3;
        double deltat = tout - t;
        if (jstart == 0) {
            h = deltat < 0 ? -Math.abs(hmin) : Math.abs(hmin);
        }
        if (Math.abs(deltat) < hmin) {
            return -1;
        }
        System.arraycopy(y, 0, ytable[0], 0, n);
        int label = 70;
        while (true) {
            switch (label) {
                case 70 -> {
                    iret = 1;
                    kflag = 1;
                    if (h > 0 && t + h > tout) {
                        h = tout - t;
                    }
                    if (h < 0 && t + h < tout) {
                        h = tout - t;
                    }
                    label = jstart <= 0 ? 120 : 80;
                }
                case 80 -> {
                    for (int j = 0; j < k; j++) {
                        System.arraycopy(ytable[j], 0, save[j], 0, n);
                    }
                    hold = hnew;
                    if (h == hold) {
                        label = 110;
                    } else {
                        racum = h / hold;
                        iret1 = 1;
                        label = 820;
                    }
                }
                case 100 -> {
                    racum = h / hold;
                    iret1 = 1;
                    label = 820;
                }
                case 110 -> {
                    nqold = nq;
                    told = t;
                    racum = 1;
                    label = jstart > 0 ? 330 : 150;
                }
                case 120 -> {
                    if (jstart == -1) {
                        label = 140;
                    } else {
                        nq = 1;
                        sys.derivatives(t, ytable[0], save11);
                        for (int i = 0; i < n; i++) {
                            ytable[1][i] = save11[i] * h;
                            ymax[i] = 1;
                        }
                        hnew = h;
                        k = 2;
                        label = 80;
                    }
                }
                case 140 -> {
                    if (nq == nqold) {
                        jstart = 1;
                    }
                    t = told;
                    nq = nqold;
                    k = nq + 1;
                    label = 100;
                }
                case 150 -> {
                    if (nq > MAX_ORDER) {
                        kflag = -2;
                        label = 860;
                    } else {
                        coefficients(nq);
                        k = nq + 1;
                        idoub = k;
                        mtyp = (4 - mf) / 2;
                        enq2 = .5 / (nq + 1);
                        enq3 = .5 / (nq + 2);
                        enq1 = .5 / nq;
                        eup = sqr(PERTST[nq - 1][1] * eps);
                        e = sqr(PERTST[nq - 1][0] * eps);
                        edwn = sqr(PERTST[nq - 1][2] * eps);
                        if (edwn == 0) {
                            label = 850;
                        } else {
                            bnd = eps * enq3 / n;
                            iweval = 2;
                            label = iret == 2 ? 750 : 330;
                        }
                    }
                }
                case 330 -> label = correct() ? 560 : 520;
                case 520 -> {
                    rejected++;
                    t = told;
                    if (h <= hmin * 1.000001 && iweval - mtyp < -1) {
                        kflag = -3;
                        label = 540;
                    } else {
                        if (iweval != 0) {
                            racum *= .25;
                        }
                        iweval = mf;
                        iret1 = 2;
                        label = 820;
                    }
                }
                case 540 -> {
                    for (int j = 0; j < k; j++) {
                        System.arraycopy(save[j], 0, ytable[j], 0, n);
                    }
                    h = hold;
                    nq = nqold;
                    jstart = nq;
                    label = 860;
                }
                case 560 -> {
                    d = 0;
                    for (int i = 0; i < n; i++) {
                        d += sqr(error[i] / ymax[i]);
                    }
                    iweval = 0;
                    if (d > e) {
                        label = 610;
                    } else {
                        steps++;
                        for (int j = 3; j <= k; j++) {
                            for (int i = 0; i < n; i++) {
                                ytable[j - 1][i] += a[j - 1] * error[i];
                            }
                        }
                        kflag = 1;
                        hnew = h;
                        if (idoub <= 1) {
                            label = 620;
                        } else {
                            idoub--;
                            if (idoub <= 1) {
                                System.arraycopy(error, 0, save10, 0, n);
                            }
                            label = 770;
                        }
                    }
                }
                case 610 -> {
                    rejected++;
                    kflag -= 2;
                    if (h <= hmin * 1.00001) {
                        label = 810;
                    } else {
                        t = told;
                        label = kflag <= -5 ? 790 : 620;
                    }
                }
                case 620 -> {
                    // step factors for order q (pr2), q + 1 (pr3) and q - 1 (pr1); the smallest wins
                    pr2 = 1.2 * Math.pow(d / e, enq2);
                    pr3 = 1e20;
                    if (nq < MAX_ORDER && kflag > -1) {
                        d = 0;
                        for (int i = 0; i < n; i++) {
                            d += sqr((error[i] - save10[i]) / ymax[i]);
                        }
                        pr3 = 1.4 * Math.pow(d / eup, enq3);
                    }
                    pr1 = 1e20;
                    if (nq > 1) {
                        d = 0;
                        for (int i = 0; i < n; i++) {
                            d += sqr(ytable[k - 1][i] / ymax[i]);
                        }
                        pr1 = 1.3 * Math.pow(d / edwn, enq1);
                    }
                    if (pr2 <= pr3) {
                        if (pr2 > pr1) {
                            r = 1 / Math.max(pr1, 1e-4);
                            newq = nq - 1;
                        } else {
                            newq = nq;
                            r = 1 / Math.max(pr2, 1e-4);
                        }
                    } else if (pr3 < pr1) {
                        r = 1 / Math.max(pr3, 1e-4);
                        newq = nq + 1;
                    } else {
                        r = 1 / Math.max(pr1, 1e-4);
                        newq = nq - 1;
                    }
                    label = 680;
                }
                case 680 -> {
                    idoub = 10;
                    if (kflag == 1 && r < 1.1) {
                        label = 770;
                    } else {
                        if (newq > nq) {
                            for (int i = 0; i < n; i++) {
                                ytable[newq][i] = error[i] * a[k - 1] / k;
                            }
                        }
                        k = newq + 1;
                        if (kflag == 1) {
                            label = 740;
                        } else {
                            racum *= r;
                            iret1 = 3;
                            label = 820;
                        }
                    }
                }
                case 710 -> {
                    if (newq == nq) {
                        label = 330;
                    } else {
                        nq = newq;
                        label = 150;
                    }
                }
                case 740 -> {
                    iret = 2;
                    h *= r;
                    hnew = h;
                    if (nq == newq) {
                        label = 750;
                    } else {
                        nq = newq;
                        label = 150;
                    }
                }
                case 750 -> {
                    double r1 = 1;
                    for (int j = 2; j <= k; j++) {
                        r1 *= r;
                        for (int i = 0; i < n; i++) {
                            ytable[j - 1][i] *= r1;
                        }
                    }
                    idoub = k;
                    label = 770;
                }
                case 770 -> {
                    for (int i = 0; i < n; i++) {
                        ymax[i] = Math.max(ymax[i], Math.abs(ytable[0][i]));
                    }
                    jstart = nq;
                    if ((h > 0 && t >= tout) || (h < 0 && t <= tout)) {
                        label = 860;
                    } else {
                        label = 70;
                    }
                }
                case 790 -> {
                    // three failures in a row: restart at order 1 from the last accepted values
                    if (nq == 1) {
                        label = 850;
                    } else {
                        sys.derivatives(t, ytable[0], save11);
                        r = h / hold;
                        for (int i = 0; i < n; i++) {
                            ytable[0][i] = save[0][i];
                            save[1][i] = hold * save11[i];
                            ytable[1][i] = r * save[1][i];
                        }
                        nq = 1;
                        kflag = 1;
                        label = 150;
                    }
                }
                case 810 -> {
                    kflag = -1;
                    hnew = h;
                    jstart = nq;
                    label = 860;
                }
                case 820 -> {
                    // rescale the history from the last accepted step hold to hold * racum
                    racum = Math.max(Math.abs(hmin / hold), racum);
                    racum = Math.min(racum, Math.abs(hmax / hold));
                    double r1 = 1;
                    for (int j = 2; j <= k; j++) {
                        r1 *= racum;
                        for (int i = 0; i < n; i++) {
                            ytable[j - 1][i] = save[j - 1][i] * r1;
                        }
                    }
                    h = hold * racum;
                    System.arraycopy(save[0], 0, ytable[0], 0, n);
                    idoub = k;
                    label = iret1 == 1 ? 110 : iret1 == 2 ? 330 : 710;
                }
                case 850 -> {
                    kflag = -4;
                    label = 540;
                }
                case 860 -> {
                    System.arraycopy(ytable[0], 0, y, 0, n);
                    return kflag;
                }
                default -> throw new IllegalStateException("gear: no label " + label);
            }
        }
    }

    /**
     * Label 330: one step of size h: predicts (Pascal triangle on the Nordsieck array) and corrects by at most
     * three Newton iterations. True when the corrections converged.
     */
    private boolean correct() {
        t += h;
        for (int j = 2; j <= k; j++) {
            for (int j1 = j; j1 <= k; j1++) {
                int j2 = k - j1 + j - 1;
                for (int i = 0; i < n; i++) {
                    ytable[j2 - 1][i] += ytable[j2][i];
                }
            }
        }
        java.util.Arrays.fill(error, 0);
        for (int l = 0; l < 3; l++) {
            sys.derivatives(t, ytable[0], save11);
            if (iweval >= 1) {
                // I - h l0 J, J by forward differences
                System.arraycopy(ytable[0], 0, save9, 0, n);
                for (int j = 0; j < n; j++) {
                    double r = eps * Math.max(eps, Math.abs(save9[j]));
                    ytable[0][j] += r;
                    double d = a[0] * h / r;
                    sys.derivatives(t, ytable[0], save12);
                    for (int i = 0; i < n; i++) {
                        matrix[i][j] = (save12[i] - save11[i]) * d;
                    }
                    ytable[0][j] = save9[j];
                }
                for (int i = 0; i < n; i++) {
                    matrix[i][i] += 1;
                }
                iweval = -1;
                if (!factor()) {
                    return false;
                }
            }
            for (int i = 0; i < n; i++) {
                save12[i] = ytable[1][i] - save11[i] * h;
            }
            solve(save12, solution);
            int notConverged = n;
            for (int i = 0; i < n; i++) {
                ytable[0][i] += a[0] * solution[i];
                ytable[1][i] -= solution[i];
                error[i] += solution[i];
                if (Math.abs(solution[i]) <= bnd * ymax[i]) {
                    notConverged--;
                }
            }
            if (notConverged <= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * LU factorisation of {@link #matrix} in place with partial pivoting, in LINPACK's order of operations
     * (multipliers scaled by {@code -1/pivot}, column updates): XPPAUT's gear output depends on the last bits
     * of the corrector (docs/architecture.md, "Stiff systems and XPPAUT's numerics"), so the factorisation
     * rounds as XPPAUT's does. False at a zero pivot.
     */
    private boolean factor() {
        double[][] m = matrix;
        boolean ok = true;
        for (int c = 0; c < n - 1; c++) {
            int l = c;
            double big = Math.abs(m[c][c]);
            for (int i = c + 1; i < n; i++) {
                if (Math.abs(m[i][c]) > big) {
                    big = Math.abs(m[i][c]);
                    l = i;
                }
            }
            pivot[c] = l;
            if (m[l][c] == 0) {
                ok = false;
                continue;
            }
            if (l != c) {
                double tmp = m[l][c];
                m[l][c] = m[c][c];
                m[c][c] = tmp;
            }
            double scale = -1.0 / m[c][c];
            for (int i = c + 1; i < n; i++) {
                m[i][c] *= scale;
            }
            for (int j = c + 1; j < n; j++) {
                double tj = m[l][j];
                if (l != c) {
                    m[l][j] = m[c][j];
                    m[c][j] = tj;
                }
                for (int i = c + 1; i < n; i++) {
                    m[i][j] += tj * m[i][c];
                }
            }
        }
        pivot[n - 1] = n - 1;
        return ok && m[n - 1][n - 1] != 0 && Double.isFinite(m[n - 1][n - 1]);
    }

    /** Solves with the factor of {@link #factor()} into {@code x}. */
    private void solve(double[] b, double[] x) {
        double[][] m = matrix;
        System.arraycopy(b, 0, x, 0, n);
        for (int c = 0; c < n - 1; c++) {
            int l = pivot[c];
            double tc = x[l];
            if (l != c) {
                x[l] = x[c];
                x[c] = tc;
            }
            for (int i = c + 1; i < n; i++) {
                x[i] += tc * m[i][c];
            }
        }
        for (int c = n - 1; c >= 0; c--) {
            x[c] /= m[c][c];
            double tc = -x[c];
            for (int i = 0; i < c; i++) {
                x[i] += tc * m[i][c];
            }
        }
    }

    /** The Nordsieck coefficients l of the backward differentiation formula of order q (a = -l). */
    private void coefficients(int q) {
        switch (q) {
            case 1 -> set(-1, -1);
            case 2 -> set(-2.0 / 3, -1, -1.0 / 3);
            case 3 -> set(-6.0 / 11, -1, -6.0 / 11, -1.0 / 11);
            case 4 -> set(-.48, -1, -.7, -.2, -.02);
            case 5 -> set(-120.0 / 274, -1, -225.0 / 274, -85.0 / 274, -15.0 / 274, -1.0 / 274);
            default -> set(-180.0 / 441, -1, -58.0 / 63, -5.0 / 12, -25.0 / 252, -3.0 / 252, -1.0 / 1764);
        }
    }

    private void set(double... values) {
        System.arraycopy(values, 0, a, 0, values.length);
    }

    private static double sqr(double x) {
        return x * x;
    }
}
