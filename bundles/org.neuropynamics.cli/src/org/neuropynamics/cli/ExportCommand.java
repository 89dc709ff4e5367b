package org.neuropynamics.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.export.NetworkExporter;
import org.neuropynamics.network.export.NeuronEngine;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;

/** {@code export FILE --to brian2|pynn|pynest [--out DIR]}: writes the network as another simulator's script. */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write a .neuronet network as a Brian2, PyNN or PyNEST script, or a NEURON (MPI) folder";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics export FILE --to brian2|pynn|pynest|neuron [--out DIR] [--json]

                Generates a script that builds and runs the network in another simulator, from the network and its
                models' equations: brian2 (runs with Brian2 2.5; any model with equations, the catalogue's LIF,
                Izhikevich, AdEx, perfect integrator, FitzHugh-Nagumo and .ode models), pynn (PyNN 0.12, backend
                chosen when run, MPI-ready) and pynest (NEST 3). PyNN and NEST get their built-in cells (LIF as
                IF_curr_exp/iaf_psc_exp and relatives, Izhikevich); what a target cannot express is refused with
                one line naming it. The script goes into DIR (default: the current folder) as NAME_brian2.py,
                NAME_pynn.py or NAME_nest.py; run it with python3 (--help lists its options; it prints the
                summary of 'network --json'). neuron writes the folder 'network FILE --engine neuron' runs (NMODL,
                run.py, build.sh, job.slurm) as DIR/NAME_neuron without running it.
                JSON: {files:[..], target}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("to", "out");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("export needs exactly one FILE (a .neuronet network)");
        }
        Path file = Path.of(args.positional().get(0));
        if (!Files.exists(file)) {
            throw new UsageException("no such network file: " + file);
        }
        String to = args.option("to");
        NetworkExporter.Target target = NetworkExporter.Target.of(to);
        boolean neuron = "neuron".equals(to);
        if (target == null && !neuron) {
            throw new UsageException("--to must be brian2, pynn, pynest or neuron" + (to == null ? "" : ", got "
                    + to));
        }
        Path dir = Path.of(args.option("out") == null ? "." : args.option("out"));
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--out must be an existing folder: " + dir);
        }
        Network network = NetworkFiles.load(file);
        String name = file.getFileName().toString();
        List<Path> files = neuron
                ? new NeuronEngine(ModelRegistry.getDefault()).writeFolder(network,
                        dir.resolve(NetworkExporter.fileStem(name) + "_neuron"), name, 2, file)
                : new NetworkExporter(ModelRegistry.getDefault()).export(network, target, dir, name, file);
        if (args.flag("json")) {
            List<Object> names = new ArrayList<>();
            for (Path f : files) {
                names.add(f.toString());
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("files", names);
            doc.put("target", neuron ? "neuron" : target.id());
            out.println(Json.write(doc));
        } else {
            for (Path f : files) {
                out.println(f);
            }
        }
        return 0;
    }
}
