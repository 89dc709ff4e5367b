package org.neuropynamics.network.export;

import java.util.List;
import java.util.Map;

import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;
import org.neuropynamics.core.ode.OdeWriter;

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

    /** The catalogue models the network exporters (Brian2, PyNN, NEST, NEURON) take. */
    private static final java.util.Set<String> EXPORTABLE = java.util.Set.of("lif", "perfect-integrator",
            "izhikevich", "adex", "fitzhugh-nagumo");

    /**
     * Catalogue models written in the {@code .ode} language (the catalogue's parameter names, models.tests data/catalogue-section4.csv): the
     * exporters' models, and the conductance-based models and the logistic map for {@link #toOde} only.
     */
    private static final Map<String, Entry> CATALOGUE = Map.ofEntries(Map.entry(
            "lif", new Entry("""
                    par I=10, tau=20, EL=-59, Vth=-50, Vreset=-70, tref=0
                    v' = (EL - v + I)/tau
                    global 1 {v - Vth} {v=Vreset}
                    """, "tref", new int[] {0})),
            Map.entry("perfect-integrator", new Entry("""
                    par I=10, tau=20, Vth=-50, Vreset=-70
                    v' = I/tau
                    global 1 {v - Vth} {v=Vreset}
                    """, null, new int[0])),
            Map.entry("izhikevich", new Entry("""
                    par a=0.02, b=0.2, c=-65, d=8, I=10, vpeak=30
                    v' = 0.04*v^2 + 5*v + 140 - u + I
                    u' = a*(b*v - u)
                    global 1 {v - vpeak} {v=c; u=u+d}
                    """, null, new int[0])),
            Map.entry("adex", new Entry("""
                    par C=281, gL=30, EL=-70.6, VT=-50.4, DeltaT=2, tauw=40, a=4, b=0.08, Vr=-70.6, I=0.8
                    V' = (gL*(EL - V) + gL*DeltaT*exp((V - VT)/DeltaT) + 1000*(I - w))/C
                    w' = (a*(V - EL)/1000 - w)/tauw
                    global 1 {V - (VT + 5*DeltaT)} {V=Vr; w=w+b}
                    """, null, new int[0])),
            Map.entry("fitzhugh-nagumo", new Entry("""
                    par a=0.7, b=0.8, tau=12.5, I=0.5
                    v' = v - v^3/3 - w + I
                    w' = (v + a - b*w)/tau
                    """, null, new int[0])),
            Map.entry("hodgkin-huxley", new Entry("""
                    par C=1, gNa=120, gK=36, gL=0.3, ENa=50, EK=-77, EL=-54.387, I=10
                    am = 0.1*(V + 40)/(1 - exp(-(V + 40)/10))
                    bm = 4*exp(-(V + 65)/18)
                    ah = 0.07*exp(-(V + 65)/20)
                    bh = 1/(1 + exp(-(V + 35)/10))
                    an = 0.01*(V + 55)/(1 - exp(-(V + 55)/10))
                    bn = 0.125*exp(-(V + 65)/80)
                    V' = (I - gNa*m^3*h*(V - ENa) - gK*n^4*(V - EK) - gL*(V - EL))/C
                    m' = am*(1 - m) - bm*m
                    h' = ah*(1 - h) - bh*h
                    n' = an*(1 - n) - bn*n
                    """, null, new int[0])),
            Map.entry("hh-traub", new Entry("""
                    par gNa=100, gK=30, gL=0.05, ENa=50, EK=-90, EL=-65, VT=-63, area=20000, I=0.3
                    am = 1.28*((V - VT - 13)/4)/(1 - exp(-(V - VT - 13)/4))
                    bm = 1.4*((VT + 40 - V)/5)/(1 - exp(-(VT + 40 - V)/5))
                    ah = 0.128*exp((17 - V + VT)/18)
                    bh = 4/(1 + exp((40 - V + VT)/5))
                    an = 0.16*((V - VT - 15)/5)/(1 - exp(-(V - VT - 15)/5))
                    bn = 0.5*exp((10 - V + VT)/40)
                    V' = gL*(EL - V) - gNa*m^3*h*(V - ENa) - gK*n^4*(V - EK) + 1e5*I/area
                    m' = am*(1 - m) - bm*m
                    h' = ah*(1 - h) - bh*h
                    n' = an*(1 - n) - bn*n
                    """, null, new int[0])),
            Map.entry("morris-lecar", new Entry("""
                    par C=20, gCa=4.4, gK=8, gL=2, VCa=120, VK=-84, VL=-60, V1=-1.2, V2=18, V3=2, V4=30, phi=0.04
                    par I=100
                    minf = 0.5*(1 + tanh((V - V1)/V2))
                    winf = 0.5*(1 + tanh((V - V3)/V4))
                    V' = (I - gL*(V - VL) - gCa*minf*(V - VCa) - gK*w*(V - VK))/C
                    w' = phi*(winf - w)*cosh((V - V3)/(2*V4))
                    """, null, new int[0])),
            Map.entry("inap", new Entry("""
                    par C=10, gL=19, EL=-67, gNa=74, ENa=60, Vhalf=1.5, k=16, I=0
                    minf = 1/(1 + exp((Vhalf - V)/k))
                    V' = (I - gL*(V - EL) - gNa*minf*(V - ENa))/C
                    """, null, new int[0])),
            Map.entry("logistic", new Entry("""
                    par r=3.5
                    x(t+1) = r*x*(1 - x)
                    """, null, new int[0])));

    /**
     * The equations of {@code model}.
     *
     * @throws ExportException when the model has no equations an exporter can read (a Java model outside the
     *         list above) or is a map
     */
    public static ModelEquations of(Model model) {
        refuseNoise(model);
        if (model.kind() == Model.Kind.MAP) {
            throw new ExportException("Model " + model.id() + " is a discrete-time map; only differential "
                    + "equations can be exported.");
        }
        if (model.equations() != null) {
            List<EquationSystem.Event> events = model.equations().events();
            if (events.size() > 1 || (events.size() == 1 && events.get(0).direction() == 0)) {
                throw new ExportException("Model " + model.id() + " has " + (events.size() > 1 ? events.size()
                        + " global events" : "a 'global 0' event (both directions)") + "; the exporters take one "
                        + "threshold crossed in one direction.");
            }
            return new ModelEquations(model, model.equations(), null, new int[0]);
        }
        Entry e = EXPORTABLE.contains(model.id()) ? CATALOGUE.get(model.id()) : null;
        if (e == null) {
            throw new ExportException("Model " + model.id() + " is written in Java and has no equations to "
                    + "export (exportable: " + String.join(", ", new java.util.TreeSet<>(EXPORTABLE))
                    + " and .ode models).");
        }
        return catalogue(model, e);
    }

    /** Random inputs are slots filled by our runs (issue 14); no exporter translates them yet. */
    private static void refuseNoise(Model model) {
        if (model.noise() != null) {
            throw new ExportException("Model " + model.id() + " has random inputs (wiener, ran, normal, markov or "
                    + "special gill); they cannot be exported or written as .ode yet.");
        }
    }

    private static ModelEquations catalogue(Model model, Entry e) {
        EquationSystem system = OdeModelLoader.bind(OdeModelLoader.parse(e.ode(), model.id() + ".ode"));
        return new ModelEquations(model, system, e.refractory(), e.clamped());
    }

    /**
     * The equations of {@code model} for writing it as an XPPAUT {@code .ode} file: as {@link #of}, and maps
     * too.
     *
     * @throws ExportException when the model has no equations (a Java model outside the list above)
     */
    public static ModelEquations forOde(Model model) {
        refuseNoise(model);
        if (model.equations() != null) {
            return new ModelEquations(model, model.equations(), null, new int[0]);
        }
        Entry e = CATALOGUE.get(model.id());
        if (e == null) {
            throw new ExportException("Model " + model.id() + " is written in Java and has no equations to write "
                    + "as .ode (writable: " + String.join(", ", new java.util.TreeSet<>(CATALOGUE.keySet()))
                    + " and .ode models).");
        }
        return catalogue(model, e);
    }

    /**
     * The model as an XPPAUT {@code .ode} file ({@link OdeWriter}) with these parameter values and initial
     * state, for a run of {@code total} ms at XPPAUT's Runge-Kutta with step {@code dt}.
     *
     * @throws ExportException when the model has no equations, or a refractory period (XPPAUT has none)
     */
    public static String toOde(Model model, double[] parameters, double[] initialState, double total, double dt) {
        ModelEquations eq = forOde(model);
        if (eq.refractoryParameter() != null
                && parameters[model.parameterIndex(eq.refractoryParameter())] > 0) {
            throw new ExportException("Model " + model.id() + " has a refractory period ("
                    + eq.refractoryParameter() + " > 0), which XPPAUT's .ode files cannot express; set it to 0.");
        }
        List<String> names = eq.system().parameterNames();
        double[] values = new double[names.size()];
        for (int k = 0; k < values.length; k++) {
            int j = model.parameterIndex(names.get(k));
            if (j < 0) {
                throw new ExportException("Model " + model.id() + " has no parameter " + names.get(k));
            }
            values[k] = parameters[j];
        }
        try {
            return OdeWriter.write(model.name() + " (" + model.id() + ")", eq.system(), values, initialState, total, dt);
        } catch (IllegalArgumentException e) {
            throw new ExportException("Model " + model.id() + " cannot be written for XPPAUT: " + e.getMessage());
        }
    }

    /** Whether this model is one of the catalogue's Java models the exporters take. */
    public static boolean isCatalogue(String id) {
        return EXPORTABLE.contains(id);
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
