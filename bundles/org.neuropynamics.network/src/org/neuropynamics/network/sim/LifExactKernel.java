package org.neuropynamics.network.sim;

/**
 * Exact update of the leaky integrate-and-fire model {@code tau v' = EL - v + I} with exponentially decaying
 * synaptic currents {@code g_c} (added to I): over a step h,
 * {@code v <- Vinf + (v - Vinf) e^{-h/tau} + sum_c g_c k_c} with {@code Vinf = EL + I} and
 * {@code k_c = tau_c / (tau_c - tau) (e^{-h/tau_c} - e^{-h/tau})} ({@code (h/tau) e^{-h/tau}} when
 * tau_c = tau). This is the solution Brian2's "exact" method computes for CUBA. With conductances the system
 * is not autonomous in v: every channel is held at its start-of-step value and the resulting linear equation
 * in v is solved over the step (exponential Euler, what Brian2's exponential_euler computes). An alpha current
 * (issue 15; {@code tau_s u' = -u}, {@code tau_s g' = e u - g}) adds {@code g k_c + u q_c} with k_c as above and
 * {@code q_c = e / (tau tau_s) e^{-h/tau} int_0^h s e^{-(1/tau_s - 1/tau) s} ds}, again the exact solution.
 */
final class LifExactKernel implements StepKernel {

    final double threshold;
    private final double tau;
    private final double restPlusI;
    private final double decay;
    private double[] currentCoefficients;
    private double[] channelDecay;
    /** Alpha currents: coefficients of g and of the feed u in the step's v. */
    private double[] alphaCoefficients;
    private double[] alphaFeedCoefficients;

    LifExactKernel(double tau, double el, double i, double threshold, double dt) {
        this.tau = tau;
        this.restPlusI = el + i;
        this.threshold = threshold;
        this.decay = Math.exp(-dt / tau);
    }

    /** Computes the coefficients once the group's channels are known. */
    void prepare(NeuronGroup g, double dt) {
        currentCoefficients = new double[g.currentTaus.length];
        channelDecay = new double[g.currentTaus.length];
        for (int c = 0; c < currentCoefficients.length; c++) {
            double tc = g.currentTaus[c];
            currentCoefficients[c] = Math.abs(tc - tau) < 1e-12 * tau
                    ? dt / tau * Math.exp(-dt / tau)
                    : tc / (tc - tau) * (Math.exp(-dt / tc) - Math.exp(-dt / tau));
            channelDecay[c] = Math.exp(-dt / tc);
        }
        alphaCoefficients = new double[g.alphaCurrentTaus.length];
        alphaFeedCoefficients = new double[g.alphaCurrentTaus.length];
        for (int c = 0; c < alphaCoefficients.length; c++) {
            double tc = g.alphaCurrentTaus[c];
            alphaCoefficients[c] = Math.abs(tc - tau) < 1e-12 * tau
                    ? dt / tau * Math.exp(-dt / tau)
                    : tc / (tc - tau) * (Math.exp(-dt / tc) - Math.exp(-dt / tau));
            alphaFeedCoefficients[c] = Math.E / (tau * tc) * Math.exp(-dt / tau) * rampIntegral(1 / tc - 1 / tau, dt);
        }
    }

    /** {@code int_0^h s e^{-a s} ds}: (1 - e^{-ah} (1 + ah)) / a^2, by its series when |ah| is small. */
    static double rampIntegral(double a, double h) {
        double x = a * h;
        if (Math.abs(x) > 0.1) {
            return (1 - Math.exp(-x) * (1 + x)) / (a * a);
        }
        // sum_n (-x)^n / (n! (n + 2)) h^2; |x| <= 0.1: 12 terms are below 1e-20 of the first
        double sum = 0;
        double term = 1;
        for (int n = 0; n < 12; n++) {
            sum += term / (n + 2);
            term *= -x / (n + 1);
        }
        return sum * h * h;
    }

    /** Neurons per block of the fused pass: update and detection of a block while it is in the L1 cache. */
    static final int BLOCK = 256;
    /** Half-width of the window below the threshold that the fused pass's screen clears (see {@link #update}). */
    private static final double SCREEN = 0x1p20;

    /** The CUBA case (two current channels, no conductances): the fused path of {@link #advanceDetect}. */
    boolean fused(NeuronGroup g) {
        return g.currents.length == 2 && g.conductances.length == 0 && !g.hasAlphaChannels();
    }

    /**
     * The fused path over neurons [from, to) (see {@link #fused}): a branch-free update of every neuron and channel
     * that the JIT vectorises, with a vectorised screen of the new voltages, then, only in blocks the screen does
     * not clear, detection of the neurons that fired (written into {@code g.fired} from index {@code from}) and
     * the finiteness check. Refractory neurons are updated too: the range's refractory neurons ({@code held}, the
     * range's own queue) have their voltages saved before and put back after, within the chunk, so this runs in
     * parallel with other ranges; detection skips them. Issue 16: the screen replaced a scan and a sum over every
     * neuron and step (a third of the loop at 400,000 neurons); the per-range queue replaced a serial pass over all
     * refractory neurons before and after the parallel phase.
     *
     * @param finite receives at {@code chunk} whether every voltage of the range was finite
     * @return how many neurons fired
     */
    int advanceDetect(NeuronGroup g, int step, int from, int to, boolean[] finite, int chunk, Refractory held) {
        double[] v = g.vars[0];
        double[] g0 = g.currents[0];
        double[] g1 = g.currents[1];
        double base = restPlusI + g.injected;
        int holding = g.refractorySteps > 0 ? held.hold(v, g.refractoryUntil, step) : 0;
        // the screen: |v - centre| < radius for every v of a block proves them all finite and below the threshold
        // (rounding is monotonic, so v >= threshold gives |v - centre| >= radius; NaN and infinities fail too)
        double centre = threshold - SCREEN;
        double radius = threshold - centre;
        int n = 0;
        boolean ok = true;
        for (int a = from; a < to; a += BLOCK) {
            int b = Math.min(to, a + BLOCK);
            double screen = update(v, g0, g1, a, b, base, decay, currentCoefficients[0], currentCoefficients[1],
                    channelDecay[0], channelDecay[1], centre);
            if (!(screen < radius)) {
                n += detect(v, g.refractoryUntil, g.fired, a, b, from + n, threshold, step);
                ok &= Double.isFinite(NeuronGroup.sum(v, a, b));
            }
        }
        held.restore(v, holding);
        if (g.refractorySteps > 0) {
            held.enter(g.fired, from, n);
        }
        finite[chunk] = ok;
        return n;
    }

