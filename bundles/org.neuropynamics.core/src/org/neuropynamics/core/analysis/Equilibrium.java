package org.neuropynamics.core.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An equilibrium of a flow with its linear stability.
 *
 * @param state the state, model variable order
 * @param jacobian the Jacobian there
 * @param stability eigenvalues and classification
 * @param residual max_i |f_i(state)| (absolute, in the variables' rate units)
 */
public record Equilibrium(double[] state, double[][] jacobian, LinearStability stability, double residual) {

    /** The contract type. */
    public Classification type() {
        return stability.type();
    }

    /** The precise case name (e.g. "stable star"). */
    public String detail() {
        return stability.detail();
    }

    /** Eigenvalues, descending real part. */
    public Eigenvalue[] eigenvalues() {
        return stability.eigenvalues();
    }

    /** True when asymptotically stable. */
    public boolean stable() {
        return stability.stable();
    }

    /** The state keyed by variable name, in model order. */
    public Map<String, Double> stateByName(List<String> variableNames) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < state.length; i++) {
            m.put(variableNames.get(i), state[i]);
        }
        return m;
    }
}
