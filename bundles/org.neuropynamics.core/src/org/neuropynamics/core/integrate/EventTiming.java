package org.neuropynamics.core.integrate;

/**
 * How runs locate threshold events (spikes). Adaptive methods interpolate on their dense output, except in
 * {@link #XPPAUT} mode.
 */
public enum EventTiming {
    /**
     * The crossing is located inside the step on a cubic Hermite interpolant of the state (values and
     * derivatives at both ends) by a root find on the switching function; the spike time is that crossing;
     * the reset is applied to the interpolated state at that time, the refractory period starts there, and
     * the rest of the step is integrated from the reset state so the run stays on its grid.
     */
    INTERPOLATED,
    /**
     * Brian2's convention: the switching function is checked at step ends only; a spike is stamped at the
     * start of the step that crossed, the reset applied to the state at the step's end, and the refractory
     * period counted in whole steps ({@code round(tref / dt)} steps from the spike stamp).
     */
    STEP_START,
    /**
     * XPPAUT's rule for {@code global} events (its {@code flags.c}): the step is taken whole; an event whose
     * condition crossed fires at {@code s = g0 / (g0 - g1)} of the step (the condition taken as linear in
     * time), on the state interpolated linearly between the step's ends; the assignments apply there and the
     * rest of the step is integrated from the new state. Adaptive methods use it too. The default for
     * {@code .ode} files.
     */
    XPPAUT
}
