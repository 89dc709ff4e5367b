package org.neuropynamics.cli;

import java.nio.file.Path;
import java.util.Map;

import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.InputFiles;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.core.ode.OdeFile;
import org.neuropynamics.core.ode.OdeModelLoader;
import org.neuropynamics.core.ode.OdeOptions;
import org.neuropynamics.core.ode.OdeRunSettings;
import org.neuropynamics.core.registry.ModelRegistry;

/**
 * The MODEL argument of a command: a model id from {@code models} or the path of an XPPAUT {@code .ode} file,
 * with the {@code --set} values applied to its parameters.
 *
 * @param model the model
 * @param parameters parameter values (defaults overridden by {@code --set})
 * @param options the file's {@code @} options ({@link OdeOptions#none()} for catalogue models)
 * @param xpp how XPPAUT would run the file (its {@code @} options and XPPAUT's defaults), or null for
 *        catalogue models, which keep the workbench's defaults
 */
record ModelArgument(Model model, double[] parameters, OdeOptions options, OdeRunSettings xpp) {

    static ModelArgument resolve(String text, Map<String, Double> sets) {
        Model model;
        OdeOptions options = OdeOptions.none();
        OdeRunSettings xpp = null;
        if (looksLikeFile(text)) {
            Path file = Path.of(text);
            String source;
            try {
                source = InputFiles.readText(file, "model file");
            } catch (FileProblem e) {
                throw new UsageException(e.getMessage());
            }
            String name = file.getFileName().toString();
            OdeFile ode = OdeModelLoader.parse(source, name);
            model = OdeModelLoader.build(name.replaceFirst("\\.ode$", ""), ode);
            options = ode.options();
            xpp = OdeRunSettings.of(ode);
        } else {
            ModelRegistry registry = ModelRegistry.getDefault();
            if (!registry.contains(text)) {
                throw new UsageException("unknown model '" + text + "'; models: " + String.join(", ", registry.ids())
                        + " (or the path of an .ode file)");
            }
            model = registry.get(text);
        }
        double[] p = model.defaultParameters();
        for (Map.Entry<String, Double> e : sets.entrySet()) {
            int i = model.parameterIndex(e.getKey());
            if (i < 0) {
                throw new UsageException("--set " + e.getKey() + ": model " + model.id() + " has no parameter '"
                        + e.getKey() + "'; its parameters: " + String.join(", ",
                                model.parameters().stream().map(Parameter::name).toList()));
            }
            p[i] = e.getValue();
        }
        return new ModelArgument(model, p, options, xpp);
    }

    /**
     * The model file {@code text} names, or null for a catalogue id: the input an output file may not replace.
     */
    static Path inputFile(String text) {
        return text != null && looksLikeFile(text) ? Path.of(text) : null;
    }

    private static boolean looksLikeFile(String text) {
        return text.endsWith(".ode") || text.contains("/") || text.contains("\\");
    }

    /** Initial state: the model's, with {@code --init VAR=VALUE,...} applied. */
    double[] initialState(String initOption) {
        double[] y0 = model.initialState(parameters);
        if (initOption == null || initOption.isBlank()) {
            return y0;
        }
        for (String assignment : initOption.split(",")) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--init needs VAR=VALUE[,VAR=VALUE...], got '" + assignment + "'");
            }
            String var = assignment.substring(0, eq).strip();
            int i = model.variableIndex(var);
            if (i < 0) {
                throw new UsageException("--init " + var + ": model " + model.id() + " has no variable '" + var
                        + "'; its variables: " + String.join(", ", model.variableNames()));
            }
            y0[i] = Arguments.number("--init " + var, assignment.substring(eq + 1));
        }
        return y0;
    }
}
