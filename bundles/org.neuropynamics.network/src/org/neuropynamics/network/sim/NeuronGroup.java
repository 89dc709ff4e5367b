package org.neuropynamics.network.sim;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.core.integrate.DivergenceException;
import org.neuropynamics.core.model.ConditionEvents;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;

/**
 * A population of model neurons: state in structure-of-arrays form ({@code vars[variable][neuron]}),
 * shared parameter values, refractory counters and the synaptic channels (exponentially decaying currents
 * and conductances) its incoming projections feed.
 */
final class NeuronGroup extends SpikingGroup {

    final Model model;
    final int dim;
    final double[][] vars;
    /** Parameter values shared by all neurons; the current parameter holds the constant part of I. */
    final double[] params;
    /** Index of the model's current parameter ("I"), or -1. */
    final int currentIndex;
    /** Injected current (sum of active current injections) in the present step. */
    double injected;
    /** A neuron is refractory in step s while s &lt; refractoryUntil[i]. */
    final int[] refractoryUntil;
    int refractorySteps;
    final int[] clamped;
    final SpikeRule rule;
    final double detectionThreshold;
    /** Variable 0 after the previous detection pass (models without a reset). */
    final double[] lastV;
    /** The rule when its events are conditions (LEMS ComponentTypes, issue 15), else null. */
    final ConditionEvents conditions;
    /** Per neuron, the events of {@link #conditions} that held at the last detection (bit k: event k). */
    final long[] pending;
    /** Bits of the events of {@link #conditions} that emit a spike. */
    final long emitting;
    final double dt;

    /** Exponential currents: g[c][i], added to I. */
    double[][] currents = new double[0][];
    double[] currentTaus = new double[0];
    /** Exponential conductances: g[c][i], contributing g (E - v) to I. */
    double[][] conductances = new double[0][];
    double[] conductanceTaus = new double[0];
    double[] reversals = new double[0];
    /**
     * Alpha currents (issue 15): a spike adds w to the feed u[c][i]; tau u' = -u and tau g' = e u - g, g[c][i]
     * added to I (one spike: g = w (t/tau) e^(1 - t/tau), peak w at t = tau; NeuroML's alphaCurrentSynapse).
     */
    double[][] alphaCurrents = new double[0][];
    double[][] alphaCurrentFeeds = new double[0][];
    double[] alphaCurrentTaus = new double[0];
    /** Alpha conductances: the same kernel, contributing g (E - v) to I (NeuroML's alphaSynapse). */
    double[][] alphaConductances = new double[0][];
    double[][] alphaConductanceFeeds = new double[0][];
    double[] alphaConductanceTaus = new double[0];
    double[] alphaReversals = new double[0];

    StepKernel kernel;
    /** Detection before the step instead of after it (method euler-lems, see NetworkAssembler). */
    boolean lemsOrder;

    NeuronGroup(String name, int size, Model model, double[] params, double dt) {
        super(name, size);
        this.model = model;
        this.dim = model.dimension();
        this.vars = new double[dim][size];
        this.params = params;
        this.currentIndex = model.currentParameterIndex().orElse(-1);
        this.refractoryUntil = new int[size];
        this.rule = model.spikeRule();
        this.refractorySteps = rule == null ? 0 : (int) Math.round(rule.refractoryPeriod(params) / dt);
        this.clamped = rule == null ? new int[0] : rule.clampedVariables();
        this.detectionThreshold = model.spikeDetectionThreshold();
        this.lastV = rule == null ? new double[size] : null;
        this.conditions = rule instanceof ConditionEvents c ? c : null;
        this.pending = conditions == null ? null : new long[size];
        long bits = 0;
        if (conditions != null) {
            if (conditions.eventCount() > ConditionEvents.MAX_EVENTS) {
                throw new NetworkBuildException("Population " + name + ": model " + model.id() + " has more than "
                        + ConditionEvents.MAX_EVENTS + " conditions.");
            }
            for (int k = 0; k < conditions.eventCount(); k++) {
                if (conditions.emits(k)) {
                    bits |= 1L << k;
                }
            }
        }
        this.emitting = bits;
        this.dt = dt;
    }

