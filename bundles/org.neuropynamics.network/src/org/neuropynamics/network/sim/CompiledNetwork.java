package org.neuropynamics.network.sim;

import java.util.ArrayList;
import java.util.List;

/** A network ready to run: its groups, projections and recorders, built by {@link NetworkAssembler}. */
final class CompiledNetwork {

    final double dt;
    final int steps;
    final long seed;
    final List<NeuronGroup> populations = new ArrayList<>();
    final List<PoissonInput> poissonInputs = new ArrayList<>();
    final List<GeneratorInput> generators = new ArrayList<>();
    /** Every group in result order: populations, then inputs. */
    final List<SpikingGroup> groups = new ArrayList<>();
    final List<SynapticProjection> projections = new ArrayList<>();
    final List<CurrentStep> currentSteps = new ArrayList<>();
    final List<StateRecorder> stateRecorders = new ArrayList<>();
    final List<RateRecorder> rateRecorders = new ArrayList<>();

    /**
     * A current step on a population, active for steps in [from, to); with a slope (per step) a ramp whose
     * value at step s is amplitude + slopePerStep (s - from).
     */
    record CurrentStep(NeuronGroup target, double amplitude, int from, int to, double slopePerStep) {
        double at(int step) {
            return slopePerStep == 0 ? amplitude : amplitude + slopePerStep * (step - from);
        }
    }

    CompiledNetwork(double dt, int steps, long seed) {
        this.dt = dt;
        this.steps = steps;
        this.seed = seed;
    }

    long synapseCount() {
        long n = 0;
        for (SynapticProjection p : projections) {
            n += p.synapseCount();
        }
        return n;
    }
}
