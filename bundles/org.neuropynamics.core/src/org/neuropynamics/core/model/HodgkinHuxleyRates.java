package org.neuropynamics.core.model;

/**
 * The Hodgkin-Huxley (1952) squid-axon rate functions in the modern convention (rest near -65 mV; V in mV,
 * rates in 1/ms): the one HH rate set of the workbench, evaluated by the catalogue's {@code hodgkin-huxley},
 * the hand-written {@link SquidAxonModel} and the cable's HH channels. The removable singularities of
 * alpha_m at V = -40 mV and of alpha_n at V = -55 mV go through {@link Linoid} (a series near the singular
 * point, so the rates are finite and smooth there).
 */
public final class HodgkinHuxleyRates {

    private HodgkinHuxleyRates() {
    }

    /** Sodium activation opening rate {@code 0.1 (V + 40) / (1 - exp(-(V + 40) / 10))}. */
    public static double alphaM(double v) {
        return Linoid.value((v + 40) / 10);
    }

    /** Sodium activation closing rate {@code 4 exp(-(V + 65) / 18)}. */
    public static double betaM(double v) {
        return 4 * Math.exp(-(v + 65) / 18);
    }

    /** Sodium inactivation rate {@code 0.07 exp(-(V + 65) / 20)}. */
    public static double alphaH(double v) {
        return 0.07 * Math.exp(-(v + 65) / 20);
    }

    /** Sodium de-inactivation rate {@code 1 / (1 + exp(-(V + 35) / 10))}. */
    public static double betaH(double v) {
        return 1 / (1 + Math.exp(-(v + 35) / 10));
    }

    /** Potassium activation opening rate {@code 0.01 (V + 55) / (1 - exp(-(V + 55) / 10))}. */
    public static double alphaN(double v) {
        return 0.1 * Linoid.value((v + 55) / 10);
    }

    /** Potassium activation closing rate {@code 0.125 exp(-(V + 65) / 80)}. */
    public static double betaN(double v) {
        return 0.125 * Math.exp(-(v + 65) / 80);
    }
}
