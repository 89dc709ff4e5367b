package org.neuropynamics.core.integrate;

import java.util.List;

/**
 * The result of a run: sampled times and values of the recorded variables, spike times, the final state
 * and step statistics. The arrays are the run's own (no copies are made); treat them as read-only.
 */
public final class Trace {

    private final List<String> names;
    private final int[] variableIndices;
    private final double[] t;
    private final double[][] values;
    private final double[] spikeTimes;
    private final double[] finalState;
    private final double finalTime;
    private final long steps;
    private final long rejectedSteps;
    private final long evaluations;

    Trace(List<String> names, int[] variableIndices, double[] t, double[][] values, double[] spikeTimes,
            double[] finalState, double finalTime, long steps, long rejectedSteps, long evaluations) {
        this.names = List.copyOf(names);
        this.variableIndices = variableIndices;
        this.t = t;
        this.values = values;
        this.spikeTimes = spikeTimes;
        this.finalState = finalState;
        this.finalTime = finalTime;
        this.steps = steps;
        this.rejectedSteps = rejectedSteps;
        this.evaluations = evaluations;
    }

    /** Sample times in ms (maps: iteration numbers). */
    public double[] times() {
        return t;
    }

    /** Number of samples. */
    public int size() {
        return t.length;
    }

    /** Names of the recorded variables, in the order of {@link #values()}. */
    public List<String> variableNames() {
        return names;
    }

    /** Model indices of the recorded variables. */
    public int[] variableIndices() {
        return variableIndices;
    }

    /** {@code values()[k][j]}: recorded variable k at sample j. */
    public double[][] values() {
        return values;
    }

    /**
     * The samples of one recorded variable.
     *
     * @throws IllegalArgumentException when that variable was not recorded
     */
    public double[] values(String variable) {
        int k = names.indexOf(variable);
        if (k < 0) {
            throw new IllegalArgumentException("variable " + variable + " was not recorded (recorded: " + names + ")");
        }
        return values[k];
    }

    /** Spike times in ms, ascending. */
    public double[] spikeTimes() {
        return spikeTimes;
    }

    /** Number of spikes. */
    public int spikeCount() {
        return spikeTimes.length;
    }

    /** The full state (all variables, model order) at {@link #finalTime()}. */
    public double[] finalState() {
        return finalState;
    }

    /** The time of {@link #finalState()}, i.e. the requested end time. */
    public double finalTime() {
        return finalTime;
    }

    /** Accepted steps (fixed-step: grid steps; maps: iterations). */
    public long steps() {
        return steps;
    }

    /** Rejected steps of an adaptive method. */
    public long rejectedSteps() {
        return rejectedSteps;
    }

    /** Right-hand-side evaluations. */
    public long evaluations() {
        return evaluations;
    }
}
