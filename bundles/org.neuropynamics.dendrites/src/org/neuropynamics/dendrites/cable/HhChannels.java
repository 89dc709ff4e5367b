package org.neuropynamics.dendrites.cable;

/**
 * Hodgkin-Huxley sodium and potassium channels (the squid-axon rates of reference/README.md, as NEURON's
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

    static double alphaM(double v) {
        double x = -(v + 40) / 10;
        return Math.abs(x) < 1e-6 ? 1 / (1 - x / 2) : 0.1 * (v + 40) / -Math.expm1(x);
    }

    static double betaM(double v) {
        return 4 * Math.exp(-(v + 65) / 18);
    }

    static double alphaH(double v) {
        return 0.07 * Math.exp(-(v + 65) / 20);
    }

    static double betaH(double v) {
        return 1 / (1 + Math.exp(-(v + 35) / 10));
    }

    static double alphaN(double v) {
        double x = -(v + 55) / 10;
        return Math.abs(x) < 1e-6 ? 0.1 / (1 - x / 2) : 0.01 * (v + 55) / -Math.expm1(x);
    }

    static double betaN(double v) {
        return 0.125 * Math.exp(-(v + 65) / 80);
    }

    /** Advances a gate by exponential Euler at frozen V (exact for the linear gate equation). */
    static double advanceGate(double x, double alpha, double beta, double dt) {
        double inf = alpha / (alpha + beta);
        return inf + (x - inf) * Math.exp(-(alpha + beta) * dt);
    }
}
