package org.neuropynamics.core.integrate;

import java.util.Locale;

/**
 * The loop of an adaptive run with an embedded FSAL pair (Dormand-Prince 5(4)): error per step in the RMS
 * norm weighted by {@code atol + rtol max(|y|, |y1|)}, PI step control (Hairer's DOPRI5: exponent 0.17,
 * beta 0.04, safety 0.9, growth in [0.1, 5], no growth right after a rejection), samples and spike times
 * from the continuous extension, resets restarting the integration at the located event. Steps end exactly
 * at protocol discontinuities (the protocol is read at its left limit for the step that ends there) and at
 * the end of refractory periods.
 */
final class AdaptiveRun {

    private static final double SAFETY = 0.9;
    private static final double BETA = 0.04;
    private static final double EXPONENT = 0.2 - BETA * 0.75;
    private static final double MAX_GROWTH = 5;
    private static final double MIN_GROWTH = 0.1;

    private final SimulationRequest request;
    private final DrivenSystem sys;
    private final SpikeDetector detector;
    private final RunGuard guard;
    private final int n;
    private final int stages;
    private final double[] c;
    private final double[][] a;
    private final double[] e;
    private final double[] d;
    private final double[][] k;
    private final double[] yStage;
    private final double[] errorVector;
    private final double[] dense;
    private final double[] dy;
    private final double[] bspl;
    private final double[] r4;
    private final double[] r5;
    private double[] y;
    private double[] y1;
    private double t;
    private double stepT;
    private double stepH;
    private boolean refractory;
    private double refractoryEnd;
    private long steps;
    private long rejected;

    AdaptiveRun(SimulationRequest r, RunMonitor monitor) {
        IntegrationMethod.EmbeddedRungeKutta m = (IntegrationMethod.EmbeddedRungeKutta) r.method();
        this.request = r;
        this.sys = new DrivenSystem(r);
        this.detector = new SpikeDetector(r.model(), sys.p);
        this.guard = new RunGuard(r, monitor);
        this.n = sys.dimension();
        ButcherTableau tab = m.tableau();
        this.stages = tab.stages();
        this.c = tab.c();
        this.a = tab.a();
        this.e = tab.errorWeights();
        this.d = m.denseWeights();
        this.k = new double[stages][n];
        this.yStage = new double[n];
        this.errorVector = new double[n];
        this.dense = new double[n];
        this.dy = new double[n];
        this.bspl = new double[n];
        this.r4 = new double[n];
        this.r5 = new double[n];
        this.y = r.initialState().clone();
        this.y1 = new double[n];
    }

