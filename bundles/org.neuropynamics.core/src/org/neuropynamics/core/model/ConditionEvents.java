package org.neuropynamics.core.model;

/**
 * A spike rule whose events are conditions on the state, not crossings: LEMS {@code OnCondition}s of a
 * {@code ComponentType} (issue 15; docs/architecture.md, "NeuroML and LEMS"). In a step, every event k whose
 * {@link #switching(int, double, double[], double[])} is {@code >= 0} is applied by
 * {@link #reset(int, double, double[], double[])}, in event order; only the events that {@link #emits(int)} make the
 * neuron spike, the others (an {@code OnCondition} without {@code EventOut}, a regime transition) only change its
 * state. No refractory period: a rule of this kind holds its regimes in its own state.
 */
public interface ConditionEvents extends SpikeRule {

    /** Most events a rule may have (the network simulator keeps one bit per event and neuron). */
    int MAX_EVENTS = 64;

    /** Whether event k emits a spike (LEMS: its {@code OnCondition} has an {@code EventOut}). */
    boolean emits(int k);
}
