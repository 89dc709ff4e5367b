package org.neuropynamics.dendrites.cable;

import org.neuropynamics.core.model.HodgkinHuxleyRates;

/**
 * Hodgkin-Huxley sodium and potassium channels (the squid-axon rates, {@link HodgkinHuxleyRates}, as NEURON's
 * {@code hh} at 6.3 degC) placed in the soma, the dendrite or both, on top of the passive leak.
 *
 * @param gNa sodium conductance density, S/cm^2
 * @param gK potassium conductance density, S/cm^2
 * @param eNa sodium reversal, mV
 * @param eK potassium reversal, mV
 * @param inSoma channels in the soma
 * @param inDendrite channels in every dendritic compartment
 */
public record HhChannels(double gNa, double gK, double eNa, double eK, boolean inSoma, boolean inDendrite) {

    /** No active channels. */
    public static final HhChannels NONE = new HhChannels(0, 0, 50, -77, false, false);

    /** The classic densities (gNa 0.12, gK 0.036 S/cm^2) in the soma only. */
    public static HhChannels classicInSoma() {
        return new HhChannels(0.12, 0.036, 50, -77, true, false);
    }

    /** True when compartment i of the morphology has channels. */
    public boolean presentIn(Morphology m, int i) {
        boolean soma = m.hasSoma() && i == 0;
        return soma ? inSoma : inDendrite;
    }

    // the rates are the workbench's one HH rate set (core.model.HodgkinHuxleyRates)
    static double alphaM(double v) {
        return HodgkinHuxleyRates.alphaM(v);
    }

    static double betaM(double v) {
        return HodgkinHuxleyRates.betaM(v);
    }

    static double alphaH(double v) {
        return HodgkinHuxleyRates.alphaH(v);
    }

    static double betaH(double v) {
        return HodgkinHuxleyRates.betaH(v);
    }

    static double alphaN(double v) {
        return HodgkinHuxleyRates.alphaN(v);
    }

    static double betaN(double v) {
        return HodgkinHuxleyRates.betaN(v);
    }

    /** Advances a gate by exponential Euler at frozen V (exact for the linear gate equation). */
    static double advanceGate(double x, double alpha, double beta, double dt) {
        double inf = alpha / (alpha + beta);
        return inf + (x - inf) * Math.exp(-(alpha + beta) * dt);
    }
}
