package org.neuropynamics.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.InputFiles;
import org.neuropynamics.core.io.OutputFiles;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.Dropins;
import org.neuropynamics.core.registry.ModelDescriptor;
import org.neuropynamics.core.registry.ModelPluginJar;
import org.neuropynamics.core.registry.ModelRegistry;

/**
 * {@code new-model ID --from FILE.ode}: writes a model plug-in jar ({@link ModelPluginJar}) that can be dropped into
 * an installed workbench's {@code dropins/} folder. The file is parsed and compiled first, as the registry will.
 */
final class NewModelCommand implements Command {

    @Override
    public String name() {
        return "new-model";
    }

    @Override
    public String summary() {
        return "make a model plug-in jar from an XPPAUT .ode file (drop it into the dropins folder)";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics new-model ID --from FILE.ode [--name NAME] [--bundle SYMBOLIC.NAME]
                                               [--version 1.0.0] [--out FILE.jar|DIR] [--json]

                Writes a ready model plug-in: a jar with META-INF/MANIFEST.MF, a plugin.xml contributing model ID
                to the org.neuropynamics.core.models extension point, and the .ode file. The file is checked first
                (parsed and compiled as the workbench will; an error names its line and column and nothing is
                written). ID: lower-case letters, digits and - _ . starting with a letter; it may not be the id of
                a model another installed plug-in contributes. NAME (default: the .ode file's name) is shown in
                the workbench. The plug-in is named org.neuropynamics.models.user.ID (--bundle to choose) and the
                jar SYMBOLIC.NAME_VERSION.jar, written into DIR or the current folder (--out).
                Install it by copying it into the dropins/ folder of the workbench (next to its launcher), or
                ~/.neuropynamics/dropins/; the workbench (at its next start) and the command line then list it.
                JSON: {file, bundle, version, id, name, variables:[..], parameters:[..]}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("from", "name", "bundle", "version", "out");
    }

    @Override
    public boolean acceptsSet() {
        return false;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("new-model needs exactly one model ID, then --from FILE.ode"
                    + (args.positional().isEmpty() ? "" : " (got " + args.positional().size() + " words)"));
        }
        String id = args.positional().get(0);
        String from = args.option("from");
        if (from == null || from.isBlank()) {
            throw new UsageException("new-model needs --from FILE.ode (the XPPAUT file of the model)");
        }
        Path source = path("--from", from);
        String text;
        try {
            text = InputFiles.readText(source, "model file");
        } catch (FileProblem e) {
            throw new UsageException(e.getMessage());
        }
        String fileName = source.getFileName().toString();
        String name = args.option("name") != null ? args.option("name").strip()
                : fileName.replaceFirst("(?i)\\.ode$", "");
        String bundle = args.option("bundle") != null ? args.option("bundle").strip()
                : ModelPluginJar.MODEL_ID.matcher(id).matches() ? ModelPluginJar.defaultSymbolicName(id) : "";
        String version = args.option("version") != null ? args.option("version").strip() : "1.0.0";
        ModelPluginJar plugin = new ModelPluginJar(id, name, bundle, version, text);
        Model model;
        try {
            model = plugin.validate(fileName);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (EquationException e) {
            throw new UsageException(source + ": " + e.getMessage());
        }
        ModelRegistry registry = ModelRegistry.getDefault();
        if (registry.contains(id)) {
            ModelDescriptor installed = registry.descriptors().stream().filter(d -> d.id().equals(id)).findFirst()
                    .orElseThrow();
            if (!installed.contributor().equals(bundle)) {
                throw new UsageException("model id '" + id + "' is already installed (" + installed.name() + ", from "
                        + installed.contributor() + "); choose another ID");
            }
        }
        Path target = target(args.option("out"), plugin.fileName());
        OutputFiles.writeBytes(target, plugin.toBytes(), source);
        if (args.flag("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", target.toString());
            doc.put("bundle", bundle);
            doc.put("version", version);
            doc.put("id", id);
            doc.put("name", name);
            doc.put("variables", model.variableNames());
            List<Object> params = new ArrayList<>();
            model.parameters().forEach(p -> params.add(p.name()));
            doc.put("parameters", params);
            out.println(Json.write(doc));
        } else {
            out.println("wrote " + target + ": plug-in " + bundle + " " + version + " contributing model '" + id
                    + "' (" + model.variableNames().size() + " variables, " + model.parameters().size()
                    + " parameters)");
            out.println("install it: copy it into the dropins/ folder of the workbench (or ~/.neuropynamics/dropins/)");
        }
        return 0;
    }

    private static Path target(String out, String fileName) {
        if (out == null) {
            return Path.of(fileName);
        }
        Path p = path("--out", out);
        Path user = Dropins.userFolder();
        if (user != null && !Files.exists(p) && p.toAbsolutePath().normalize().equals(user)) {
            try {
                Files.createDirectories(user); // ~/.neuropynamics/dropins: the documented place, made on first use
            } catch (java.io.IOException e) {
                throw new UsageException("cannot create " + user + ": " + org.neuropynamics.core.io.FileReasons.reason(e));
            }
        }
        if (Files.isDirectory(p)) {
            return p.resolve(fileName);
        }
        if (!p.getFileName().toString().endsWith(".jar")) {
            throw new UsageException("--out must be an existing folder or a FILE.jar, got '" + out + "'");
        }
        return p;
    }

    private static Path path(String option, String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": not a file name: " + e.getReason());
        }
    }
}
