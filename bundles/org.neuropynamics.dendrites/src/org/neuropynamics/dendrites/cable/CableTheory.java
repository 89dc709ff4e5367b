package org.neuropynamics.dendrites.cable;

/**
 * Closed forms of passive cable theory (Rall; Jack, Noble and Tsien 1975) in the units of {@link Membrane}
 * and um for lengths. The references the compartmental solver is tested against.
 */
public final class CableTheory {

    private CableTheory() {
    }

    /** Length constant lambda = sqrt(d Rm / (4 Ra)), um, for a diameter in um. */
    public static double lengthConstant(double diameterUm, Membrane m) {
        double dCm = diameterUm * 1e-4;
        return Math.sqrt(dCm * m.rm() / (4 * m.ra())) * 1e4;
    }

    /** Axial resistance per unit length r_a = 4 Ra / (pi d^2), MOhm/um. */
    public static double axialResistancePerLength(double diameterUm, Membrane m) {
        double dCm = diameterUm * 1e-4;
        double ohmPerCm = 4 * m.ra() / (Math.PI * dCm * dCm);
        return ohmPerCm * 1e-4 * 1e-6;
    }

    /** Steady-state V(x) / V(0) of a finite cable of length L with a sealed far end: cosh((L-x)/l)/cosh(L/l). */
    public static double sealedEndAttenuation(double x, double length, double lambda) {
        return Math.cosh((length - x) / lambda) / Math.cosh(length / lambda);
    }

    /** Input resistance at x = 0 of a sealed-end cable, r_a lambda coth(L / lambda), MOhm. */
    public static double sealedEndInputResistance(double diameterUm, double length, Membrane m) {
        double lambda = lengthConstant(diameterUm, m);
        return axialResistancePerLength(diameterUm, m) * lambda / Math.tanh(length / lambda);
    }

    /**
     * Depolarisation (mV) at distance x of a semi-infinite sealed-start cable after a current step I0 (nA)
     * into x = 0 at t = 0: V(X, T) = (I0 r_a lambda / 2) [e^-X erfc(X / (2 sqrt T) - sqrt T)
     * - e^X erfc(X / (2 sqrt T) + sqrt T)], X = x / lambda, T = t / tau; at X = 0 it is I0 r_a lambda erf(sqrt T).
     */
    public static double semiInfiniteStepResponse(double x, double t, double currentNa, double diameterUm,
            Membrane m) {
        if (t <= 0) {
            return 0;
        }
        double lambda = lengthConstant(diameterUm, m);
        double vInf = currentNa * axialResistancePerLength(diameterUm, m) * lambda; // nA * MOhm = mV
        double bigX = x / lambda;
        double sqrtT = Math.sqrt(t / m.timeConstant());
        double a = bigX / (2 * sqrtT);
        return vInf / 2 * (Math.exp(-bigX) * Erf.erfc(a - sqrtT) - Math.exp(bigX) * Erf.erfc(a + sqrtT));
    }
}
