package org.neuropynamics.core.model;

/**
 * The "linoid" rate function {@code x / (1 - exp(-x))} of Hodgkin-Huxley-type gating (NEURON calls it
 * {@code vtrap}, Brian2 writes it as {@code 1/exprel(-x)}), with its removable singularity at x = 0 evaluated
 * by a series, so a rate like {@code 0.1 (V+40) / (1 - exp(-(V+40)/10))} is finite and smooth at V = -40 mV.
 */
public final class Linoid {

    /** Below this |x| the Taylor series is used (its truncation error is then below 1e-20). */
    private static final double SERIES_LIMIT = 1e-3;

    private Linoid() {
    }

    /** {@code x / (1 - exp(-x))}; tends to 1 at x = 0 and to x for large x. */
    public static double value(double x) {
        if (Math.abs(x) < SERIES_LIMIT) {
            // x/(1-e^-x) = 1 + x/2 + x^2/12 - x^4/720 + ...
            double x2 = x * x;
            return 1 + x / 2 + x2 / 12 - x2 * x2 / 720;
        }
        // Math.exp, not Math.expm1: exp is a JIT intrinsic and several times faster on the HH hot path; above
        // |x| = 1e-3 the cancellation in 1 - exp(-x) costs at most ~1e-13 relative accuracy
        return x / (1 - Math.exp(-x));
    }

    /** d/dx of {@link #value(double)}. */
    public static double derivative(double x) {
        if (Math.abs(x) < SERIES_LIMIT) {
            return 0.5 + x / 6 - x * x * x / 180;
        }
        double oneMinusExp = -Math.expm1(-x);
        return (oneMinusExp - x * Math.exp(-x)) / (oneMinusExp * oneMinusExp);
    }
}
