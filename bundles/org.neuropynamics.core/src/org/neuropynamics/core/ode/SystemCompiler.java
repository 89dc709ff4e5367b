package org.neuropynamics.core.ode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.model.Model;

/**
 * Compiles systems typed by the user in the phase-plane editor, such as
 * <pre>
 * x' = 2*x - x^2 - x*y
 * y' = -y + x*y
 * </pre>
 * The text is read with the {@code .ode} grammar (so {@code par}, {@code init}, fixed quantities and
 * functions work too); errors carry the line and column within the typed text.
 */
public final class SystemCompiler {

    private SystemCompiler() {
    }

    /**
     * Compiles typed equations into a model.
     *
     * @param id the model id
     * @param equations the typed lines, in the {@code .ode} grammar
     * @param parameters parameter values; they override values declared with {@code par} in the text,
     *            and parameters not declared there are added (in map order)
     * @throws EquationException at the line and column of the first error in {@code equations}
     */
    public static Model compile(String id, String equations, Map<String, Double> parameters) {
        OdeFile parsed = OdeModelLoader.parse(equations, id);
        Map<String, Double> remaining = new LinkedHashMap<>(parameters);
        List<OdeFile.ParameterDeclaration> declared = new ArrayList<>();
        for (OdeFile.ParameterDeclaration p : parsed.parameters()) {
            String match = remaining.keySet().stream().filter(k -> k.equalsIgnoreCase(p.name())).findFirst()
                    .orElse(null);
            double value = match == null ? p.value() : remaining.remove(match);
            declared.add(new OdeFile.ParameterDeclaration(p.name(), value, p.line()));
        }
        remaining.forEach((name, value) -> declared.add(new OdeFile.ParameterDeclaration(name, value, 0)));
        OdeFile file = new OdeFile(parsed.fileName(), parsed.description(), parsed.variables(), parsed.map(),
                declared, parsed.constants(), parsed.initials(), parsed.functions(), parsed.fixed(),
                parsed.auxiliaries(), parsed.events(), parsed.options(), parsed.warnings());
        return OdeModelLoader.build(id, file);
    }

    /** Compiles typed equations that declare their parameters themselves (if any). */
    public static Model compile(String id, String equations) {
        return compile(id, equations, Map.of());
    }
}
