package org.neuropynamics.core.integrate;

/**
 * The loop of a fixed-step run on the grid {@code tStart + k dt} (the last step shortened to end exactly at
 * {@code tEnd}), with threshold events located as {@link EventTiming} says and refractory clamping.
 * <p>
 * Choice for events in {@link EventTiming#INTERPOLATED} mode: a grid step that crosses is split at the
 * located crossing; the state there (from the Hermite interpolant) is reset, and the remaining part of the
 * grid step is integrated from the reset state as a shorter step, so samples stay on the grid and the
 * post-reset trajectory is not delayed by up to a step. A refractory period that ends inside a grid step
 * splits it the same way. Stages at the end of a step read the current protocol's left limit there, so a
 * protocol that jumps on a grid point changes the current from the next step on (exactly, for any method).
 */
final class FixedStepRun {

    private static final double TINY = 1e-9;
    private static final int MAX_EVENTS_PER_STEP = 1000;

    private final SimulationRequest request;
    private final DrivenSystem sys;
    private final SpikeDetector detector;
    private final FixedStepScheme scheme;
    private final RunGuard guard;
    private final int n;
    private final double dt;
    private double[] y;
    private double[] yPrev;
    private final double[] f0;
    private final double[] f1;
    private final double[] yEvent;
    private TraceRecorder recorder;
    private boolean refractory;
    private double refractoryEnd;
    private long clampUntilStep = -1;
    private long steps;

    FixedStepRun(SimulationRequest r, RunMonitor monitor) {
        this.request = r;
        this.sys = new DrivenSystem(r);
        sys.solveAlgebraic(); // XPPAUT's Newton at every evaluation for 0= equations (issue 14)
        this.detector = new SpikeDetector(r.model(), sys.p);
        this.n = sys.dimension();
        this.scheme = r.method() instanceof IntegrationMethod.CashKarp ck ? new CashKarpScheme(ck, r)
                : FixedStepScheme.of(r.method(), n);
        this.guard = new RunGuard(r, monitor);
        this.dt = r.dt();
        this.y = r.initialState().clone();
        this.yPrev = new double[n];
        this.f0 = new double[n];
        this.f1 = new double[n];
        this.yEvent = new double[n];
    }

    Trace run() {
        double t0 = request.tStart();
        double tEnd = request.tEnd();
        long nSteps = Math.max(1, (long) Math.ceil((tEnd - t0) / dt - TINY));
        long stride = Math.max(1, Math.round(request.sampleInterval() / dt));
        long expected = nSteps / stride + 1 + (nSteps % stride != 0 ? 1 : 0);
        if (expected > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many samples (" + expected + "); raise the sampling interval");
        }
        recorder = new TraceRecorder(request.recordedVariables(), (int) expected);
        guard.checkFinite(t0, y);
        recorder.sample(t0, y);
        boolean grid = request.eventTiming() == EventTiming.STEP_START;
        for (long k = 0; k < nSteps; k++) {
            double tA = t0 + k * dt;
            double tB = k == nSteps - 1 ? tEnd : t0 + (k + 1) * dt;
            if (grid) {
                advanceOnGrid(k, tA, tB);
            } else {
                advanceInterpolated(tA, tB, request.eventTiming() == EventTiming.XPPAUT);
            }
            steps++;
            sys.afterStep(tB, y);
            if ((k + 1) % stride == 0 || k == nSteps - 1) {
                recorder.sample(tB, y);
            }
            if ((k & (RunGuard.POLL_INTERVAL - 1)) == 0) {
                guard.poll(tB);
            }
        }
        guard.done();
        return recorder.finish(request.model(), y, tEnd, steps, 0, sys.evaluations);
    }

    private void stepFrom(double t, double h) {
        // stages at the step's end read the protocol's left limit, so a jump on the grid starts with the next step
        sys.capProtocol(t + h);
        sys.beforeStep(t, y, h);
        double[] swap = yPrev;
        yPrev = y;
        y = swap;
        scheme.step(sys, t, yPrev, h, y);
        guard.checkFinite(t + h, y);
    }

    private void advanceOnGrid(long k, double tA, double tB) {
        boolean inRefractory = k < clampUntilStep;
        sys.setClamped(inRefractory);
        if (!inRefractory) {
            detector.mark(tA, y);
        }
        stepFrom(tA, tB - tA);
        if (inRefractory) {
            return;
        }
        sys.setCurrent(tB);
        if (detector.crossed(tB, y)) {
            recorder.spike(tA);
            if (detector.resets()) {
                detector.fire(tB, y);
                guard.checkFinite(tB, y);
                long refractorySteps = Math.round(detector.refractoryPeriod() / dt);
                if (refractorySteps > 0) {
                    clampUntilStep = k + refractorySteps;
                }
            }
        }
    }

    private void advanceInterpolated(double tA, double tB, boolean linear) {
        double s = tA;
        int events = 0;
        while (tB - s > TINY * dt) {
            if (refractory && refractoryEnd <= s + TINY * dt) {
                refractory = false;
                sys.setClamped(false);
            }
            double e = refractory && refractoryEnd < tB ? refractoryEnd : tB;
            double h = e - s;
            boolean watch = !refractory;
            if (watch) {
                sys.setCurrent(s);
                detector.mark(s, y);
            }
            stepFrom(s, h);
            if (watch) {
                sys.setCurrent(e);
                if (detector.crossed(e, y)) {
                    double tStar = linear ? locateLinear(s, h) : locateInStep(s, h);
                    recorder.spike(tStar);
                    if (detector.resets()) {
                        System.arraycopy(yEvent, 0, y, 0, n);
                        sys.setCurrent(tStar);
                        detector.fire(tStar, y);
                        guard.checkFinite(tStar, y);
                        double tref = detector.refractoryPeriod();
                        if (tref > 0) {
                            refractory = true;
                            refractoryEnd = tStar + tref;
                            sys.setClamped(true);
                        }
                        if (++events > MAX_EVENTS_PER_STEP) {
                            throw new IllegalStateException("more than " + MAX_EVENTS_PER_STEP
                                    + " spikes in one step near t = " + tStar + " ms: the reset does not bring "
                                    + "the state below threshold");
                        }
                        s = tStar;
                        continue;
                    }
                }
            }
            s = e;
        }
    }

    /** XPPAUT's location: linear in the condition and in the state (see {@link EventTiming#XPPAUT}). */
    private double locateLinear(double s, double h) {
        double theta = detector.locateLinear();
        for (int i = 0; i < n; i++) {
            yEvent[i] = yPrev[i] + theta * (y[i] - yPrev[i]);
        }
        return s + theta * h;
    }

    /**
     * Locates the crossing on the cubic Hermite interpolant between (s, yPrev) and (s + h, y); leaves the
     * interpolated state at the crossing in {@code yEvent} and returns its time.
     */
    private double locateInStep(double s, double h) {
        sys.derivatives(s, yPrev, f0);
        sys.derivatives(s + h, y, f1);
        double theta = detector.locateFirst(th -> {
            hermite(th, h);
            return yEvent;
        }, s, h);
        hermite(theta, h);
        return s + theta * h;
    }

    private void hermite(double th, double h) {
        double om = 1 - th;
        double h00 = (1 + 2 * th) * om * om;
        double h10 = th * om * om * h;
        double h01 = th * th * (3 - 2 * th);
        double h11 = -th * th * om * h;
        for (int i = 0; i < n; i++) {
            yEvent[i] = h00 * yPrev[i] + h10 * f0[i] + h01 * y[i] + h11 * f1[i];
        }
    }
}
