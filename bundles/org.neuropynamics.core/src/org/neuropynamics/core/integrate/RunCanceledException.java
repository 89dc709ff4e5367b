package org.neuropynamics.core.integrate;

/** Thrown when a {@link RunMonitor} cancels a run; carries the simulated time reached. */
public final class RunCanceledException extends RuntimeException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** Simulated time reached, in ms. */
    private final double time;

    /** @param time the simulated time (ms) when the run stopped */
    public RunCanceledException(double time) {
        super(String.format(java.util.Locale.ROOT, "run canceled at t = %.4g ms", time));
        this.time = time;
    }

    /** Simulated time (ms) when the run stopped. */
    public double time() {
        return time;
    }
}