    /**
     * Stops the run when a state variable became NaN or infinite (a zero time constant, a NaN input): the
     * sum of each variable over the neurons is checked first, so a healthy step costs one pass.
     *
     * @throws DivergenceException naming the population, the neuron, the variable and the time
     */
    void checkFinite(double t) {
        for (int v = 0; v < dim; v++) {
            double[] x = vars[v];
            if (Double.isFinite(sum(x, 0, x.length))) {
                continue;
            }
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i])) {
                    throw DivergenceException.of("population " + name + " neuron " + i + ": "
                            + model.variableNames().get(v), t, x[i], Double.POSITIVE_INFINITY);
                }
            }
        }
    }

    /** Whether every state variable of neurons [from, to) is finite (one summing pass per variable). */
    boolean finite(int from, int to) {
        for (int v = 0; v < dim; v++) {
            if (!Double.isFinite(sum(vars[v], from, to))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sum of x[from, to), in four interleaved partial sums: a NaN or infinity anywhere makes it non-finite
     * (an overflow of finite values may too; {@link #checkFinite} then finds nothing). One accumulator would
     * chain every addition on the previous one (its latency, four cycles, per neuron and step).
     */
    static double sum(double[] x, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
        }
        for (; i < to; i++) {
            s0 += x[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    boolean isInput() {
        return false;
    }

    /** The channel array for an exponential synapse, shared by projections with the same kind and constants. */
    double[] channel(boolean conductance, double tau, double reversal) {
        if (conductance) {
            for (int c = 0; c < conductances.length; c++) {
                if (conductanceTaus[c] == tau && reversals[c] == reversal) {
                    return conductances[c];
                }
            }
            int n = conductances.length;
            conductances = append(conductances, new double[size]);
            conductanceTaus = append(conductanceTaus, tau);
            reversals = append(reversals, reversal);
            return conductances[n];
        }
        for (int c = 0; c < currents.length; c++) {
            if (currentTaus[c] == tau) {
                return currents[c];
            }
        }
        int n = currents.length;
        currents = append(currents, new double[size]);
        currentTaus = append(currentTaus, tau);
        return currents[n];
    }

    /**
     * The feed array of an alpha synapse (what its projections add to), shared by projections with the same kind
     * and constants.
     */
    double[] alphaChannel(boolean conductance, double tau, double reversal) {
        if (conductance) {
            for (int c = 0; c < alphaConductances.length; c++) {
                if (alphaConductanceTaus[c] == tau && alphaReversals[c] == reversal) {
                    return alphaConductanceFeeds[c];
                }
            }
            int n = alphaConductances.length;
            alphaConductances = append(alphaConductances, new double[size]);
            alphaConductanceFeeds = append(alphaConductanceFeeds, new double[size]);
            alphaConductanceTaus = append(alphaConductanceTaus, tau);
            alphaReversals = append(alphaReversals, reversal);
            return alphaConductanceFeeds[n];
        }
        for (int c = 0; c < alphaCurrents.length; c++) {
            if (alphaCurrentTaus[c] == tau) {
                return alphaCurrentFeeds[c];
            }
        }
        int n = alphaCurrents.length;
        alphaCurrents = append(alphaCurrents, new double[size]);
        alphaCurrentFeeds = append(alphaCurrentFeeds, new double[size]);
        alphaCurrentTaus = append(alphaCurrentTaus, tau);
        return alphaCurrentFeeds[n];
    }

    boolean hasSynapticChannels() {
        return currents.length + conductances.length + alphaCurrents.length + alphaConductances.length > 0;
    }

    boolean hasAlphaChannels() {
        return alphaCurrents.length + alphaConductances.length > 0;
    }

    /** Synaptic input to neuron i at membrane potential v (in the units of the current parameter). */
    double synapticInput(int i, double v) {
        double s = 0;
        for (double[] g : currents) {
            s += g[i];
        }
        for (int c = 0; c < conductances.length; c++) {
            s += conductances[c][i] * (reversals[c] - v);
        }
        for (double[] g : alphaCurrents) {
            s += g[i];
        }
        for (int c = 0; c < alphaConductances.length; c++) {
            s += alphaConductances[c][i] * (alphaReversals[c] - v);
        }
        return s;
    }

    /** Exact exponential decay of every channel over one step. */
    void decayChannels(double dt) {
        decayChannels(dt, 0, size);
    }

    /** Exact exponential decay over one step of every channel of neurons [from, to). */
    void decayChannels(double dt, int from, int to) {
        decay(currents, currentTaus, dt, from, to);
        decay(conductances, conductanceTaus, dt, from, to);
        alpha(alphaCurrents, alphaCurrentFeeds, alphaCurrentTaus, dt, from, to);
        alpha(alphaConductances, alphaConductanceFeeds, alphaConductanceTaus, dt, from, to);
    }

    /**
     * The exact solution over one step h of tau u' = -u, tau g' = e u - g: u <- u f, g <- (g + e u h / tau) f with
     * f = e^(-h/tau). Per neuron, so a chunk of neurons is advanced the same on any thread.
     */
    private static void alpha(double[][] channels, double[][] feeds, double[] taus, double dt, int from, int to) {
        for (int c = 0; c < channels.length; c++) {
            double f = Math.exp(-dt / taus[c]);
            double k = Math.E * dt / taus[c];
            double[] g = channels[c];
            double[] u = feeds[c];
            for (int i = from; i < to; i++) {
                g[i] = (g[i] + k * u[i]) * f;
                u[i] *= f;
            }
        }
    }

    private static void decay(double[][] channels, double[] taus, double dt, int from, int to) {
        for (int c = 0; c < channels.length; c++) {
            double f = Math.exp(-dt / taus[c]);
            double[] g = channels[c];
            for (int i = from; i < to; i++) {
                g[i] *= f;
            }
        }
    }

    /** Finds the neurons that fired in the step just integrated (not refractory ones). */
    void detect(int step, double tEnd, double[] y) {
        firedCount = detect(step, tEnd, y, 0, size, 0);
    }

    /**
     * Finds the neurons of [from, to) that fired in the step just integrated (not refractory ones) and writes
     * them in ascending order into {@link #fired} from index {@code at}; returns how many.
     */
    int detect(int step, double tEnd, double[] y, int from, int to, int at) {
        int n = at;
        double[] v0 = vars[0];
        if (rule == null) {
            double thr = detectionThreshold;
            for (int i = from; i < to; i++) {
                if (lastV[i] < thr && v0[i] >= thr) {
                    fired[n++] = i;
                }
                lastV[i] = v0[i];
            }
        } else if (conditions != null) {
            // every condition that holds is applied by reset(); only the emitting ones are spikes
            int events = conditions.eventCount();
            for (int i = from; i < to; i++) {
                for (int k = 0; k < dim; k++) {
                    y[k] = vars[k][i];
                }
                long mask = 0;
                for (int e = 0; e < events; e++) {
                    if (conditions.switching(e, tEnd, y, params) >= 0) {
                        mask |= 1L << e;
                    }
                }
                pending[i] = mask;
                if ((mask & emitting) != 0) {
                    fired[n++] = i;
                }
            }
        } else if (kernel instanceof LifExactKernel lif) {
            double vth = lif.threshold;
            for (int i = from; i < to; i++) {
                if (v0[i] >= vth && step >= refractoryUntil[i]) {
                    fired[n++] = i;
                }
            }
        } else {
            for (int i = from; i < to; i++) {
                if (step < refractoryUntil[i]) {
                    continue;
                }
                for (int k = 0; k < dim; k++) {
                    y[k] = vars[k][i];
                }
                if (rule.switching(tEnd, y, params) >= 0) {
                    fired[n++] = i;
                }
            }
        }
        return n - at;
    }

    /** Applies the model's reset to the neurons that fired and starts their refractory period. */
    void reset(int step, double tEnd, double[] y) {
        if (rule == null) {
            return;
        }
        if (conditions != null) {
            // the actions see the time their conditions were tested at (the step's start in LEMS's order)
            double at = lemsOrder ? step * dt : tEnd;
            for (int i = 0; i < size; i++) {
                long mask = pending[i];
                if (mask == 0) {
                    continue;
                }
                pending[i] = 0;
                for (int d = 0; d < dim; d++) {
                    y[d] = vars[d][i];
                }
                for (int e = 0; mask != 0; e++, mask >>>= 1) {
                    if ((mask & 1) != 0) {
                        conditions.reset(e, at, y, params);
                    }
                }
                for (int d = 0; d < dim; d++) {
                    vars[d][i] = y[d];
                }
            }
            return;
        }
        for (int k = 0; k < firedCount; k++) {
            int i = fired[k];
            for (int d = 0; d < dim; d++) {
                y[d] = vars[d][i];
            }
            rule.reset(tEnd, y, params);
            for (int d = 0; d < dim; d++) {
                vars[d][i] = y[d];
            }
            refractoryUntil[i] = step + refractorySteps;
        }
    }

    /** Initial state from the model (may depend on parameters), before per-variable overrides. */
    void initialiseFromModel() {
        double[] y0 = model.initialState(params);
        for (int k = 0; k < dim; k++) {
            java.util.Arrays.fill(vars[k], y0[k]);
        }
        if (lastV != null) {
            System.arraycopy(vars[0], 0, lastV, 0, size);
        }
    }

    void syncLastV() {
        if (lastV != null) {
            System.arraycopy(vars[0], 0, lastV, 0, size);
        }
    }

    static List<String> names(List<? extends Object> items) {
        List<String> out = new ArrayList<>();
        for (Object o : items) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    private static double[][] append(double[][] a, double[] x) {
        double[][] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = x;
        return b;
    }

    private static double[] append(double[] a, double x) {
        double[] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = x;
        return b;
    }
}