    Trace run() {
        double t0 = request.tStart();
        double tEnd = request.tEnd();
        double sample = request.sampleInterval();
        long intervals = Math.max(1, (long) Math.ceil((tEnd - t0) / sample - 1e-9));
        if (intervals > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many samples; raise the sampling interval");
        }
        TraceRecorder recorder = new TraceRecorder(request.recordedVariables(), (int) intervals + 1);
        t = t0;
        guard.checkFinite(t, y);
        recorder.sample(t, y);
        long nextSample = 1;
        sys.derivatives(t, y, k[0]);
        double gPrev = detector.switching(t, y);
        double h = Math.min(request.dt(), Math.min(request.maxStep(), tEnd - t0));
        double facOld = 1e-4;
        boolean lastRejected = false;
        long attempts = 0;
        while (t < tEnd) {
            if ((attempts++ & (RunGuard.POLL_INTERVAL - 1)) == 0) {
                guard.poll(t);
            }
            if (refractory && refractoryEnd <= t) {
                refractory = false;
                sys.setClamped(false);
                sys.derivatives(t, y, k[0]);
                gPrev = detector.switching(t, y);
            }
            double limit = tEnd;
            if (refractory) {
                limit = Math.min(limit, refractoryEnd);
            }
            double discontinuity = sys.nextDiscontinuity(t);
            limit = Math.min(limit, discontinuity);
            double hTry = Math.min(h, request.maxStep());
            boolean toLimit = t + 1.01 * hTry >= limit;
            if (toLimit) {
                hTry = limit - t;
            }
            boolean atDiscontinuity = toLimit && limit == discontinuity;
            if (atDiscontinuity) {
                sys.capProtocol(discontinuity);
            }
            double err = attempt(hTry);
            sys.uncapProtocol();
            if (!(err <= 1)) {
                rejected++;
                lastRejected = true;
                double shrink = Double.isNaN(err) ? 10 : Math.min(1 / MIN_GROWTH, Math.pow(err, EXPONENT) / SAFETY);
                h = hTry / shrink;
                if (h < 1e-13 * Math.max(1, Math.abs(t))) {
                    throw underflow();
                }
                continue;
            }
            double fac11 = Math.pow(err, EXPONENT);
            double fac = Math.max(1 / MAX_GROWTH, Math.min(1 / MIN_GROWTH, fac11 / Math.pow(facOld, BETA) / SAFETY));
            double hNew = hTry / fac;
            facOld = Math.max(err, 1e-4);
            if (lastRejected) {
                hNew = Math.min(hNew, hTry);
            }
            lastRejected = false;
            steps++;
            double tNew = toLimit ? limit : t + hTry;
            stepT = t;
            stepH = hTry;
            prepareDense();
            double g1 = Double.NaN;
            double tStar = Double.NaN;
            if (!refractory) {
                sys.setCurrent(tNew);
                g1 = detector.switching(tNew, y1);
                if (gPrev < 0 && g1 >= 0) {
                    double theta = SpikeDetector.locate(th -> {
                        denseAt(th);
                        return detector.switching(stepT + th * stepH, dense);
                    }, gPrev, g1);
                    tStar = theta >= 1 ? tNew : t + theta * hTry;
                }
            }
            boolean event = !Double.isNaN(tStar);
            double sampleUntil = event ? tStar : tNew;
            for (double ts = sampleTime(nextSample, intervals, t0, sample, tEnd); ts <= sampleUntil;
                    ts = sampleTime(++nextSample, intervals, t0, sample, tEnd)) {
                if (ts == tNew) {
                    recorder.sample(ts, y1);
                } else {
                    denseAt((ts - t) / hTry);
                    recorder.sample(ts, dense);
                }
                if (nextSample > intervals) {
                    break;
                }
            }
            if (event) {
                recorder.spike(tStar);
                if (detector.resets()) {
                    if (tStar == tNew) {
                        System.arraycopy(y1, 0, y, 0, n);
                    } else {
                        denseAt((tStar - t) / hTry);
                        System.arraycopy(dense, 0, y, 0, n);
                    }
                    t = tStar;
                    sys.setCurrent(t);
                    detector.reset(t, y);
                    guard.checkFinite(t, y);
                    double tref = detector.refractoryPeriod();
                    if (tref > 0) {
                        refractory = true;
                        refractoryEnd = t + tref;
                        sys.setClamped(true);
                    }
                    sys.derivatives(t, y, k[0]);
                    gPrev = detector.switching(t, y);
                    h = Math.max(hNew, 1e-6 * Math.max(1e-3, request.dt()));
                    continue;
                }
            }
            double[] swap = y;
            y = y1;
            y1 = swap;
            double[] kSwap = k[0];
            k[0] = k[stages - 1];
            k[stages - 1] = kSwap;
            t = tNew;
            guard.checkFinite(t, y);
            if (atDiscontinuity) {
                sys.derivatives(t, y, k[0]);
            }
            sys.setCurrent(t);
            gPrev = detector.switching(t, y);
            h = hNew;
        }
        guard.done();
        return recorder.finish(request.model(), y, tEnd, steps, rejected, sys.evaluations);
    }

    private static double sampleTime(long j, long intervals, double t0, double sample, double tEnd) {
        return j > intervals ? Double.POSITIVE_INFINITY : j == intervals ? tEnd : t0 + j * sample;
    }

    /** One attempted step of size h from (t, y); the new state goes to y1; returns the error norm. */
    private double attempt(double h) {
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
            sys.derivatives(t + c[s] * h, target, k[s]);
        }
        double atol = request.absoluteTolerance();
        double rtol = request.relativeTolerance();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ei = 0;
            for (int s = 0; s < stages; s++) {
                ei += e[s] * k[s][i];
            }
            ei *= h;
            double scale = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(y1[i]));
            errorVector[i] = ei / scale;
            sum += errorVector[i] * errorVector[i];
        }
        return Math.sqrt(sum / n);
    }

    private void prepareDense() {
        double h = stepH;
        int last = stages - 1;
        for (int i = 0; i < n; i++) {
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

    /** The continuous extension at fraction theta of the current step, into {@code dense}. */
    private void denseAt(double theta) {
        double t1 = 1 - theta;
        for (int i = 0; i < n; i++) {
            dense[i] = y[i] + theta * (dy[i] + t1 * (bspl[i] + theta * (r4[i] + t1 * r5[i])));
        }
    }

    private DivergenceException underflow() {
        int worst = 0;
        for (int i = 1; i < n; i++) {
            if (!(Math.abs(errorVector[i]) <= Math.abs(errorVector[worst]))) {
                worst = i;
            }
        }
        String name = request.model().variableNames().get(worst);
        return new DivergenceException(name, t, y[worst], String.format(Locale.ROOT,
                "%s: step size underflow at t = %s ms (the solution blows up or the system is too stiff)",
                name, DivergenceException.formatTime(t)));
    }
}
