package org.neuropynamics.network.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.OutputFiles;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.Network;

/**
 * Exports a network as a script of another simulator: Brian2, PyNN or PyNEST. The scripts are generated from
 * the network model and the models' expression trees (never from text a user typed), each written atomically.
 */
public final class NetworkExporter {

    /** A target simulator. */
    public enum Target {
        BRIAN2("brian2", "_brian2.py"), PYNN("pynn", "_pynn.py"), PYNEST("pynest", "_nest.py");

        private final String id;
        private final String suffix;

        Target(String id, String suffix) {
            this.id = id;
            this.suffix = suffix;
        }

        /** The name on the command line. */
        public String id() {
            return id;
        }

        /** The target called {@code id}, or null. */
        public static Target of(String id) {
            for (Target t : values()) {
                if (t.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
            return null;
        }
    }

    private final ModelRegistry registry;

    /** An exporter resolving models in {@code registry}. */
    public NetworkExporter(ModelRegistry registry) {
        this.registry = registry;
    }

    /**
     * The script for {@code target}.
     *
     * @param sourceName the network file's name, for the script's header
     * @throws ExportException when the target cannot express the network (message names the element)
     */
    public String script(Network network, Target target, String sourceName) {
        ExportPlan plan = new ExportPlan(network, registry);
        return switch (target) {
            case BRIAN2 -> new Brian2Writer(plan).write(sourceName);
            case PYNN -> new PyNNWriter(plan).write(sourceName);
            case PYNEST -> new PyNestWriter(plan).write(sourceName);
        };
    }

    /**
     * Writes the script for {@code target} into {@code dir}, named after {@code baseName}.
     *
     * @param inputs the files the command read (never overwritten)
     * @return the files written
     */
    public List<Path> export(Network network, Target target, Path dir, String baseName, Path... inputs)
            throws FileProblem {
        String text = script(network, target, baseName);
        Path file = dir.resolve(fileStem(baseName) + target.suffix);
        OutputFiles.writeString(file, text, inputs);
        List<Path> files = new ArrayList<>();
        files.add(file);
        return files;
    }

    /** A file-name stem from a network file name: letters, digits, '-' and '_'. */
    public static String fileStem(String baseName) {
        String b = baseName == null ? "" : baseName;
        int dot = b.lastIndexOf('.');
        if (dot > 0) {
            b = b.substring(0, dot);
        }
        String s = b.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^[_-]+", "");
        return s.isEmpty() ? "network" : s.replace('-', '_');
    }
}
