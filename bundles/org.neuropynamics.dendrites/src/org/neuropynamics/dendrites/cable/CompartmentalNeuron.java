package org.neuropynamics.dendrites.cable;

import java.util.List;
import java.util.Objects;

import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;

/**
 * A multi-compartment neuron: a {@link Morphology}, a passive {@link Membrane} everywhere and optional
 * {@link HhChannels}. In compartment i with area A_i:
 * C_m A_i dV_i/dt = -g_L A_i (V_i - E_L) - I_ion,i + sum_j g_ij (V_j - V_i) + I_syn,i + I_inj,i.
 * <p>
 * Time stepping is implicit (the theta method: theta = 1 backward Euler, 1/2 Crank-Nicolson), with the
 * synaptic and channel conductances frozen over a step at t + theta dt and HH gates advanced first by
 * exponential Euler at the old voltage, so each step is one tree-structured linear solve in O(n)
 * ({@link HinesSolver}, no dense matrix). Units: mV, ms, uF, mS, uA inside; nA and nS at the interface.
 */
public final class CompartmentalNeuron {

    /** Backward Euler (first order, L-stable; NEURON's default). */
    public static final double BACKWARD_EULER = 1;
    /** Crank-Nicolson (second order; NEURON's {@code secondorder = 2}). */
    public static final double CRANK_NICOLSON = 0.5;

    private final Morphology morphology;
    private final Membrane membrane;
    private final HhChannels channels;

    /** A neuron; channels may be {@link HhChannels#NONE}. */
    public CompartmentalNeuron(Morphology morphology, Membrane membrane, HhChannels channels) {
        this.morphology = Objects.requireNonNull(morphology, "morphology");
        this.membrane = Objects.requireNonNull(membrane, "membrane");
        this.channels = Objects.requireNonNull(channels, "channels");
    }

    public Morphology morphology() {
        return morphology;
    }

    public Membrane membrane() {
        return membrane;
    }

    public HhChannels channels() {
        return channels;
    }

    /**
     * The steady state of the passive neuron under constant currents (every clamp taken at its amplitude;
     * channels ignored), mV per compartment.
     */
    public double[] steadyState(List<CurrentClamp> currents) {
        int n = morphology.size();
        double[] diag = new double[n];
        double[] off = new double[n];
        double[] rhs = new double[n];
        for (int i = 0; i < n; i++) {
            double gLeak = membrane.gL() * morphology.area(i) * 1e3;
            diag[i] += gLeak;
            rhs[i] += gLeak * membrane.eL();
            if (i > 0) {
                double g = morphology.axialConductance(i);
                diag[i] += g;
                diag[morphology.parent(i)] += g;
                off[i] = -g;
            }
        }
        for (CurrentClamp c : currents) {
            rhs[check(c.compartment())] += c.amplitude() * 1e-3;
        }
        HinesSolver.solve(morphology.parentArray(), diag, off, rhs);
        return rhs;
    }

    /**
     * Simulates from rest (V = E_L, gates at their steady state there).
     *
     * @param synapses synaptic inputs
     * @param currents current injections
     * @param tEnd end time, ms
     * @param dt step, ms
     * @param theta 1 for backward Euler, 0.5 for Crank-Nicolson
     * @param recordEvery record every this many steps (1 = every step)
     * @param monitor polled for cancellation
     * @throws RunCanceledException when canceled
     */
    public CableTrace simulate(List<Synapse> synapses, List<CurrentClamp> currents, double tEnd, double dt,
            double theta, int recordEvery, RunMonitor monitor) {
        if (!(tEnd > 0) || !(dt > 0) || !(theta >= 0.5 && theta <= 1) || recordEvery < 1) {
            throw new IllegalArgumentException("need tEnd > 0, dt > 0, theta in [0.5, 1] and recordEvery >= 1, got "
                    + tEnd + ", " + dt + ", " + theta + ", " + recordEvery);
        }
        for (Synapse s : synapses) {
            check(s.compartment());
        }
        for (CurrentClamp c : currents) {
            check(c.compartment());
        }
        CableStepper stepper = new CableStepper(this, synapses, currents, theta);
        long steps = Math.max(1, Math.round(tEnd / dt));
        int samples = (int) (steps / recordEvery) + 1;
        CableTrace.Builder trace = new CableTrace.Builder(morphology, samples);
        trace.sample(0, stepper.voltages());
        for (long k = 1; k <= steps; k++) {
            stepper.step((k - 1) * dt, dt);
            if (k % recordEvery == 0) {
                trace.sample(k * dt, stepper.voltages());
            }
            if ((k & 1023) == 0) {
                if (monitor.isCanceled()) {
                    throw new RunCanceledException(k * dt);
                }
                monitor.worked((double) k / steps);
            }
        }
        return trace.build();
    }

    private int check(int compartment) {
        if (compartment >= morphology.size()) {
            throw new IllegalArgumentException("compartment " + compartment + " does not exist (the neuron has "
                    + morphology.size() + ")");
        }
        return compartment;
    }
}
