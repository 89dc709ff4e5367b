package org.neuropynamics.network.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.Network;

/**
 * Simulates a network model with a fixed step. Each step, in Brian2's order: inputs emit; populations are
 * advanced (their model's vector field, or the exact update for LIF with method "exact") and synaptic
 * channels decay; thresholds are checked (refractory neurons excluded) and spikes stamped with the start of
 * the step; spikes are queued in each projection's delay ring and the input due in this step is applied;
 * spiking neurons are reset and made refractory. State monitors sample at the start of each step.
 */
public final class NetworkSimulator {

    private final ModelRegistry registry;

    /** A simulator resolving models from the default registry. */
    public NetworkSimulator() {
        this(ModelRegistry.getDefault());
    }

    /** A simulator resolving models from {@code registry}. */
    public NetworkSimulator(ModelRegistry registry) {
        this.registry = registry;
    }

    /** Runs the network with its own settings. */
    public NetworkResult run(Network network) {
        return run(network, RunOptions.DEFAULT, RunMonitor.NONE);
    }

    /**
     * Builds and runs the network.
     *
     * @throws NetworkBuildException when the network cannot be simulated (message names the element)
     * @throws RunCanceledException when the monitor cancels
     */
    public NetworkResult run(Network network, RunOptions options, RunMonitor monitor) {
        long t0 = System.nanoTime();
        CompiledNetwork net = new NetworkAssembler(registry).assemble(network, options);
        long t1 = System.nanoTime();
        ForkJoinPool pool = options.threads() > 1 ? new ForkJoinPool(options.threads()) : null;
        try {
            loop(net, options.threads(), pool, monitor);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        long t2 = System.nanoTime();
        List<GroupSpikes> spikes = new ArrayList<>();
        double duration = net.steps * net.dt;
        for (SpikingGroup g : net.groups) {
            spikes.add(g.log.toResult(g.name, g.size, g.isInput(), net.dt, duration));
        }
        List<StateRecording> states = new ArrayList<>();
        for (StateRecorder r : net.stateRecorders) {
            states.add(r.result());
        }
        List<RateRecording> rates = new ArrayList<>();
        for (RateRecorder r : net.rateRecorders) {
            rates.add(r.result());
        }
        List<WeightRecording> weights = new ArrayList<>();
        for (SynapticProjection p : net.projections) {
            if (p.stdp != null) {
                weights.add(p.weights());
            }
        }
        return new NetworkResult(spikes, states, rates, weights, duration, net.dt, net.seed, (t1 - t0) / 1e6,
                (t2 - t1) / 1e6);
    }

    /**
     * The synapses the network would have in a run with these options (same seed, same draws), one table
     * per projection in model order.
     *
     * @throws NetworkBuildException when the network cannot be built
     */
    public List<SynapseTable> synapses(Network network, RunOptions options) {
        CompiledNetwork net = new NetworkAssembler(registry).assemble(network, options.withDuration(0));
        List<SynapseTable> out = new ArrayList<>();
        for (SynapticProjection p : net.projections) {
            out.add(p.table(net.dt));
        }
        return out;
    }

    private static void loop(CompiledNetwork net, int threads, ForkJoinPool pool, RunMonitor monitor) {
        double dt = net.dt;
        int nPop = net.populations.size();
        PopulationUpdater[] updaters = new PopulationUpdater[nPop];
        double[][] scratch = new double[nPop][];
        for (int k = 0; k < nPop; k++) {
            NeuronGroup g = net.populations.get(k);
            updaters[k] = new PopulationUpdater(g, threads, pool);
            scratch[k] = new double[g.dim];
        }
        NeuronGroup[] pops = net.populations.toArray(new NeuronGroup[0]);
        PoissonInput[] poisson = net.poissonInputs.toArray(new PoissonInput[0]);
        GeneratorInput[] generators = net.generators.toArray(new GeneratorInput[0]);
        SpikingGroup[] groups = net.groups.toArray(new SpikingGroup[0]);
        SynapticProjection[] projections = net.projections.toArray(new SynapticProjection[0]);
        StateRecorder[] states = net.stateRecorders.toArray(new StateRecorder[0]);
        RateRecorder[] rates = net.rateRecorders.toArray(new RateRecorder[0]);
        CompiledNetwork.CurrentStep[] currents = net.currentSteps.toArray(new CompiledNetwork.CurrentStep[0]);
        int report = Math.max(1, net.steps / 100);
        boolean[] detected = new boolean[nPop];
        for (int step = 0; step < net.steps; step++) {
            double t = step * dt;
            if (step % report == 0) {
                if (monitor.isCanceled()) {
                    throw new RunCanceledException(t);
                }
                monitor.worked((double) step / net.steps);
            }
            for (StateRecorder r : states) {
                r.sample(step, t);
            }
            for (SynapticProjection p : projections) {
                if (p.stdp != null) {
                    p.stdp.sample(step, t, false);
                }
            }
            for (PoissonInput p : poisson) {
                p.emit();
            }
            for (GeneratorInput g : generators) {
                g.emit(step);
            }
            for (NeuronGroup g : pops) {
                g.injected = 0;
            }
            for (CompiledNetwork.CurrentStep c : currents) {
                if (step >= c.from() && step < c.to()) {
                    c.target().injected += c.at(step);
                }
            }
            for (int k = 0; k < nPop; k++) {
                if (pops[k].lemsOrder) {
                    // LEMS tests no condition on the initial state: the first test is on the state after step 0
                    if (step > 0) {
                        pops[k].detect(step, t, scratch[k]);
                    } else {
                        pops[k].firedCount = 0;
                    }
                }
            }
            for (int k = 0; k < nPop; k++) {
                detected[k] = updaters[k].advance(step, t, dt);
            }
            for (NeuronGroup g : pops) {
                g.checkFinite(t + dt);
            }
            for (int k = 0; k < nPop; k++) {
                if (!detected[k] && !pops[k].lemsOrder) {
                    pops[k].detect(step, t + dt, scratch[k]);
                }
            }
            for (SpikingGroup g : groups) {
                if (g.firedCount > 0) {
                    g.logFired(step);
                }
            }
            for (SynapticProjection p : projections) {
                p.propagate(step);
                p.deliver(step);
            }
            for (int k = 0; k < nPop; k++) {
                pops[k].reset(step, t + dt, scratch[k]);
            }
            for (RateRecorder r : rates) {
                r.count(step);
            }
        }
        for (StateRecorder r : states) {
            r.sample(net.steps, net.steps * dt);
        }
        for (SynapticProjection p : projections) {
            if (p.stdp != null) {
                p.stdp.sample(net.steps, net.steps * dt, true);
            }
        }
        monitor.worked(1);
    }
}
