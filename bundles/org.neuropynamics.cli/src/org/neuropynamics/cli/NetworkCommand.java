package org.neuropynamics.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.export.NetworkExporter;
import org.neuropynamics.network.export.NeuronEngine;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.network.sim.WeightRecording;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * {@code network FILE [--t T] [--seed S] [--threads N]}: runs a {@code .neuronet} network, a NeuroML 2 document
 * or a LEMS simulation file and reports its rates.
 */
final class NetworkCommand implements Command {

    @Override
    public String name() {
        return "network";
    }

    @Override
    public String summary() {
        return "run a .neuronet, NeuroML 2 (.nml) or LEMS (.xml) network and report spike counts and rates";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics network FILE [--t MS] [--seed S] [--threads N] [--json]
                       neuropynamics network FILE --engine neuron [--processes N] [--out DIR] [--t MS] [--seed S]

                Loads the network (e.g. examples/cuba.neuronet, a NeuroML 2 .nml document or a LEMS_*.xml
                simulation file, whose length and step apply), runs it for its own duration (or --t ms) with its
                own seed (or --seed) and prints per population the spike count and the mean rate per neuron.
                build_ms covers reading the file and building the network (connectivity), run_ms the loop.
                JSON: {populations:[{name, size, spike_count, rate_hz}], inputs:[..], total_spikes, build_ms,
                run_ms, duration_ms, seed, weights:[{projection, rule, w_max, synapses, mean_initial, mean_final,
                at_zero, at_w_max, final_weights (in synapse order, up to 10000 synapses)}]}; weights lists the
                projections with STDP plasticity.
                --threads N shares the run between N threads (default 1); networks under 20,000 neurons run on one
                thread, and the spikes are the same on any number.

                --engine neuron runs the network on NEURON with MPI instead (needs neuron, neuron-dev, openmpi-bin,
                python3-neuron): it writes a self-contained folder (DIR, default NAME_neuron) with NMODL generated
                from the models' equations, a ParallelContext driver run.py, build.sh and a Slurm job job.slurm,
                compiles it with nrnivmodl, runs mpiexec -n N python3 run.py and prints the same JSON (plus engine,
                processes, folder); the editor shows its spikes, state traces and rates. The folder runs unchanged
                by hand (./run.sh N) or on a cluster (sbatch job.slurm).""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("t", "seed", "threads", "engine", "processes", "out");
    }

