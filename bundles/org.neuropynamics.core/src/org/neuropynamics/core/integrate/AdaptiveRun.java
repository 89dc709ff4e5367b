package org.neuropynamics.core.integrate;

import java.util.Locale;

/**
 * The loop of an adaptive run with an {@link AdaptiveStepper} (Dormand-Prince 5(4), RODAS): error per step in
 * the RMS norm weighted by {@code atol + rtol max(|y|, |y1|)}, step control as Hairer's codes (PI control
 * with the stepper's exponents, safety 0.9, growth in [0.1, 5], no growth right after a rejection), samples
 * and event times from the continuous extension, resets restarting the integration at the located event.
 * Steps end exactly at protocol discontinuities (the protocol is read at its left limit for the step that
 * ends there) and at the end of refractory periods.
 */
final class AdaptiveRun {

    private static final double SAFETY = 0.9;
    private static final double MAX_GROWTH = 5;
    private static final double MIN_GROWTH = 0.1;

    private final SimulationRequest request;
    private final DrivenSystem sys;
    private final SpikeDetector detector;
    private final RunGuard guard;
    private final AdaptiveStepper stepper;
    private final int n;
    private final double[] errorVector;
    private final double[] dense;
    private double[] y;
    private double[] y1;
    private double t;
    private boolean refractory;
    private double refractoryEnd;
    private long steps;
    private long rejected;

    AdaptiveRun(SimulationRequest r, RunMonitor monitor) {
        this.request = r;
        this.sys = new DrivenSystem(r);
        this.detector = new SpikeDetector(r.model(), sys.p);
        this.guard = new RunGuard(r, monitor);
        this.stepper = AdaptiveStepper.of(r.method(), sys);
        this.n = sys.dimension();
        this.errorVector = new double[n];
        this.dense = new double[n];
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
        stepper.restart(t, y);
        detector.mark(t, y);
        double exponent = stepper.exponent();
        double beta = stepper.beta();
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
                stepper.restart(t, y);
                detector.mark(t, y);
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
            double err = stepper.attempt(t, y, hTry, y1, request.absoluteTolerance(),
                    request.relativeTolerance(), errorVector);
            sys.uncapProtocol();
            if (!(err <= 1)) {
                rejected++;
                lastRejected = true;
                double shrink = Double.isNaN(err) ? 10 : Math.min(1 / MIN_GROWTH, Math.pow(err, exponent) / SAFETY);
                h = hTry / shrink;
                if (h < 1e-13 * Math.max(1, Math.abs(t))) {
                    throw underflow();
                }
                continue;
            }
            double fac11 = Math.pow(err, exponent);
            double fac = Math.max(1 / MAX_GROWTH, Math.min(1 / MIN_GROWTH, fac11 / Math.pow(facOld, beta) / SAFETY));
            double hNew = hTry / fac;
            facOld = Math.max(err, 1e-4);
            if (lastRejected) {
                hNew = Math.min(hNew, hTry);
            }
            lastRejected = false;
            steps++;
            double tNew = toLimit ? limit : t + hTry;
            stepper.prepareDense(t, hTry, y, y1);
            double tStar = Double.NaN;
            if (!refractory) {
                sys.setCurrent(tNew);
                if (detector.crossed(tNew, y1)) {
                    double tFrom = t;
                    double hStep = hTry;
                    double theta = detector.locateFirst(th -> {
                        stepper.denseAt(th, dense);
                        return dense;
                    }, tFrom, hStep);
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
                    stepper.denseAt((ts - t) / hTry, dense);
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
                        stepper.denseAt((tStar - t) / hTry, dense);
                        System.arraycopy(dense, 0, y, 0, n);
                    }
                    t = tStar;
                    sys.setCurrent(t);
                    detector.fire(t, y);
                    guard.checkFinite(t, y);
                    double tref = detector.refractoryPeriod();
                    if (tref > 0) {
                        refractory = true;
                        refractoryEnd = t + tref;
                        sys.setClamped(true);
                    }
                    stepper.restart(t, y);
                    detector.mark(t, y);
                    h = Math.max(hNew, 1e-6 * Math.max(1e-3, request.dt()));
                    continue;
                }
            }
            double[] swap = y;
            y = y1;
            y1 = swap;
            stepper.advanced();
            t = tNew;
            guard.checkFinite(t, y);
            if (atDiscontinuity) {
                stepper.restart(t, y);
            }
            sys.setCurrent(t);
            detector.mark(t, y);
            h = hNew;
        }
        guard.done();
        return recorder.finish(request.model(), y, tEnd, steps, rejected, sys.evaluations);
    }

    private static double sampleTime(long j, long intervals, double t0, double sample, double tEnd) {
        return j > intervals ? Double.POSITIVE_INFINITY : j == intervals ? tEnd : t0 + j * sample;
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
