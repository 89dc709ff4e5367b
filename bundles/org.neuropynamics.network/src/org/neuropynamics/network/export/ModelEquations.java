package org.neuropynamics.network.export;

import java.util.Map;

import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * The equations of a model as our expression tree, for generating other simulators' code. {@code .ode} models
 * carry the tree they were compiled from ({@link Model#equations()}); the Java models of the catalogue have
 * theirs written here once, in the {@code .ode} language, and a test checks them against the Java right-hand
 * sides, thresholds and resets.
 *
 * @param model the model
 * @param system the bound equations (state variables, parameters, fixed quantities, threshold and reset)
 * @param refractoryParameter the parameter holding the refractory period in ms, or null
 * @param clamped indices of the variables held during the refractory period
 */
public record ModelEquations(Model model, EquationSystem system, String refractoryParameter, int[] clamped) {

    private record Entry(String ode, String refractory, int[] clamped) {
    }

    /** Catalogue models written in the {@code .ode} language (ARCHITECTURE section 4 parameter names). */
    private static final Map<String, Entry> CATALOGUE = Map.of(
            "lif", new Entry("""
                    par I=10, tau=20, EL=-59, Vth=-50, Vreset=-70, tref=0
                    v' = (EL - v + I)/tau
                    global 1 {v - Vth} {v=Vreset}
                    """, "tref", new int[] {0}),
            "perfect-integrator", new Entry("""
                    par I=10, tau=20, Vth=-50, Vreset=-70
                    v' = I/tau
                    global 1 {v - Vth} {v=Vreset}
                    """, null, new int[0]),
            "izhikevich", new Entry("""
                    par a=0.02, b=0.2, c=-65, d=8, I=10, vpeak=30
                    v' = 0.04*v^2 + 5*v + 140 - u + I
                    u' = a*(b*v - u)
                    global 1 {v - vpeak} {v=c; u=u+d}
                    """, null, new int[0]),
            "adex", new Entry("""
                    par C=281, gL=30, EL=-70.6, VT=-50.4, DeltaT=2, tauw=40, a=4, b=0.08, Vr=-70.6, I=0.8
                    V' = (gL*(EL - V) + gL*DeltaT*exp((V - VT)/DeltaT) + 1000*(I - w))/C
                    w' = (a*(V - EL)/1000 - w)/tauw
                    global 1 {V - (VT + 5*DeltaT)} {V=Vr; w=w+b}
                    """, null, new int[0]),
            "fitzhugh-nagumo", new Entry("""
                    par a=0.7, b=0.8, tau=12.5, I=0.5
                    v' = v - v^3/3 - w + I
                    w' = (v + a - b*w)/tau
                    """, null, new int[0]));

    /**
     * The equations of {@code model}.
     *
     * @throws ExportException when the model has no equations an exporter can read (a Java model outside the
     *         list above) or is a map
     */
    public static ModelEquations of(Model model) {
        if (model.kind() == Model.Kind.MAP) {
            throw new ExportException("Model " + model.id() + " is a discrete-time map; only differential "
                    + "equations can be exported.");
        }
        if (model.equations() != null) {
            return new ModelEquations(model, model.equations(), null, new int[0]);
        }
        Entry e = CATALOGUE.get(model.id());
        if (e == null) {
            throw new ExportException("Model " + model.id() + " is written in Java and has no equations to "
                    + "export (exportable: " + String.join(", ", new java.util.TreeSet<>(CATALOGUE.keySet()))
                    + " and .ode models).");
        }
        EquationSystem system = OdeModelLoader.bind(OdeModelLoader.parse(e.ode(), model.id() + ".ode"));
        return new ModelEquations(model, system, e.refractory(), e.clamped());
    }

    /** Whether this model is one of the catalogue's Java models written out above. */
    public static boolean isCatalogue(String id) {
        return CATALOGUE.containsKey(id);
    }

    /** True when variable {@code k} is held during the refractory period. */
    boolean isClamped(int k) {
        for (int c : clamped) {
            if (c == k) {
                return true;
            }
        }
        return false;
    }
}
