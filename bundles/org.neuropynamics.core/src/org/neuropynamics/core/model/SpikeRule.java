package org.neuropynamics.core.model;

/**
 * Threshold/reset event of a spiking model, in the spirit of a Hipparchus event detector:
 * a switching function whose upward zero crossing is a spike, and a reset applied at the crossing.
 */
public interface SpikeRule {
    /** Switching function; a spike happens when it goes from negative to zero or positive. */
    double switching(double t, double[] y, double[] p);

    /** Applies the reset in place (e.g. Izhikevich: v = c, u += d). */
    void reset(double t, double[] y, double[] p);

    /** Refractory period in ms (0 when none); during it the {@link #clampedVariables()} are held. */
    default double refractoryPeriod(double[] p) {
        return 0;
    }

    /** Indices of variables held at their reset value during the refractory period. */
    default int[] clampedVariables() {
        return new int[0];
    }

    /**
     * Number of events. A threshold rule has one; an XPPAUT file may declare several {@code global} events,
     * each with its own condition, direction and assignments.
     */
    default int eventCount() {
        return 1;
    }

    /**
     * The switching function of event k. For a rule with one event, {@link #switching(double, double[],
     * double[])}.
     */
    default double switching(int k, double t, double[] y, double[] p) {
        return switching(t, y, p);
    }

    /**
     * Which crossings of event k's switching function fire it: +1 from negative to zero or positive (the
     * only kind of a threshold rule), -1 from positive to zero or negative, 0 both (XPPAUT's {@code global}
     * signs).
     */
    default int direction(int k) {
        return 1;
    }

    /** Applies the assignments of event k in place. */
    default void reset(int k, double t, double[] y, double[] p) {
        reset(t, y, p);
    }
}
