package org.neuropynamics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.build.Networks;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.network.sim.StateRecording;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * {@code simulate FILE.nml|LEMS_*.xml}: the one cell of a NeuroML or LEMS file, run as the file says (its inputs,
 * LEMS's Euler and order of events, its length and step; {@code --t} and {@code --set} override), reported like
 * {@code simulate MODEL}.
 */
final class NeuroMLSimulate {

    private NeuroMLSimulate() {
    }

    static int run(Arguments args, PrintStream out) throws Exception {
        for (String o : List.of("current", "csv", "method", "init", "dt", "sample", "spike-timing")) {
            if (args.option(o) != null) {
                throw new UsageException("--" + o + " does not apply to a NeuroML or LEMS file (its inputs, step and "
                        + "LEMS's Euler apply; use --t and --set)");
            }
        }
        Path file = Path.of(args.positional().get(0));
        Network network = NeuroMLImport.load(file).network();
        if (network.getPopulations().size() != 1 || network.getPopulations().get(0).getSize() != 1) {
            throw new UsageException("simulate runs one cell, and " + file.getFileName() + " has "
                    + network.getPopulations().size() + " populations of cells; run it with 'network "
                    + file.getFileName() + "'");
        }
        Population p = network.getPopulations().get(0);
        Model model = ModelRegistry.getDefault().get(p.getModelId());
        for (Map.Entry<String, Double> e : args.sets().entrySet()) {
            if (model.parameterIndex(e.getKey()) < 0) {
                throw new UsageException("--set " + e.getKey() + ": " + model.id() + " has no parameter '" + e.getKey()
                        + "'");
            }
            Networks.setParameter(p, e.getKey(), e.getValue());
        }
        network.getMonitors().clear();
        StateMonitor all = NetworkFactory.eINSTANCE.createStateMonitor();
        all.setName("final");
        all.setTarget(p);
        all.getVariables().addAll(model.variableNames());
        all.getNeurons().add(0);
        network.getMonitors().add(all);
        RunOptions options = RunOptions.DEFAULT;
        if (args.option("t") != null) {
            double t = args.number("t", 0);
            if (!(t > 0)) {
                throw new UsageException("--t must be positive, got " + args.option("t"));
            }
            options = options.withDuration(t);
        }
        // two samples: the start and the end of the run
        all.setInterval(Double.isNaN(options.durationMs()) ? network.getRun().getDuration() : options.durationMs());
        NetworkResult r = new NetworkSimulator().run(network, options, RunMonitor.NONE);
        double[] spikes = r.spikesOf(p.getName()).times().clone();
        for (int k = 0; k < spikes.length; k++) {
            spikes[k] = Math.round(spikes[k] * 1e9) / 1e9;
        }
        Map<String, Object> fin = new LinkedHashMap<>();
        for (String v : model.variableNames()) {
            StateRecording s = r.state(p.getName(), v);
            double[] row = s.values()[0];
            fin.put(v, row[row.length - 1]);
        }
        if (args.flag("json")) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("model", model.id());
            o.put("spikes_ms", spikes);
            o.put("spike_count", spikes.length);
            o.put("final", fin);
            o.put("method", network.getRun().getMethod());
            o.put("dt", r.dt());
            o.put("t", r.durationMs());
            out.println(Json.write(o));
            return 0;
        }
        out.printf(Locale.ROOT, "%s (%s): %d spikes in %s ms (%s, dt %s ms)%n", p.getName(), model.id(), spikes.length,
                Format.number(r.durationMs()), network.getRun().getMethod(), Format.number(r.dt()));
        if (spikes.length > 0) {
            StringBuilder s = new StringBuilder("spike times (ms):");
            for (double t : spikes) {
                s.append(' ').append(Format.number(t));
            }
            out.println(s);
        }
        return 0;
    }
}
