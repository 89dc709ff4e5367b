package org.neuropynamics.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.neuroml.NeuroMLExport;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * {@code export FILE --to TARGET [--out DIR]}: writes a network in another simulator's or format's terms.
 * Each target is one entry of {@link #TARGETS}; the files go into DIR (default: the folder of FILE).
 */
final class ExportCommand implements Command {

    /** A way of writing a network: returns the files written. */
    interface Target {
        List<Path> write(Network network, Path file, Path dir) throws Exception;
    }

    /** The export targets by name (the scale-out issue adds its script targets here). */
    static final Map<String, Target> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("neuroml", (network, file, dir) -> {
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
        return "write a network as NeuroML 2 + LEMS (" + String.join(", ", TARGETS.keySet()) + ")";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics export FILE --to neuroml [--out DIR] [--json]

                Writes the network of FILE (.neuronet, or a NeuroML 2 / LEMS file) into DIR (default: the folder
                of FILE). neuroml: NAME.net.nml (NeuroML 2, valid against NeuroML_v2.3.1.xsd) and LEMS_NAME.xml
                (duration, step, output files of the monitors; run it with jnml). Connection rules are
                instantiated with the network's seed, as a run would draw them.
                JSON: {files:[..]}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("to", "out");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("export needs exactly one FILE (a .neuronet, .nml or LEMS .xml network)");
        }
        String to = args.option("to");
        Target target = to == null ? null : TARGETS.get(to.trim());
        if (target == null) {
            throw new UsageException("export needs --to " + String.join("|", TARGETS.keySet())
                    + (to == null ? "" : " (unknown target '" + to + "')"));
        }
        Path file = Path.of(args.positional().get(0));
        if (!Files.exists(file)) {
            throw new UsageException("no such network file: " + file);
        }
        Path dir = args.option("out") != null ? Path.of(args.option("out"))
                : file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--out must be an existing folder: " + dir);
        }
        Network network = NeuroMLImport.handles(file) ? NeuroMLImport.load(file).network() : NetworkFiles.load(file);
        List<Path> files = target.write(network, file, dir);
        List<Object> names = new ArrayList<>();
        for (Path p : files) {
            names.add(p.toString());
        }
        if (args.flag("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("files", names);
            out.println(Json.write(doc));
        } else {
            for (Object n : names) {
                out.println(n);
            }
        }
        return 0;
    }
}
