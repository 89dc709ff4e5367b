package org.neuropynamics.network.sim;

/**
 * Exact update of the leaky integrate-and-fire model {@code tau v' = EL - v + I} with exponentially decaying
 * synaptic currents {@code g_c} (added to I): over a step h,
 * {@code v <- Vinf + (v - Vinf) e^{-h/tau} + sum_c g_c k_c} with {@code Vinf = EL + I} and
 * {@code k_c = tau_c / (tau_c - tau) (e^{-h/tau_c} - e^{-h/tau})} ({@code (h/tau) e^{-h/tau}} when
 * tau_c = tau). This is the solution Brian2's "exact" method computes for CUBA. Conductances are held at
 * their start-of-step value (exponential Euler) since they make the system non-autonomous in v.
 */
final class LifExactKernel implements StepKernel {

    final double threshold;
    private final double tau;
    private final double restPlusI;
    private final double decay;
    private double[] currentCoefficients;

    LifExactKernel(double tau, double el, double i, double threshold, double dt) {
        this.tau = tau;
        this.restPlusI = el + i;
        this.threshold = threshold;
        this.decay = Math.exp(-dt / tau);
    }

    /** Computes the coefficients once the group's channels are known. */
    void prepare(NeuronGroup g, double dt) {
        currentCoefficients = new double[g.currentTaus.length];
        for (int c = 0; c < currentCoefficients.length; c++) {
            double tc = g.currentTaus[c];
            currentCoefficients[c] = Math.abs(tc - tau) < 1e-12 * tau
                    ? dt / tau * Math.exp(-dt / tau)
                    : tc / (tc - tau) * (Math.exp(-dt / tc) - Math.exp(-dt / tau));
        }
    }

    @Override
    public boolean advanceDecayDetect(NeuronGroup g, int step, double t, double dt) {
        if (g.currents.length != 2 || g.conductances.length != 0) {
            return false;
        }
        // the CUBA case: two current channels, no conductances
        double[] v = g.vars[0];
        int[] refractory = g.refractoryUntil;
        int[] fired = g.fired;
        double base = restPlusI + g.injected;
        double a = decay;
        double vth = threshold;
        double[] g0 = g.currents[0];
        double[] g1 = g.currents[1];
        double k0 = currentCoefficients[0];
        double k1 = currentCoefficients[1];
        double f0 = Math.exp(-dt / g.currentTaus[0]);
        double f1 = Math.exp(-dt / g.currentTaus[1]);
        int n = 0;
        int size = g.size;
        for (int i = 0; i < size; i++) {
            double a0 = g0[i];
            double a1 = g1[i];
            if (step >= refractory[i]) {
                double vi = base + (v[i] - base) * a + a0 * k0 + a1 * k1;
                v[i] = vi;
                if (vi >= vth) {
                    fired[n++] = i;
                }
            }
            g0[i] = a0 * f0;
            g1[i] = a1 * f1;
        }
        g.firedCount = n;
        return true;
    }

    @Override
    public Object newScratch(NeuronGroup g) {
        return null;
    }

    @Override
    public void advance(NeuronGroup g, int from, int to, int step, double t, double dt, Object scratch) {
        double[] v = g.vars[0];
        int[] refractory = g.refractoryUntil;
        double base = restPlusI + g.injected;
        double a = decay;
        double[][] currents = g.currents;
        double[][] conductances = g.conductances;
        double[] reversals = g.reversals;
        if (currents.length == 2 && conductances.length == 0) {
            // the CUBA case, unrolled
            double[] g0 = currents[0];
            double[] g1 = currents[1];
            double k0 = currentCoefficients[0];
            double k1 = currentCoefficients[1];
            for (int i = from; i < to; i++) {
                if (step >= refractory[i]) {
                    v[i] = base + (v[i] - base) * a + g0[i] * k0 + g1[i] * k1;
                }
            }
            return;
        }
        for (int i = from; i < to; i++) {
            if (step < refractory[i]) {
                continue;
            }
            double vi = v[i];
            double vinf = base;
            for (int c = 0; c < conductances.length; c++) {
                vinf += conductances[c][i] * (reversals[c] - vi);
            }
            double vn = vinf + (vi - vinf) * a;
            for (int c = 0; c < currents.length; c++) {
                vn += currents[c][i] * currentCoefficients[c];
            }
            v[i] = vn;
        }
    }
}
