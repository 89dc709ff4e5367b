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
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
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

                Loads the network (e.g. examples/cuba.neuronet, a NeuroML 2 .nml document or a LEMS_*.xml
                simulation file, whose length and step apply), runs it for its own duration (or --t ms) with its
                own seed (or --seed) and prints per population the spike count and the mean rate per neuron.
                build_ms covers reading the file and building the network (connectivity), run_ms the loop.
                JSON: {populations:[{name, size, spike_count, rate_hz}], inputs:[..], total_spikes, build_ms,
                run_ms, duration_ms, seed}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("t", "seed", "threads");
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
        RunOptions options = RunOptions.DEFAULT.withThreads(args.integer("threads", 1));
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
        long t0 = System.nanoTime();
        Network network = NeuroMLImport.handles(file) ? NeuroMLImport.load(file).network() : NetworkFiles.load(file);
        double loadMs = (System.nanoTime() - t0) / 1e6;
        NetworkResult r = new NetworkSimulator().run(network, options, RunMonitor.NONE);
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
        out.printf(Locale.ROOT, "  total %d spikes; build %.1f ms, run %.1f ms%n", r.totalPopulationSpikes(), buildMs,
                r.runMs());
        return 0;
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
        return doc;
    }
}
