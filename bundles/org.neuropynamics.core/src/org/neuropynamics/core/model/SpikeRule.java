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
}
