package org.neuropynamics.dendrites.cable;

/**
 * A synaptic input onto one compartment with an alpha or exponential time course that starts at
 * {@code onset}: alpha s(t) = (t / tau) exp(1 - t / tau) (peak 1 at tau, NEURON's {@code AlphaSynapse}),
 * exponential s(t) = exp(-t / tau). A current synapse injects {@code amplitude} s(t) nA; a conductance
 * synapse has conductance {@code amplitude} s(t) nS and drives the membrane towards {@code reversal}.
 *
 * @param compartment target compartment index
 * @param onset start time, ms
 * @param tau time constant, ms
 * @param amplitude peak current (nA) or peak conductance (nS)
 * @param conductance true for a conductance synapse
 * @param alpha true for the alpha function, false for a single exponential
 * @param reversal reversal potential of a conductance synapse, mV
 */
public record Synapse(int compartment, double onset, double tau, double amplitude, boolean conductance,
        boolean alpha, double reversal) {

    /** Validates. */
    public Synapse {
        if (compartment < 0 || !(tau > 0) || !Double.isFinite(onset) || !Double.isFinite(amplitude)) {
            throw new IllegalArgumentException("synapse needs a compartment >= 0, a finite onset and amplitude and "
                    + "tau > 0, got compartment " + compartment + ", onset " + onset + " ms, tau " + tau + " ms");
        }
    }

    /** An excitatory alpha conductance synapse (reversal 0 mV). */
    public static Synapse excitatoryAlpha(int compartment, double onset, double tau, double peakNanoSiemens) {
        return new Synapse(compartment, onset, tau, peakNanoSiemens, true, true, 0);
    }

    /** An alpha current synapse. */
    public static Synapse currentAlpha(int compartment, double onset, double tau, double peakNanoAmpere) {
        return new Synapse(compartment, onset, tau, peakNanoAmpere, false, true, 0);
    }

    /** A copy onto another compartment at another onset. */
    public Synapse at(int target, double time) {
        return new Synapse(target, time, tau, amplitude, conductance, alpha, reversal);
    }

    /** The time course s(t) in [0, 1]. */
    public double shape(double t) {
        double s = t - onset;
        if (s <= 0) {
            return 0;
        }
        double u = s / tau;
        return alpha ? u * Math.exp(1 - u) : Math.exp(-u);
    }
}
