package org.neuropynamics.core.integrate;

/**
 * Iteration of a map ({@code Model.Kind.MAP}): {@code y_{n+1} = f(y_n)} for iterations
 * {@code n = tStart .. tEnd - 1}; the trace's "times" are iteration numbers and the sampling interval is a
 * whole number of iterations. {@code dt} and the method are ignored; a protocol sets the current parameter
 * from the iteration number. Maps have no spikes.
 */
final class MapRun {

    private final SimulationRequest request;
    private final DrivenSystem sys;
    private final RunGuard guard;

    MapRun(SimulationRequest r, RunMonitor monitor) {
        this.request = r;
        this.sys = new DrivenSystem(r);
        this.guard = new RunGuard(r, monitor);
    }

    Trace run() {
        long first = Math.round(request.tStart());
        long iterations = Math.max(1, Math.round(request.tEnd()) - first);
        long stride = Math.max(1, Math.round(request.sampleInterval()));
        long expected = iterations / stride + 1 + (iterations % stride != 0 ? 1 : 0);
        if (expected > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many samples; raise the sampling interval");
        }
        TraceRecorder recorder = new TraceRecorder(request.recordedVariables(), (int) expected);
        double[] y = request.initialState().clone();
        double[] next = new double[y.length];
        guard.checkFinite(first, y);
        recorder.sample(first, y);
        for (long i = 0; i < iterations; i++) {
            double n = first + i;
            sys.beforeStep(n, y, 1);
            sys.derivatives(n, y, next);
            double[] swap = y;
            y = next;
            next = swap;
            guard.checkFinite(n + 1, y);
            sys.afterStep(n + 1, y);
            if ((i + 1) % stride == 0 || i == iterations - 1) {
                recorder.sample(n + 1, y);
            }
            if ((i & (RunGuard.POLL_INTERVAL - 1)) == 0) {
                guard.poll(n + 1);
            }
        }
        guard.done();
        return recorder.finish(request.model(), y, first + iterations, iterations, 0, sys.evaluations);
    }
}