    @Override
    public boolean acceptsSet() {
        return false;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("network needs exactly one FILE (a .neuronet network, .nml or LEMS .xml file)");
        }
        Path file = Path.of(args.positional().get(0));
        if (!Files.exists(file)) {
            throw new UsageException("no such network file: " + file);
        }
        RunOptions options = runOptions(args,
                RunOptions.DEFAULT.withThreads(args.option("threads") == null ? RunOptions.defaultThreads()
                        : Threads.option(args)));
        String engine = args.option("engine");
        if (engine != null && !engine.equals("builtin") && !engine.equals("neuron")) {
            throw new UsageException("--engine must be builtin or neuron, got " + engine);
        }
        if ("neuron".equals(engine)) {
            return runOnNeuron(file, args, options, out);
        }
        if (args.option("processes") != null || args.option("out") != null) {
            throw new UsageException("--processes and --out apply to --engine neuron");
        }
        long t0 = System.nanoTime();
        Network network = NeuroMLImport.handles(file) ? NeuroMLImport.load(file).network() : NetworkFiles.load(file);
        double loadMs = (System.nanoTime() - t0) / 1e6;
        NetworkResult r = new NetworkSimulator().run(network, options, Progress.on(err, "simulating"));
        double buildMs = loadMs + r.buildMs();
        if (args.flag("json")) {
            out.println(Json.write(json(r, buildMs, loadMs)));
            return 0;
        }
        out.printf(Locale.ROOT, "%s: %.1f ms simulated (dt %.3g ms, seed %d)%n", network.getName(), r.durationMs(),
                r.dt(), r.seed());
        for (GroupSpikes g : r.spikes()) {
            out.printf(Locale.ROOT, "  %-20s %7d neurons %9d spikes %9.3f Hz%s%n", g.name(), g.size(), g.count(),
                    g.rateHz(), g.input() ? "  (input)" : "");
        }
        for (WeightRecording w : r.weights()) {
            int[] bounds = w.atBounds();
            out.printf(Locale.ROOT, "  STDP %-15s %7d synapses  mean weight %.6g -> %.6g (w_max %.6g; %d at 0, %d at"
                    + " w_max)%n", w.projection(), w.finalWeights().length, mean(w.initial()), w.meanFinal(), w.wMax(),
                    bounds[0], bounds[1]);
        }
        out.printf(Locale.ROOT, "  total %d spikes; build %.1f ms, run %.1f ms%n", r.totalPopulationSpikes(), buildMs,
                r.runMs());
        return 0;
    }

    private static int runOnNeuron(Path file, Arguments args, RunOptions options, PrintStream out) throws Exception {
        String missing = NeuronEngine.missing();
        if (missing != null) {
            throw new UsageException(missing);
        }
        int processes = args.integer("processes", 1);
        if (processes < 1 || processes > 4096) {
            throw new UsageException("--processes must be between 1 and 4096, got " + args.option("processes"));
        }
        Path dir = Path.of(args.option("out") != null ? args.option("out")
                : NetworkExporter.fileStem(file.getFileName().toString()) + "_neuron");
        long t0 = System.nanoTime();
        Network network = NetworkFiles.load(file);
        double loadMs = (System.nanoTime() - t0) / 1e6;
        NetworkResult r = new NeuronEngine(ModelRegistry.getDefault()).run(network, dir,
                file.getFileName().toString(), processes, options.durationMs(), options.seed(), file);
        Map<String, Object> doc = json(r, loadMs + r.buildMs(), loadMs);
        doc.put("engine", "neuron");
        doc.put("processes", processes);
        doc.put("folder", dir.toString());
        if (args.flag("json")) {
            out.println(Json.write(doc));
        } else {
            out.printf(Locale.ROOT, "%s on NEURON (%d processes, folder %s): %.1f ms simulated%n", network.getName(),
                    processes, dir, r.durationMs());
            for (GroupSpikes g : r.spikes()) {
                out.printf(Locale.ROOT, "  %-20s %7d neurons %9d spikes %9.3f Hz%s%n", g.name(), g.size(), g.count(),
                        g.rateHz(), g.input() ? "  (input)" : "");
            }
        }
        return 0;
    }

    /** {@code base} with the command line's {@code --t} and {@code --seed} (also used by {@code render}'s network views). */
    static RunOptions runOptions(Arguments args, RunOptions base) {
        RunOptions options = base;
        if (args.option("t") != null) {
            double t = args.number("t", 0);
            if (!(t >= 0)) {
                throw new UsageException("--t must be a duration in ms (>= 0), got " + args.option("t"));
            }
            options = options.withDuration(t);
        }
        if (args.option("seed") != null) {
            try {
                options = options.withSeed(Long.parseLong(args.option("seed").trim()));
            } catch (NumberFormatException e) {
                throw new UsageException("--seed must be an integer, got " + args.option("seed"));
            }
        }
        return options;
    }

    static Map<String, Object> json(NetworkResult r, double buildMs, double loadMs) {
        List<Object> pops = new ArrayList<>();
        List<Object> inputs = new ArrayList<>();
        for (GroupSpikes g : r.spikes()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", g.name());
            o.put("size", g.size());
            o.put("spike_count", g.count());
            o.put("rate_hz", g.rateHz());
            (g.input() ? inputs : pops).add(o);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("populations", pops);
        doc.put("inputs", inputs);
        doc.put("total_spikes", r.totalPopulationSpikes());
        doc.put("build_ms", buildMs);
        doc.put("load_ms", loadMs);
        doc.put("run_ms", r.runMs());
        doc.put("duration_ms", r.durationMs());
        doc.put("seed", r.seed());
        List<Object> weights = new ArrayList<>();
        for (WeightRecording w : r.weights()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("projection", w.projection());
            o.put("rule", w.rule());
            o.put("w_max", w.wMax());
            o.put("synapses", w.finalWeights().length);
            o.put("mean_initial", mean(w.initial()));
            o.put("mean_final", w.meanFinal());
            int[] bounds = w.atBounds();
            o.put("at_zero", bounds[0]);
            o.put("at_w_max", bounds[1]);
            if (w.finalWeights().length <= MAX_LISTED_WEIGHTS) {
                o.put("final_weights", toList(w.finalWeights()));
            }
            weights.add(o);
        }
        doc.put("weights", weights);
        return doc;
    }

    /** Plastic projections up to this many synapses list every final weight in the JSON (in synapse order). */
    static final int MAX_LISTED_WEIGHTS = 10_000;

    private static List<Object> toList(double[] v) {
        List<Object> l = new ArrayList<>(v.length);
        for (double x : v) {
            l.add(x);
        }
        return l;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }
}
