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
import org.neuropynamics.neuroml.NeuroMLExport;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * {@code export FILE --to TARGET [--out DIR]}: writes a network in another simulator's or format's terms. Each
 * target is one entry of {@link #TARGETS}; the files go into DIR (default: the current folder).
 */
final class ExportCommand implements Command {

    /** A way of writing a network: returns the files written. */
    interface Target {
        List<Path> write(Network network, Path file, Path dir, Arguments args) throws Exception;
    }

    /** The export targets by name. */
    static final Map<String, Target> TARGETS = new LinkedHashMap<>();

    static {
        for (String id : List.of("brian2", "pynn", "pynest")) {
            TARGETS.put(id, (network, file, dir, args) -> new NetworkExporter(ModelRegistry.getDefault())
                    .export(network, NetworkExporter.Target.of(id), dir, file.getFileName().toString(), file));
        }
        TARGETS.put("neuron", (network, file, dir, args) -> {
            String name = file.getFileName().toString();
            int processes = args.integer("processes", NeuronEngine.defaultProcesses());
            if (processes < 1 || processes > 1_000_000) {
                throw new UsageException("--processes must be between 1 and 1000000, got " + args.option("processes"));
            }
            return new NeuronEngine(ModelRegistry.getDefault()).writeFolder(network,
                    dir.resolve(NetworkExporter.fileStem(name) + "_neuron"), name, processes, file);
        });
        TARGETS.put("neuroml", (network, file, dir, args) -> {
            NeuroMLExport.Files f = NeuroMLExport.write(network, dir, NeuroMLExport.baseName(network), file);
            return List.of(f.document(), f.lems());
        });
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write a network as a Brian2, PyNN or PyNEST script, a NEURON (MPI) folder or NeuroML 2 + LEMS";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics export FILE --to brian2|pynn|pynest|neuron|neuroml [--out DIR] [--json]
                       neuropynamics export FILE --to neuron [--processes N] [--out DIR]

                Writes the network of FILE (.neuronet, or a NeuroML 2 / LEMS file) into DIR (default: the current
                folder), generated from the network and its models' equations (never from text pasted in):
                  brian2   NAME_brian2.py: runs with Brian2 2.5 (any model with equations: the catalogue's LIF,
                           Izhikevich, AdEx, perfect integrator, FitzHugh-Nagumo, and .ode models)
                  pynn     NAME_pynn.py: PyNN 0.12, backend chosen when run, MPI-ready (built-in cells)
                  pynest   NAME_nest.py: NEST 3 (built-in cells: iaf_psc_exp and relatives, izhikevich)
                  neuron   the folder 'network FILE --engine neuron' runs (NMODL, run.py, build.sh, run.sh,
                           job.slurm) as DIR/NAME_neuron, without running it: ./run.sh [N] runs it on N MPI
                           processes (default: the cores of the machine it runs on); job.slurm asks Slurm for
                           --processes tasks (default: this machine's cores; sbatch --ntasks=N overrides it)
                  neuroml  NAME.net.nml (NeuroML 2, valid against NeuroML_v2.3.1.xsd) and LEMS_NAME.xml
                           (duration, step, output files of the monitors; run it with jnml); connection rules
                           are instantiated with the network's seed, as a run would draw them
                What a target cannot express is refused with one line naming it. Run a script with python3
                (--help lists its options; it prints the summary of 'network --json').
                JSON: {files:[..], target}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("to", "out", "processes");
    }

    @Override
    public boolean acceptsSet() {
        return false;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("export needs exactly one FILE (a .neuronet, .nml or LEMS .xml network)");
        }
        String to = args.option("to");
        Target target = to == null ? null : TARGETS.get(to.strip());
        if (target == null) {
            throw new UsageException("export needs --to " + String.join("|", TARGETS.keySet())
                    + (to == null ? "" : " (unknown target '" + to + "')"));
        }
        Path file = Path.of(args.positional().get(0));
        if (!Files.exists(file)) {
            throw new UsageException("no such network file: " + file);
        }
        Path dir = Path.of(args.option("out") == null ? "." : args.option("out"));
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--out must be an existing folder: " + dir);
        }
        if (args.option("processes") != null && !to.strip().equals("neuron")) {
            throw new UsageException("--processes applies to --to neuron");
        }
        Network network = NeuroMLImport.handles(file) ? NeuroMLImport.load(file).network() : NetworkFiles.load(file);
        List<Path> files = target.write(network, file, dir, args);
        List<Object> names = new ArrayList<>();
        for (Path p : files) {
            names.add(p.toString());
        }
        if (args.flag("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("files", names);
            doc.put("target", to.strip());
            out.println(Json.write(doc));
        } else {
            for (Object n : names) {
                out.println(n);
            }
        }
        return 0;
    }
}
