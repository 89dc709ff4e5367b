package org.neuropynamics.core.integrate;

import java.util.List;

/** Divergence detection and cancellation polling shared by the run loops. */
final class RunGuard {

    /** Steps between two polls of the monitor. */
    static final int POLL_INTERVAL = 2048;

    private final RunMonitor monitor;
    private final double limit;
    private final List<String> names;
    private final double tStart;
    private final double span;

    RunGuard(SimulationRequest r, RunMonitor monitor) {
        this.monitor = monitor == null ? RunMonitor.NONE : monitor;
        this.limit = r.divergenceLimit();
        this.names = r.model().variableNames();
        this.tStart = r.tStart();
        this.span = r.tEnd() - r.tStart();
    }

    /** Throws a {@link DivergenceException} when a component is NaN, infinite or beyond the limit. */
    void checkFinite(double t, double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (!(Math.abs(y[i]) <= limit)) {
                throw DivergenceException.of(names.get(i), t, y[i], limit);
            }
        }
    }

    /** Reports progress and throws {@link RunCanceledException} when the monitor asks to stop. */
    void poll(double t) {
        if (monitor.isCanceled()) {
            throw new RunCanceledException(t);
        }
        monitor.worked(Math.min(1, Math.max(0, (t - tStart) / span)));
    }

    void done() {
        monitor.worked(1);
    }
}
