package org.neuropynamics.network.sim;

import java.util.ArrayList;
import java.util.List;

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
        try (Team team = new Team(parts(net, options.threads()))) {
            loop(net, team, monitor);
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
     * The synapses of a network and the bytes their arrays take.
     *
     * @param synapses how many synapses the network has
     * @param bytes the bytes of their targets, row offsets and per-synapse weights and delays (not the delay rings),
     *        and, on several threads, the row offsets of the target ranges
     */
    public record SynapseMemory(long synapses, long bytes) {
    }

    /**
     * Builds the network as a run with these options would and measures its synapses' memory.
     *
     * @throws NetworkBuildException when the network cannot be built
     */
    public SynapseMemory synapseMemory(Network network, RunOptions options) {
        CompiledNetwork net = new NetworkAssembler(registry).assemble(network, options.withDuration(0));
        long n = 0;
        long bytes = 0;
        int parts = parts(net, options.threads());
        for (SynapticProjection p : net.projections) {
            n += p.synapseCount();
            bytes += p.synapseBytes() + p.splitBytes(synapseRanges(PopulationUpdater.chunks(p.target, parts), parts));
        }
        return new SynapseMemory(n, bytes);
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

    /**
     * The number of threads a run uses: 1 (the calling thread alone) unless more are asked for and the
     * network has at least {@link #PARALLEL_NEURONS} neurons; below that a step is too short to share. A network
     * with STDP runs on one thread: a plastic projection updates weights of any target as spikes arrive, so it is
     * not split into target ranges.
     */
    static int parts(CompiledNetwork net, int threads) {
        for (SynapticProjection p : net.projections) {
            if (p.stdp != null) {
                return 1;
            }
        }
        long neurons = 0;
        for (NeuronGroup g : net.populations) {
            neurons += g.size;
        }
        return threads > 1 && neurons >= PARALLEL_NEURONS ? threads : 1;
    }

    /**
     * The target ranges of a population in the synapse phase: one per thread, at most one per chunk of the
     * population. Fewer than the chunks of the neuron update: every range walks every spike of every projection
     * onto it and reads its own part of each row, so more ranges cost more row and offset reads, while the update's
     * chunks cost nothing extra (docs/architecture.md).
     */
    static int synapseRanges(int chunks, int threads) {
        return Math.max(1, Math.min(chunks, threads));
    }

    /** Networks smaller than this run on one thread whatever the options say (docs/architecture.md). */
    public static final int PARALLEL_NEURONS = 20_000;

    /**
     * The loop. Per step, serially: monitors, inputs, current steps; then in parallel (one {@link Team} phase)
     * every population's chunks are advanced and their spikes found; serially the spikes are gathered and logged;
     * in parallel (a second phase) each target range of each population takes the synapses of every projection
     * onto it, in model order, and the delayed input due; serially the neurons that fired are reset. With one
     * thread every population is one chunk and the same code runs, so the result does not depend on the number
     * of threads.
     */
    private static void loop(CompiledNetwork net, Team team, RunMonitor monitor) {
        double dt = net.dt;
        int nPop = net.populations.size();
        NeuronGroup[] pops = net.populations.toArray(new NeuronGroup[0]);
        PopulationUpdater[] updaters = new PopulationUpdater[nPop];
        double[][] scratch = new double[nPop][];
        List<int[]> advanceChunks = new ArrayList<>();
        for (int k = 0; k < nPop; k++) {
            updaters[k] = new PopulationUpdater(pops[k], team.size());
            for (int c = 0; c < updaters[k].from.length; c++) {
                advanceChunks.add(new int[] {k, c});
            }
            scratch[k] = new double[pops[k].dim];
        }
        PoissonInput[] poisson = net.poissonInputs.toArray(new PoissonInput[0]);
        GeneratorInput[] generators = net.generators.toArray(new GeneratorInput[0]);
        SpikingGroup[] groups = net.groups.toArray(new SpikingGroup[0]);
        // the synapse phase: one chunk per target range of each population that receives projections (one range
        // per thread, at most one per chunk of the population), and a chunk applies every projection onto it in
        // model order
        List<int[]> synapseChunks = new ArrayList<>();
        List<SynapticProjection[]> onto = new ArrayList<>();
        int[][] rangeFrom = new int[nPop][];
        int[][] rangeTo = new int[nPop][];
        for (int k = 0; k < nPop; k++) {
            int ranges = synapseRanges(updaters[k].from.length, team.size());
            rangeFrom[k] = new int[ranges];
            rangeTo[k] = new int[ranges];
            for (int r = 0; r < ranges; r++) {
                rangeFrom[k][r] = (int) ((long) pops[k].size * r / ranges);
                rangeTo[k][r] = (int) ((long) pops[k].size * (r + 1) / ranges);
            }
            List<SynapticProjection> in = new ArrayList<>();
            for (SynapticProjection p : net.projections) {
                if (p.target == pops[k]) {
                    p.ranges(rangeFrom[k], rangeTo[k]);
                    in.add(p);
                }
            }
            onto.add(in.toArray(new SynapticProjection[0]));
            if (!in.isEmpty()) {
                for (int r = 0; r < ranges; r++) {
                    synapseChunks.add(new int[] {k, r});
                }
            }
        }
        int[][] aChunks = advanceChunks.toArray(new int[0][]);
        int[][] sChunks = synapseChunks.toArray(new int[0][]);
        StateRecorder[] states = net.stateRecorders.toArray(new StateRecorder[0]);
        RateRecorder[] rates = net.rateRecorders.toArray(new RateRecorder[0]);
        CompiledNetwork.CurrentStep[] currents = net.currentSteps.toArray(new CompiledNetwork.CurrentStep[0]);
        int report = Math.max(1, net.steps / 100);
        int[] now = new int[1];
        double[] tNow = new double[1];
        java.util.function.IntConsumer advance = i -> updaters[aChunks[i][0]].chunk(aChunks[i][1], now[0], tNow[0], dt);
        java.util.function.IntConsumer synapses = i -> {
            int k = sChunks[i][0];
            int c = sChunks[i][1];
            int lo = rangeFrom[k][c];
            int hi = rangeTo[k][c];
            for (SynapticProjection p : onto.get(k)) {
                p.propagate(now[0], lo, hi, c);
                p.deliver(now[0], lo, hi, c);
            }
        };
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
            for (SynapticProjection p : net.projections) {
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
            now[0] = step;
            tNow[0] = t;
            team.run(aChunks.length, advance);
            for (PopulationUpdater u : updaters) {
                u.gather(t + dt);
            }
            for (SpikingGroup g : groups) {
                if (g.firedCount > 0) {
                    g.logFired(step);
                }
            }
            team.run(sChunks.length, synapses);
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
        for (SynapticProjection p : net.projections) {
            if (p.stdp != null) {
                p.stdp.sample(net.steps, net.steps * dt, true);
            }
        }
        monitor.worked(1);
    }
}
