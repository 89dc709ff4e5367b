package org.neuropynamics.core.ode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.model.Model;

/**
 * Compiles systems typed by the user in the phase-plane editor (and maps typed in the Maps view), such as
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
        return compile(id, equations, parameters, false);
    }

    /**
     * Compiles a typed iterated map, such as the logistic map {@code x' = r*x*(1-x)} or the Henon map
     * <pre>
     * x' = 1 - a*x^2 + y
     * y' = b*x
     * par a=1.4, b=0.3
     * init x=0.1, y=0.1
     * </pre>
     * where {@code x'} (or XPPAUT's {@code x(t+1)}) is the next value of x. The result is a
     * {@link Model.Kind#MAP} with the symbolic Jacobian of the map (for Lyapunov exponents).
     *
     * @param parameters parameter values, overriding and adding to the text's {@code par} declarations
     * @throws EquationException at the line and column of the first error in {@code equations}
     */
    public static Model compileMap(String id, String equations, Map<String, Double> parameters) {
        return compile(id, equations, parameters, true);
    }

    private static Model compile(String id, String equations, Map<String, Double> parameters, boolean map) {
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
        OdeFile file = new OdeFile(parsed.fileName(), parsed.description(), parsed.variables(), map || parsed.map(),
                declared, parsed.constants(), parsed.initials(), parsed.functions(), parsed.fixed(),
                parsed.auxiliaries(), parsed.events(), parsed.options(), parsed.warnings(), parsed.presets(),
                parsed.algebraics(), parsed.history(), parsed.stochastic());
        return OdeModelLoader.build(id, file);
    }

    /** Compiles typed equations that declare their parameters themselves (if any). */
    public static Model compile(String id, String equations) {
        return compile(id, equations, Map.of());
    }
}
