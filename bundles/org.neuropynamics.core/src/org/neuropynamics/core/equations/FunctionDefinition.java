package org.neuropynamics.core.equations;

import java.util.List;

/**
 * A user function such as {@code minf(v) = .5*(1+tanh((v-v1)/v2))}; calls are inlined when binding.
 *
 * @param name the function name as declared
 * @param parameters the formal parameter names
 * @param body the unbound body
 * @param line the line of the definition
 */
public record FunctionDefinition(String name, List<String> parameters, Expr body, int line) {
    public FunctionDefinition {
        parameters = List.copyOf(parameters);
    }
}