    // the passes are small static methods: each is JIT-compiled on its own, early in a run

    /** Updates neurons [from, to) and returns the largest |v - centre| of the new voltages (NaN if one is NaN). */
    private static double update(double[] v, double[] g0, double[] g1, int from, int to, double base, double a,
            double k0, double k1, double f0, double f1, double centre) {
        double screen = 0;
        for (int i = from; i < to; i++) {
            double a0 = g0[i];
            double a1 = g1[i];
            double x = base + (v[i] - base) * a + a0 * k0 + a1 * k1;
            v[i] = x;
            g0[i] = a0 * f0;
            g1[i] = a1 * f1;
            screen = Math.max(screen, Math.abs(x - centre));
        }
        return screen;
    }

    private static int detect(double[] v, int[] refractory, int[] fired, int from, int to, int at, double vth,
            int step) {
        int n = at;
        for (int i = from; i < to; i++) {
            if (v[i] >= vth && step >= refractory[i]) {
                fired[n++] = i;
            }
        }
        return n - at;
    }

    /**
     * The refractory neurons of one range of the fused path, oldest first: a ring of capacity (range size + 1).
     * Neurons enter when they fire (in step order, and all stay equally long, so a FIFO suffices) and leave
     * when their refractory period is over; while they are in it, the fused update's change to their voltage is
     * undone.
     */
    static final class Refractory {
        private final int[] queue;
        private final double[] voltage;
        private int head;
        private int tail;

        Refractory(int size) {
            queue = new int[size + 1];
            voltage = new double[size];
        }

        /** Drops the neurons no longer refractory in this step and saves the others' voltages; returns how many. */
        int hold(double[] v, int[] until, int step) {
            int cap = queue.length;
            while (head != tail && until[queue[head]] <= step) {
                head = head + 1 == cap ? 0 : head + 1;
            }
            int m = 0;
            for (int q = head; q != tail; q = q + 1 == cap ? 0 : q + 1) {
                voltage[m++] = v[queue[q]];
            }
            return m;
        }

        /** Puts back the voltages {@link #hold} saved. */
        void restore(double[] v, int held) {
            int cap = queue.length;
            for (int k = 0, q = head; k < held; k++, q = q + 1 == cap ? 0 : q + 1) {
                v[queue[q]] = voltage[k];
            }
        }

        /** The {@code n} neurons at {@code fired[at..]} fired in this step: refractory from the next one. */
        void enter(int[] fired, int at, int n) {
            int cap = queue.length;
            for (int k = 0; k < n; k++) {
                queue[tail] = fired[at + k];
                tail = tail + 1 == cap ? 0 : tail + 1;
            }
        }
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
        boolean alpha = g.hasAlphaChannels();
        if (currents.length == 2 && conductances.length == 0 && !alpha) {
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
        if (conductances.length > 0 || g.alphaConductances.length > 0) {
            // exponential Euler, as Brian2's exponential_euler: channels held at their start-of-step values,
            // tau v' = (EL + I + sum currents + sum g E) - (1 + sum g) v solved exactly over the step
            for (int i = from; i < to; i++) {
                if (step < refractory[i]) {
                    continue;
                }
                double drive = base;
                double leak = 1;
                for (int c = 0; c < conductances.length; c++) {
                    double gc = conductances[c][i];
                    drive += gc * reversals[c];
                    leak += gc;
                }
                for (int c = 0; c < g.alphaConductances.length; c++) {
                    double gc = g.alphaConductances[c][i];
                    drive += gc * g.alphaReversals[c];
                    leak += gc;
                }
                for (int c = 0; c < currents.length; c++) {
                    drive += currents[c][i];
                }
                for (int c = 0; c < g.alphaCurrents.length; c++) {
                    drive += g.alphaCurrents[c][i];
                }
                double vinf = drive / leak;
                v[i] = vinf + (v[i] - vinf) * Math.exp(-dt * leak / tau);
            }
            return;
        }
        for (int i = from; i < to; i++) {
            if (step < refractory[i]) {
                continue;
            }
            double vi = v[i];
            double vn = base + (vi - base) * a;
            for (int c = 0; c < currents.length; c++) {
                vn += currents[c][i] * currentCoefficients[c];
            }
            for (int c = 0; c < alphaCoefficients.length; c++) {
                vn += g.alphaCurrents[c][i] * alphaCoefficients[c] + g.alphaCurrentFeeds[c][i] * alphaFeedCoefficients[c];
            }
            v[i] = vn;
        }
    }
}
