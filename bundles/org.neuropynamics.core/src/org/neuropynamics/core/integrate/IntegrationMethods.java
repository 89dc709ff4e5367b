package org.neuropynamics.core.integrate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The registry of integration methods by name (as Brian2's {@code StateUpdateMethod.register}). Built in:
 * {@code euler}, {@code midpoint}, {@code exp-euler}, {@code rk4}, {@code dopri5}, {@code rodas} (stiff),
 * {@code heun} (XPPAUT's modified Euler), {@code gear} and {@code qualrk} (XPPAUT's Gear
 * and Cash-Karp methods). Thread-safe.
 */
public final class IntegrationMethods {

    private static final Map<String, IntegrationMethod> METHODS = new LinkedHashMap<>();

    static {
        register(new IntegrationMethod.ExplicitRungeKutta("euler", ButcherTableau.EULER));
        register(new IntegrationMethod.ExponentialEuler("exp-euler"));
        register(new IntegrationMethod.ExplicitRungeKutta("midpoint", ButcherTableau.MIDPOINT));
        register(new IntegrationMethod.ExplicitRungeKutta("heun", ButcherTableau.HEUN));
        register(new IntegrationMethod.ExplicitRungeKutta("rk4", ButcherTableau.RK4));
        register(IntegrationMethod.EmbeddedRungeKutta.dormandPrince54());
        register(new IntegrationMethod.Rosenbrock("rodas"));
        register(new IntegrationMethod.Gear("gear", 1e-12));
        register(new IntegrationMethod.CashKarp("qualrk", 1e-12));
    }

    private IntegrationMethods() {
    }

    /** Adds (or replaces) a method under its name. */
    public static synchronized void register(IntegrationMethod method) {
        METHODS.put(Objects.requireNonNull(method).name(), method);
    }

    /**
     * The method of that name.
     *
     * @throws IllegalArgumentException naming the known methods when there is none
     */
    public static synchronized IntegrationMethod get(String name) {
        IntegrationMethod m = METHODS.get(name);
        if (m == null) {
            throw new IllegalArgumentException("unknown integration method '" + name + "' (known: "
                    + String.join(", ", METHODS.keySet()) + ")");
        }
        return m;
    }

    /** True when a method of that name is registered. */
    public static synchronized boolean contains(String name) {
        return METHODS.containsKey(name);
    }

    /** Registered names in registration order. */
    public static synchronized List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(METHODS.keySet()));
    }
}
