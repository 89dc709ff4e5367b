package org.neuropynamics.neuroml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuropynamics.core.codegen.CompiledSystem;
import org.neuropynamics.core.codegen.ModelCompiler;
import org.neuropynamics.core.equations.BinaryOp;
import org.neuropynamics.core.equations.Builtin;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.equations.Evaluator;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.ExpressionParser;
import org.neuropynamics.core.equations.Symbol;
import org.neuropynamics.core.model.ConditionEvents;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.build.Networks;

/**
 * LEMS {@code ComponentType}s with {@code Dynamics} defined in a file, compiled like {@code .ode} equations (issue
 * 15; docs/architecture.md, "NeuroML and LEMS"): the expressions are parsed by our expression parser (LEMS's
 * {@code .gt.}, {@code .and.}, ... rewritten to our operators) into our AST, bound to the type's names here
 * (case-sensitively, as LEMS), and compiled by {@link ModelCompiler}; nothing from the file is run.
 * <p>
 * Supported: {@code Parameter}, {@code DerivedParameter}, {@code Constant}, {@code Exposure}, {@code EventPort},
 * {@code Attachments}; in {@code Dynamics}: {@code StateVariable}, {@code DerivedVariable} (a {@code value}, or
 * {@code select="synapses[*]/i"} with {@code reduce="add"}: the synaptic and injected current, which becomes the
 * model's input-current parameter), {@code ConditionalDerivedVariable}, {@code TimeDerivative}, {@code OnStart},
 * {@code OnCondition} ({@code StateAssignment}, {@code EventOut}, {@code Transition}) and {@code Regime}s
 * ({@code TimeDerivative}, {@code OnEntry}, {@code OnCondition}); {@code extends} of the abstract NeuroML cell bases
 * (baseCell ... baseIafCapCell, their parameters inherited) or of another type of the file. Quantities are
 * converted to mV, ms, pA, nS, pF, 1/ms, nS/mV (a coherent system, so dimensionally consistent expressions need no
 * factor). Anything else is refused with its element name and line.
 * <p>
 * The regime is a hidden state variable ({@value #REGIME}); the conditions are {@link ConditionEvents}: in a step
 * of the network simulator every condition is tested on the state at the start of the step and the actions of
 * those that hold are applied, in document order, after the step is integrated (method {@code euler-lems}, the
 * order that reproduces jNeuroML's spike times for the core cells). A type used by a population is registered in
 * the {@link ModelRegistry} for the session under its name plus a hash of its definition, like {@link ChannelCells}.
 */
final class LemsTypes {

    /** The hidden state variable holding the index of the active regime. */
    static final String REGIME = "regime";

    /** LEMS dimension names and our unit for each (a coherent system: pA = nS mV, pF mV/ms = pA). */
    private static final Map<String, String> DIMENSIONS = Map.of("voltage", "mV", "time", "ms", "current", "pA",
            "conductance", "nS", "capacitance", "pF", "per_time", "1/ms", "conductance_per_voltage", "nS/mV",
            "none", "");

    /** The abstract NeuroML cell bases a type may extend: their parent and their parameters (Cells.xml). */
    private record Base(String parent, Map<String, String> parameters) {
    }

    private static final Map<String, Base> BASES = Map.ofEntries(
            Map.entry("baseStandalone", new Base(null, Map.of())),
            Map.entry("baseCell", new Base("baseStandalone", Map.of())),
            Map.entry("baseSpikingCell", new Base("baseCell", Map.of())),
            Map.entry("baseCellMembPot", new Base("baseSpikingCell", Map.of())),
            Map.entry("baseCellMembPotDL", new Base("baseSpikingCell", Map.of())),
            Map.entry("baseCellMembPotCap", new Base("baseCellMembPot", Map.of("C", "capacitance"))),
            Map.entry("baseIaf", new Base("baseCellMembPot", linked("thresh", "voltage", "reset", "voltage"))),
            Map.entry("baseIafCapCell", new Base("baseCellMembPotCap",
                    linked("thresh", "voltage", "reset", "voltage"))),
            Map.entry("baseSynapse", new Base(null, Map.of())),
            Map.entry("baseVoltageDepSynapse", new Base("baseSynapse", Map.of())),
            Map.entry("baseCurrentBasedSynapse", new Base("baseSynapse", Map.of())),
            Map.entry("baseConductanceBasedSynapse", new Base("baseVoltageDepSynapse",
                    linked("gbase", "conductance", "erev", "voltage"))));

    private static final Pattern LEMS_OPERATOR = Pattern.compile("\\.(gt|lt|geq|leq|eq|neq|and|or)\\.");
    private static final Map<String, String> OPERATORS = Map.of("gt", ">", "lt", "<", "geq", ">=", "leq", "<=",
            "eq", "==", "neq", "!=", "and", "&", "or", "|");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> SYNAPTIC_SELECTS = Set.of("synapses[*]/i", "synapses[*]/I");
    private static final int MAX_EXTENDS = 32;

    private final Map<String, XmlElement> types = new LinkedHashMap<>();
    private final Map<String, Compiled> compiled = new HashMap<>();

    private static Map<String, String> linked(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Records a {@code <ComponentType>} of the file. */
    void add(XmlElement e) throws NeuroMLException {
        String name = e.attribute("name");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new NeuroMLException(e.where() + " needs a name (letters, digits and _), got '" + name + "'");
        }
        if (NeuroMLImport.Kinds.known(name) || BASES.containsKey(name) || name.equals("Component")) {
            throw new NeuroMLException(e.where() + " '" + name + "' redefines a NeuroML core type");
        }
        if (types.putIfAbsent(name, e) != null) {
            throw new NeuroMLException(e.where() + ": the ComponentType '" + name + "' is defined twice");
        }
    }

    /** Whether {@code e} is a component of a type of the file ({@code <T id=...>} or {@code <Component type="T">}). */
    boolean defines(XmlElement e) {
        return types.containsKey(typeName(e));
    }

    /** Whether the file defines a type of this name. */
    boolean isType(String name) {
        return types.containsKey(name);
    }

    private static String typeName(XmlElement e) {
        return e.name().equals("Component") ? e.attribute("type") : e.name();
    }

    /** A population of {@code size} cells of the component {@code comp}, its parameters set from the component. */
    Population population(Network network, String id, int size, XmlElement comp) throws NeuroMLException {
        String typeName = typeName(comp);
        Compiled c = compiled.get(typeName);
        if (c == null) {
            c = compile(typeName, comp);
            compiled.put(typeName, c);
        }
        Population p = Networks.population(network, id, size, c.id());
        for (Map.Entry<String, Double> v : values(c.type(), comp).entrySet()) {
            Networks.setParameter(p, v.getKey(), v.getValue());
        }
        return p;
    }

    /** A compiled type: its registered model id and its resolved definition. */
    private record Compiled(String id, Type type) {
    }

    /** A type with its ancestors resolved. */
    private record Type(String name, XmlElement element, Map<String, String> parameters, Map<String, XmlElement> derived,
            Map<String, Double> constants, XmlElement dynamics, List<XmlElement> chain, boolean cell, boolean synapse) {
    }

    /** The parameter values of a component, in our units; every parameter of its type must be given. */
    private static Map<String, Double> values(Type type, XmlElement comp) throws NeuroMLException {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> a : comp.attributes().entrySet()) {
            String k = a.getKey();
            if (List.of("id", "name", "metaid", "neuroLexId").contains(k)
                    || k.equals("type") && comp.name().equals("Component")) {
                continue;
            }
            String dim = type.parameters().get(k);
            if (dim == null) {
                throw new NeuroMLException(comp.where() + ": attribute " + k + " is not a parameter of " + type.name()
                        + " (parameters: " + String.join(", ", type.parameters().keySet()) + ")");
            }
            out.put(k, Units.convert(a.getValue(), DIMENSIONS.get(dim), comp, k));
        }
        for (String k : type.parameters().keySet()) {
            if (!out.containsKey(k)) {
                throw new NeuroMLException(comp.where() + " '" + comp.attribute("id") + "' needs the parameter " + k
                        + " of " + type.name());
            }
        }
        for (XmlElement c : comp.children()) {
            if (!c.name().equals("notes") && !c.name().equals("annotation") && !c.name().equals("property")) {
                throw new NeuroMLException(c.where() + " is not supported inside a component of " + type.name());
            }
        }
        return out;
    }

    private Type resolve(String name, XmlElement at, int depth) throws NeuroMLException {
        XmlElement e = types.get(name);
        if (e == null) {
            throw new NeuroMLException(at.where() + ": no ComponentType '" + name + "' in the file");
        }
        if (depth > MAX_EXTENDS) {
            throw new NeuroMLException(e.where() + ": extends nested more than " + MAX_EXTENDS + " deep (a cycle?)");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, XmlElement> derived = new LinkedHashMap<>();
        Map<String, Double> constants = new LinkedHashMap<>();
        List<XmlElement> chain = new ArrayList<>();
        XmlElement dynamics = null;
        boolean cell = false;
        boolean synapse = false;
        String parent = e.attribute("extends");
        if (parent != null) {
            if (types.containsKey(parent)) {
                Type p = resolve(parent, e, depth + 1);
                parameters.putAll(p.parameters());
                derived.putAll(p.derived());
                constants.putAll(p.constants());
                chain.addAll(p.chain());
                dynamics = p.dynamics();
                cell = p.cell();
                synapse = p.synapse();
            } else if (BASES.containsKey(parent)) {
                for (String b = parent; b != null; b = BASES.get(b).parent()) {
                    cell |= b.equals("baseCell");
                    synapse |= b.equals("baseSynapse");
                    for (Map.Entry<String, String> q : BASES.get(b).parameters().entrySet()) {
                        parameters.putIfAbsent(q.getKey(), q.getValue());
                    }
                }
            } else {
                throw new NeuroMLException(e.where() + " '" + name + "' extends '" + parent + "': only the abstract "
                        + "NeuroML cell bases (" + String.join(", ", new TreeMap<>(BASES).keySet())
                        + ") or a ComponentType of the file can be extended");
            }
        }
        chain.add(e);
        for (String a : e.attributes().keySet()) {
            if (!List.of("name", "extends", "description").contains(a)) {
                throw new NeuroMLException(e.where() + ": attribute " + a + " is not supported");
            }
        }
        boolean ownDynamics = false;
        for (XmlElement c : e.children()) {
            switch (c.name()) {
                case "Parameter" -> parameters.put(declared(c), dimension(c));
                case "DerivedParameter" -> {
                    dimension(c);
                    required(c, "value");
                    derived.put(declared(c), c);
                }
                case "Constant" -> constants.put(declared(c), Units.convert(required(c, "value"),
                        DIMENSIONS.get(dimension(c)), c, "value"));
                case "Dynamics" -> {
                    if (ownDynamics) {
                        throw new NeuroMLException(c.where() + ": a ComponentType has one <Dynamics>");
                    }
                    ownDynamics = true;
                    dynamics = c;
                }
                case "Property" -> {
                    // a synapse's weight: the connection's weight multiplies the whole (linear) channel
                    if (!synapse || !"weight".equals(c.attribute("name"))) {
                        throw new NeuroMLException(c.where() + " is supported as a synapse's weight only");
                    }
                }
                case "Requirement" -> {
                    if (!synapse || !"v".equals(c.attribute("name"))) {
                        throw new NeuroMLException(c.where() + " is supported as a synapse's requirement of v only");
                    }
                }
                case "Exposure", "EventPort", "Attachments", "Text", "notes", "annotation", "About", "Meta" -> {
                    // interface declarations: exposures are our state variables, the spike port our spikes
                    if (c.name().equals("EventPort") && "in".equals(c.attribute("direction")) && !synapse) {
                        throw new NeuroMLException(c.where() + " '" + c.attribute("name") + "' (direction in) is not "
                                + "supported: NeuroML delivers spikes to synapses, ours are the network's exponential"
                                + " channels");
                    }
                }
                default -> throw new NeuroMLException(c.where() + " is not supported inside <ComponentType> (supported: "
                        + "Parameter, DerivedParameter, Constant, Exposure, EventPort, Attachments, Dynamics)");
            }
        }
        return new Type(name, e, parameters, derived, constants, dynamics, chain, cell, synapse);
    }

    private static String declared(XmlElement c) throws NeuroMLException {
        String n = required(c, "name");
        if (!NAME.matcher(n).matches()) {
            throw new NeuroMLException(c.where() + ": '" + n + "' is not a name (letters, digits and _)");
        }
        if (n.equals("t") || n.equals(REGIME) || n.equals("pi")) {
            throw new NeuroMLException(c.where() + ": the name '" + n + "' is reserved");
        }
        return n;
    }

    private static String dimension(XmlElement c) throws NeuroMLException {
        String d = c.attribute("dimension");
        if (d == null) {
            d = "none";
        }
        if (!DIMENSIONS.containsKey(d)) {
            throw new NeuroMLException(c.where() + ": dimension '" + d + "' is not supported (supported: "
                    + String.join(", ", new TreeMap<>(DIMENSIONS).keySet()) + ")");
        }
        return d;
    }

    private static String required(XmlElement e, String attribute) throws NeuroMLException {
        String v = e.attribute(attribute);
        if (v == null || v.isBlank()) {
            throw new NeuroMLException(e.where() + " needs the attribute " + attribute);
        }
        return v.strip();
    }

    /**
     * A synapse of a type of the file as one exponential channel of the network simulator.
     *
     * @param conductance a conductance (g (reversal - v)) or a current
     * @param factor the jump per event (weight 1), nS or pA
     * @param tau the decay time constant, ms
     * @param reversal mV (conductances)
     */
    record Channel(boolean conductance, double factor, double tau, double reversal) {
    }

    /**
     * The synapse component {@code comp} of a type of the file, when its Dynamics are one exponential channel: one
     * StateVariable x with x' = -x / tau, an OnEvent on port in adding a constant to x, and the current i = x (E - v)
     * times a constant (a conductance) or a constant times x (a current). The form is checked by evaluating the
     * compiled expressions (our AST, our interpreter) at probe points: linear in x and v within 1e-9. Anything else is
     * refused by name: the network simulator's synapses are exponential.
     */
    Channel synapse(XmlElement comp) throws NeuroMLException {
        String typeName = typeName(comp);
        Type type = resolve(typeName, comp, 0);
        String why = " is not supported as a synapse: only a synapse type (extending baseSynapse) whose Dynamics are "
                + "one exponential channel (x' = -x/tau, an OnEvent in adding a constant to x, i = x (E - v) or a "
                + "multiple of x) maps onto the network simulator's exponential synapses";
        if (!type.synapse() || type.dynamics() == null) {
            throw new NeuroMLException(comp.where() + " (ComponentType '" + typeName + "')" + why);
        }
        Scope s = new Scope();
        s.parameters.addAll(type.parameters().keySet());
        s.constants.putAll(type.constants());
        s.constants.put("weight", 1.0);
        for (Map.Entry<String, XmlElement> d : type.derived().entrySet()) {
            s.fixedUnbound.put(d.getKey(), parse(required(d.getValue(), "value"), d.getValue(), "value"));
            s.fixedWhere.put(d.getKey(), d.getValue());
        }
        XmlElement dyn = type.dynamics();
        XmlElement derivative = null;
        XmlElement onEvent = null;
        XmlElement onStart = null;
        for (XmlElement c : dyn.children()) {
            switch (c.name()) {
                case "StateVariable" -> {
                    if (!s.states.isEmpty()) {
                        throw new NeuroMLException(c.where() + ": a second StateVariable in the synapse type '" + typeName
                                + "'" + why);
                    }
                    s.states.add(declared(c));
                    dimension(c);
                }
                case "DerivedVariable" -> {
                    if (c.attribute("select") != null) {
                        throw new NeuroMLException(c.where() + ": select is not supported in a synapse type");
                    }
                    dimension(c);
                    s.fixedUnbound.put(declared(c), parse(required(c, "value"), c, "value"));
                    s.fixedWhere.put(declared(c), c);
                }
                case "TimeDerivative" -> derivative = c;
                case "OnStart" -> onStart = c;
                case "OnEvent" -> {
                    if (!"in".equals(c.attribute("port")) || onEvent != null) {
                        throw new NeuroMLException(c.where() + " (port '" + c.attribute("port") + "'): a synapse type "
                                + "takes one OnEvent, on its port in");
                    }
                    onEvent = c;
                }
                case "notes", "annotation" -> {
                    // documentation
                }
                default -> throw new NeuroMLException(c.where() + " in the synapse type '" + typeName + "'" + why);
            }
        }
        if (s.states.size() != 1 || derivative == null || onEvent == null || !s.fixedUnbound.containsKey("i")) {
            throw new NeuroMLException(dyn.where() + " of '" + typeName + "' needs one StateVariable, its "
                    + "TimeDerivative, an OnEvent on port in and a DerivedVariable i" + "; " + typeName + why);
        }
        s.states.add("v"); // the requirement: the cell's membrane potential, a probe here
        List<String> order = order(s);
        for (int k = 0; k < order.size(); k++) {
            s.fixedIndex.put(order.get(k), k);
        }
        List<Expr> fixed = new ArrayList<>();
        for (String n : order) {
            fixed.add(bind(s.fixedUnbound.get(n), s, s.fixedWhere.get(n)));
        }
        Expr rhs = bind(parse(required(derivative, "value"), derivative, "value"), s, derivative);
        if (!s.states.get(0).equals(derivative.attribute("variable"))) {
            throw new NeuroMLException(derivative.where() + ": '" + derivative.attribute("variable")
                    + "' is not the StateVariable");
        }
        List<XmlElement> jumps = onEvent.children();
        if (jumps.size() != 1 || !jumps.get(0).name().equals("StateAssignment")
                || !s.states.get(0).equals(jumps.get(0).attribute("variable"))) {
            throw new NeuroMLException(onEvent.where() + ": one StateAssignment of " + s.states.get(0) + " expected; "
                    + typeName + why);
        }
        Expr jump = bind(parse(required(jumps.get(0), "value"), jumps.get(0), "value"), s, jumps.get(0));
        Map<String, Double> values = values(type, comp);
        double[] given = new double[s.parameters.size()];
        for (int k = 0; k < given.length; k++) {
            given[k] = values.get(s.parameters.get(k));
        }
        if (onStart != null) {
            for (XmlElement a : onStart.children()) {
                double v0 = probe(bind(parse(required(a, "value"), a, "value"), s, a), fixed, given, 0, 0);
                if (!a.name().equals("StateAssignment") || v0 != 0) {
                    throw new NeuroMLException(a.where() + ": a synapse starts at 0");
                }
            }
        }
        Expr current = new Expr.Sym(Symbol.fixed(s.fixedIndex.get("i"), "i"));
        double d1 = probe(rhs, fixed, given, 1, -65);
        double tau = -1 / d1;
        double w = probe(jump, fixed, given, 0, -65);
        double c0 = probe(current, fixed, given, 1, 0);
        double beta = probe(current, fixed, given, 1, 1) - c0;
        boolean linear = d1 < 0 && Double.isFinite(tau)
                && close(probe(rhs, fixed, given, 2, -20), 2 * d1) && close(probe(rhs, fixed, given, 0, 30), 0)
                && close(probe(jump, fixed, given, 1.5, 10), 1.5 + w)
                && close(probe(current, fixed, given, 0, -40), 0)
                && close(probe(current, fixed, given, 2, -70), 2 * (c0 - 70 * beta))
                && close(probe(current, fixed, given, 0.5, 40), 0.5 * (c0 + 40 * beta));
        if (!linear || !Double.isFinite(w) || !Double.isFinite(c0) || !Double.isFinite(beta)) {
            throw new NeuroMLException(comp.where() + " (ComponentType '" + typeName + "')" + why);
        }
        if (Math.abs(beta) <= 1e-12 * Math.max(1, Math.abs(c0))) {
            return new Channel(false, w * c0, tau, 0);
        }
        return new Channel(true, -w * beta, tau, c0 / -beta);
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Evaluates a synapse expression with our interpreter at x = {@code x}, v = {@code v}. */
    private static double probe(Expr e, List<Expr> fixed, double[] p, double x, double v) {
        double[] y = {x, v};
        double[] f = new double[fixed.size()];
        for (int k = 0; k < f.length; k++) {
            f[k] = new Evaluator(0, y, p, f, null).evaluate(fixed.get(k));
        }
        return new Evaluator(0, y, p, f, null).evaluate(e);
    }

    // ---- compiling ------------------------------------------------------------------------------------------

    /** An action: assignments (state index, unbound value, where) in order, and a transition (-1 for none). */
    private record Action(List<Integer> variables, List<Expr> values, List<XmlElement> where, int transition) {
    }

    /** A condition: its regime (-1: any), test, action and whether it emits a spike. */
    private record Condition(int regime, Expr test, XmlElement where, Action action, boolean emits) {
    }

    /** The names of a type and what they mean while it is compiled. */
    private static final class Scope {
        final List<String> states = new ArrayList<>();
        final List<String> stateUnits = new ArrayList<>();
        final List<String> parameters = new ArrayList<>();
        final Map<String, Double> constants = new HashMap<>();
        final Map<String, Expr> fixedUnbound = new LinkedHashMap<>();
        final Map<String, XmlElement> fixedWhere = new HashMap<>();
        final Map<String, Integer> fixedIndex = new HashMap<>();
        String current;
        String currentUnit;

        boolean taken(String n) {
            return states.contains(n) || parameters.contains(n) || constants.containsKey(n)
                    || fixedUnbound.containsKey(n);
        }
    }

    private Compiled compile(String typeName, XmlElement comp) throws NeuroMLException {
        Type type = resolve(typeName, comp, 0);
        if (!type.cell()) {
            throw new NeuroMLException(comp.where() + ": the ComponentType '" + typeName + "' is not a cell (it must "
                    + "extend baseCell or one of its subtypes, e.g. baseCellMembPot) and cannot make a population");
        }
        if (type.dynamics() == null) {
            throw new NeuroMLException(type.element().where() + " '" + typeName + "' has no <Dynamics>");
        }
        Scope s = new Scope();
        s.parameters.addAll(type.parameters().keySet());
        s.constants.putAll(type.constants());
        for (Map.Entry<String, XmlElement> d : type.derived().entrySet()) {
            if (s.taken(d.getKey())) {
                throw new NeuroMLException(d.getValue().where() + ": the name '" + d.getKey() + "' is used twice");
            }
            s.fixedUnbound.put(d.getKey(), parse(required(d.getValue(), "value"), d.getValue(), "value"));
            s.fixedWhere.put(d.getKey(), d.getValue());
        }
        XmlElement dyn = type.dynamics();
        List<String> regimes = new ArrayList<>();
        int initial = 0;
        for (XmlElement c : dyn.children("Regime")) {
            String r = required(c, "name");
            if (regimes.contains(r)) {
                throw new NeuroMLException(c.where() + ": the regime '" + r + "' is defined twice");
            }
            if ("true".equals(c.attribute("initial"))) {
                initial = regimes.size();
            }
            regimes.add(r);
        }
        // declarations first: state variables and derived variables
        for (XmlElement c : dyn.children()) {
            switch (c.name()) {
                case "StateVariable" -> {
                    String n = declared(c);
                    if (s.taken(n)) {
                        throw new NeuroMLException(c.where() + ": the name '" + n + "' is used twice");
                    }
                    s.states.add(n);
                    s.stateUnits.add(DIMENSIONS.get(dimension(c)));
                }
                case "DerivedVariable" -> derivedVariable(c, s, type);
                case "ConditionalDerivedVariable" -> conditionalDerived(c, s);
                case "TimeDerivative", "OnStart", "OnCondition", "Regime", "notes", "annotation" -> {
                    // below
                }
                case "OnEvent" -> throw new NeuroMLException(c.where() + " (port '" + c.attribute("port") + "') is not "
                        + "supported: NeuroML delivers spikes to synapses, and ours are the network's exponential "
                        + "channels");
                default -> throw new NeuroMLException(c.where() + " is not supported inside <Dynamics> (supported: "
                        + "StateVariable, DerivedVariable, ConditionalDerivedVariable, TimeDerivative, OnStart, "
                        + "OnCondition, Regime)");
            }
        }
        if (s.states.isEmpty()) {
            throw new NeuroMLException(dyn.where() + " of '" + typeName + "' declares no StateVariable");
        }
        int regimeIndex = -1;
        if (!regimes.isEmpty()) {
            regimeIndex = s.states.size();
            s.states.add(REGIME);
            s.stateUnits.add("");
        }
        // derived quantities in dependency order, bound
        List<String> order = order(s);
        List<Expr> fixed = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            s.fixedIndex.put(order.get(k), k);
        }
        for (String n : order) {
            fixed.add(bind(s.fixedUnbound.get(n), s, s.fixedWhere.get(n)));
        }
        // time derivatives: of the Dynamics (all regimes) and per regime
        int n = s.states.size();
        Expr[] main = new Expr[n];
        Expr[][] perRegime = new Expr[Math.max(1, regimes.size())][n];
        for (XmlElement c : dyn.children("TimeDerivative")) {
            timeDerivative(c, s, main);
        }
        List<Condition> conditions = new ArrayList<>();
        for (XmlElement c : dyn.children("OnCondition")) {
            conditions.add(condition(c, -1, s, regimes, dyn));
        }
        Action onStart = null;
        for (XmlElement c : dyn.children("OnStart")) {
            if (onStart != null) {
                throw new NeuroMLException(c.where() + ": <Dynamics> has one <OnStart>");
            }
            onStart = action(c, s, regimes, false);
        }
        Action[] onEntry = new Action[regimes.size()];
        List<XmlElement> regimeElements = dyn.children("Regime");
        for (int r = 0; r < regimeElements.size(); r++) {
            XmlElement re = regimeElements.get(r);
            for (String a : re.attributes().keySet()) {
                if (!a.equals("name") && !a.equals("initial")) {
                    throw new NeuroMLException(re.where() + ": attribute " + a + " is not supported");
                }
            }
            for (XmlElement c : re.children()) {
                switch (c.name()) {
                    case "TimeDerivative" -> {
                        Expr[] own = perRegime[r];
                        int k = timeDerivative(c, s, own);
                        if (main[k] != null) {
                            throw new NeuroMLException(c.where() + ": " + s.states.get(k) + " has a TimeDerivative in"
                                    + " <Dynamics> already");
                        }
                    }
                    case "OnCondition" -> conditions.add(condition(c, r, s, regimes, dyn));
                    case "OnEntry" -> {
                        if (onEntry[r] != null) {
                            throw new NeuroMLException(c.where() + ": a regime has one <OnEntry>");
                        }
                        onEntry[r] = action(c, s, regimes, false);
                    }
                    case "notes", "annotation" -> {
                        // documentation
                    }
                    default -> throw new NeuroMLException(c.where() + " is not supported inside <Regime> (supported: "
                            + "TimeDerivative, OnEntry, OnCondition)");
                }
            }
        }
        if (conditions.size() > ConditionEvents.MAX_EVENTS) {
            throw new NeuroMLException(dyn.where() + ": more than " + ConditionEvents.MAX_EVENTS + " conditions");
        }
        List<Expr> rhs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Expr e = main[k];
            if (e == null && !regimes.isEmpty()) {
                Expr chainExpr = Expr.Num.ZERO;
                for (int r = regimes.size() - 1; r >= 0; r--) {
                    if (perRegime[r][k] != null) {
                        chainExpr = new Expr.Cond(inRegime(regimeIndex, r), perRegime[r][k], chainExpr);
                    }
                }
                e = chainExpr;
            }
            rhs.add(e == null ? Expr.Num.ZERO : e);
        }
        List<EquationSystem.Event> events = new ArrayList<>();
        boolean[] emits = new boolean[conditions.size()];
        for (int i = 0; i < conditions.size(); i++) {
            Condition c = conditions.get(i);
            Expr test = c.test();
            if (c.regime() >= 0) {
                test = new Expr.Binary(BinaryOp.AND, inRegime(regimeIndex, c.regime()), test);
            }
            List<EquationSystem.Reset> resets = new ArrayList<>();
            addResets(c.action(), s, resets);
            if (c.action().transition() >= 0) {
                resets.add(new EquationSystem.Reset(regimeIndex, new Expr.Num(c.action().transition())));
                if (onEntry[c.action().transition()] != null) {
                    addResets(onEntry[c.action().transition()], s, resets);
                }
            }
            events.add(new EquationSystem.Event(new Expr.Cond(test, Expr.Num.ONE, new Expr.Num(-1)), 1, resets));
            emits[i] = c.emits();
        }
        EquationSystem system = new EquationSystem(s.states, s.parameters, order, fixed, rhs, events, false);
        CompiledSystem code;
        try {
            code = ModelCompiler.compile(system);
        } catch (EquationException e) {
            throw new NeuroMLException(type.element().where() + " '" + typeName + "' could not be compiled: " + e.detail());
        }
        String id = typeName + "_" + hash(type.chain());
        Map<String, Double> defaults = values(type, comp);
        Model model = build(id, type, s, code, conditions.isEmpty() ? null : new Rule(code.spikeRule(), emits),
                defaults, fixed, onStart, regimeIndex, initial, initial < onEntry.length ? onEntry[initial] : null);
        ModelRegistry registry = ModelRegistry.getDefault();
        if (!registry.contains(id)) {
            registry.register(id, "LEMS type " + typeName, () -> model);
        }
        return new Compiled(id, type);
    }

    private static Expr inRegime(int regimeIndex, int r) {
        return new Expr.Binary(BinaryOp.EQ, new Expr.Sym(Symbol.state(regimeIndex, REGIME)), new Expr.Num(r));
    }

    private static void addResets(Action a, Scope s, List<EquationSystem.Reset> out) throws NeuroMLException {
        for (int i = 0; i < a.variables().size(); i++) {
            out.add(new EquationSystem.Reset(a.variables().get(i), bind(a.values().get(i), s, a.where().get(i))));
        }
    }

    private static void derivedVariable(XmlElement c, Scope s, Type type) throws NeuroMLException {
        String n = declared(c);
        String dim = dimension(c);
        if (s.taken(n)) {
            throw new NeuroMLException(c.where() + ": the name '" + n + "' is used twice");
        }
        String select = c.attribute("select");
        String value = c.attribute("value");
        if (select != null) {
            if (!SYNAPTIC_SELECTS.contains(select.strip()) || !"add".equals(c.attribute("reduce"))) {
                throw new NeuroMLException(c.where() + ": select='" + select + "' is not supported (supported: "
                        + "synapses[*]/i or synapses[*]/I with reduce=\"add\", the cell's synaptic and injected current)");
            }
            if (s.current != null) {
                throw new NeuroMLException(c.where() + ": a second synaptic current ('" + s.current + "' is one)");
            }
            if (!dim.equals("current") && !dim.equals("none")) {
                throw new NeuroMLException(c.where() + ": a synaptic current has the dimension current or none");
            }
            s.current = n;
            s.currentUnit = DIMENSIONS.get(dim);
            s.parameters.add(n);
            return;
        }
        if (value == null) {
            throw new NeuroMLException(c.where() + " needs a value or a select");
        }
        s.fixedUnbound.put(n, parse(value, c, "value"));
        s.fixedWhere.put(n, c);
    }

    private static void conditionalDerived(XmlElement c, Scope s) throws NeuroMLException {
        String n = declared(c);
        dimension(c);
        if (s.taken(n)) {
            throw new NeuroMLException(c.where() + ": the name '" + n + "' is used twice");
        }
        List<XmlElement> cases = c.children();
        if (cases.isEmpty()) {
            throw new NeuroMLException(c.where() + " has no <Case>");
        }
        Expr e = null;
        for (int i = cases.size() - 1; i >= 0; i--) {
            XmlElement k = cases.get(i);
            if (!k.name().equals("Case")) {
                throw new NeuroMLException(k.where() + " is not supported inside <ConditionalDerivedVariable>");
            }
            Expr v = parse(required(k, "value"), k, "value");
            String cond = k.attribute("condition");
            if (cond == null) {
                e = v; // the default case
            } else {
                e = new Expr.Cond(parse(cond, k, "condition"), v, e == null ? new Expr.Num(Double.NaN) : e);
            }
        }
        s.fixedUnbound.put(n, e);
        s.fixedWhere.put(n, c);
    }

    private static int timeDerivative(XmlElement c, Scope s, Expr[] into) throws NeuroMLException {
        String v = required(c, "variable");
        int k = s.states.indexOf(v);
        if (k < 0 || v.equals(REGIME)) {
            throw new NeuroMLException(c.where() + ": '" + v + "' is not a StateVariable");
        }
        if (into[k] != null) {
            throw new NeuroMLException(c.where() + ": " + v + " has two TimeDerivatives");
        }
        into[k] = bind(parse(required(c, "value"), c, "value"), s, c);
        return k;
    }

    private static Condition condition(XmlElement c, int regime, Scope s, List<String> regimes, XmlElement dyn)
            throws NeuroMLException {
        Expr test = bind(parse(required(c, "test"), c, "test"), s, c);
        boolean emits = false;
        for (XmlElement o : c.children("EventOut")) {
            required(o, "port");
            emits = true;
        }
        Action a = action(c, s, regimes, regime >= 0);
        if (a.transition() >= 0 && regime < 0) {
            throw new NeuroMLException(c.where() + ": a Transition belongs in an OnCondition of a <Regime>");
        }
        return new Condition(regime, test, c, a, emits);
    }

    private static Action action(XmlElement block, Scope s, List<String> regimes, boolean transitions)
            throws NeuroMLException {
        List<Integer> vars = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        List<XmlElement> where = new ArrayList<>();
        int transition = -1;
        for (XmlElement a : block.children()) {
            switch (a.name()) {
                case "StateAssignment" -> {
                    String v = required(a, "variable");
                    int k = s.states.indexOf(v);
                    if (k < 0 || v.equals(REGIME)) {
                        throw new NeuroMLException(a.where() + ": '" + v + "' is not a StateVariable");
                    }
                    vars.add(k);
                    values.add(parse(required(a, "value"), a, "value"));
                    where.add(a);
                }
                case "EventOut" -> {
                    if (!block.name().equals("OnCondition")) {
                        throw new NeuroMLException(a.where() + " is supported in an OnCondition only");
                    }
                }
                case "Transition" -> {
                    if (!transitions) {
                        throw new NeuroMLException(a.where() + " is supported in an OnCondition of a <Regime> only");
                    }
                    int r = regimes.indexOf(required(a, "regime"));
                    if (r < 0) {
                        throw new NeuroMLException(a.where() + ": no regime '" + a.attribute("regime") + "'");
                    }
                    transition = r;
                }
                case "notes", "annotation" -> {
                    // documentation
                }
                default -> throw new NeuroMLException(a.where() + " is not supported inside <" + block.name()
                        + "> (supported: StateAssignment, EventOut, Transition)");
            }
        }
        return new Action(vars, values, where, transition);
    }

    /** The derived quantities in an order where each depends only on earlier ones; cycles are refused. */
    private static List<String> order(Scope s) throws NeuroMLException {
        List<String> names = new ArrayList<>(s.fixedUnbound.keySet());
        Map<String, Integer> state = new HashMap<>(); // 1 visiting, 2 done
        List<String> out = new ArrayList<>();
        for (String n : names) {
            visit(n, s, state, out, 0);
        }
        return out;
    }

    private static void visit(String n, Scope s, Map<String, Integer> state, List<String> out, int depth)
            throws NeuroMLException {
        Integer st = state.get(n);
        if (st != null && st == 2) {
            return;
        }
        if (st != null || depth > 10_000) {
            throw new NeuroMLException(s.fixedWhere.get(n).where() + ": '" + n + "' depends on itself");
        }
        state.put(n, 1);
        List<String> used = new ArrayList<>();
        names(s.fixedUnbound.get(n), used);
        for (String u : used) {
            if (s.fixedUnbound.containsKey(u)) {
                visit(u, s, state, out, depth + 1);
            }
        }
        state.put(n, 2);
        out.add(n);
    }

    private static void names(Expr e, List<String> out) {
        switch (e) {
            case Expr.Name n -> out.add(n.name());
            case Expr.Neg n -> names(n.operand(), out);
            case Expr.Binary b -> {
                names(b.left(), out);
                names(b.right(), out);
            }
            case Expr.Call c -> c.arguments().forEach(a -> names(a, out));
            case Expr.Cond c -> {
                names(c.condition(), out);
                names(c.whenTrue(), out);
                names(c.whenFalse(), out);
            }
            case Expr.Apply a -> a.arguments().forEach(x -> names(x, out));
            case Expr.Num x -> {
                // nothing
            }
            case Expr.Sym x -> {
                // nothing
            }
        }
    }

    /** Parses a LEMS expression into our AST: {@code .gt.} and its kin become our operators. */
    static Expr parse(String text, XmlElement at, String attribute) throws NeuroMLException {
        Matcher m = LEMS_OPERATOR.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, " " + Matcher.quoteReplacement(OPERATORS.get(m.group(1))) + " ");
        }
        m.appendTail(b);
        try {
            return ExpressionParser.parse(b.toString(), at.line(), 1);
        } catch (EquationException e) {
            throw new NeuroMLException(at.where() + " " + attribute + " '" + abbreviate(text) + "': " + e.detail());
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /** Binds names case-sensitively (LEMS's rule; our equation binder is case-insensitive, XPPAUT's). */
    private static Expr bind(Expr e, Scope s, XmlElement at) throws NeuroMLException {
        return switch (e) {
            case Expr.Num n -> n;
            case Expr.Sym x -> x;
            case Expr.Name n -> name(n.name(), s, at);
            case Expr.Neg n -> new Expr.Neg(bind(n.operand(), s, at));
            case Expr.Binary b -> new Expr.Binary(b.op(), bind(b.left(), s, at), bind(b.right(), s, at));
            case Expr.Cond c -> new Expr.Cond(bind(c.condition(), s, at), bind(c.whenTrue(), s, at),
                    bind(c.whenFalse(), s, at));
            case Expr.Apply a -> {
                List<Expr> args = new ArrayList<>();
                for (Expr x : a.arguments()) {
                    args.add(bind(x, s, at));
                }
                yield new Expr.Apply(a.function(), args);
            }
            case Expr.Call c -> {
                Builtin f = switch (c.function()) {
                    case "H" -> Builtin.HEAV; // LEMS's Heaviside step
                    case "floor" -> Builtin.FLR;
                    case "random" -> null;
                    default -> Builtin.byName(c.function());
                };
                if (f == null) {
                    throw new NeuroMLException(at.where() + ": unknown or unsupported function '" + c.function() + "'");
                }
                if (c.arguments().size() != f.arity()) {
                    throw new NeuroMLException(at.where() + ": '" + c.function() + "' takes " + f.arity()
                            + " argument(s), got " + c.arguments().size());
                }
                List<Expr> args = new ArrayList<>();
                for (Expr x : c.arguments()) {
                    args.add(bind(x, s, at));
                }
                yield new Expr.Apply(f, args);
            }
        };
    }

    private static Expr name(String n, Scope s, XmlElement at) throws NeuroMLException {
        if (n.equals("t")) {
            return new Expr.Sym(Symbol.TIME_SYMBOL);
        }
        int k = s.states.indexOf(n);
        if (k >= 0 && !n.equals(REGIME)) {
            return new Expr.Sym(Symbol.state(k, n));
        }
        k = s.parameters.indexOf(n);
        if (k >= 0) {
            return new Expr.Sym(Symbol.parameter(k, n));
        }
        Double c = s.constants.get(n);
        if (c != null) {
            return new Expr.Num(c);
        }
        Integer f = s.fixedIndex.get(n);
        if (f != null) {
            return new Expr.Sym(Symbol.fixed(f, n));
        }
        if (n.equals("pi")) {
            return new Expr.Num(Math.PI);
        }
        throw new NeuroMLException(at.where() + ": unknown name '" + n + "'");
    }

    /** The conditions as {@link ConditionEvents}: the compiled rule, and which conditions emit a spike. */
    private record Rule(SpikeRule inner, boolean[] emitting) implements ConditionEvents {
        @Override
        public boolean emits(int k) {
            return emitting[k];
        }

        @Override
        public int eventCount() {
            return emitting.length;
        }

        @Override
        public double switching(double t, double[] y, double[] p) {
            return inner.switching(0, t, y, p);
        }

        @Override
        public void reset(double t, double[] y, double[] p) {
            inner.reset(0, t, y, p);
        }

        @Override
        public double switching(int k, double t, double[] y, double[] p) {
            return inner.switching(k, t, y, p);
        }

        @Override
        public void reset(int k, double t, double[] y, double[] p) {
            inner.reset(k, t, y, p);
        }
    }

    private static Model build(String id, Type type, Scope s, CompiledSystem code, Rule rule,
            Map<String, Double> defaults, List<Expr> fixed, Action onStart, int regimeIndex, int initial, Action entry)
            throws NeuroMLException {
        Model.Builder b = Model.builder(id).name("LEMS type " + type.name())
                .description("The LEMS ComponentType '" + type.name() + "' of " + type.element().file().getFileName()
                        + ", compiled from its Dynamics.")
                .equationsLatex("\\text{LEMS ComponentType " + type.name().replace("_", "\\_") + "}");
        for (int k = 0; k < s.states.size(); k++) {
            b.variable(s.states.get(k), s.stateUnits.get(k), k == regimeIndex ? "active regime (index)" : "");
        }
        for (String p : s.parameters) {
            String unit = p.equals(s.current) ? s.currentUnit : DIMENSIONS.get(type.parameters().get(p));
            double d = p.equals(s.current) ? 0 : defaults.get(p);
            double min = d != 0 ? Math.min(0, 2 * d) : -1;
            double max = d != 0 ? Math.max(0, 2 * d) : 1;
            b.parameter(p, unit, d, min, max, (max - min) / 100, p.equals(s.current) ? "synaptic and injected current" : "");
        }
        b.field(code.field()).jacobian(code.jacobian());
        if (rule != null) {
            b.spikeRule(rule);
        } else {
            b.spikeDetectionThreshold(Double.POSITIVE_INFINITY); // no EventOut: the cell never spikes
        }
        b.currentParameter(s.current);
        List<Integer> startVars = new ArrayList<>();
        List<Expr> startValues = new ArrayList<>();
        for (Action a : onStart == null ? List.<Action>of() : List.of(onStart)) {
            for (int i = 0; i < a.variables().size(); i++) {
                startVars.add(a.variables().get(i));
                startValues.add(bind(a.values().get(i), s, a.where().get(i)));
            }
        }
        if (regimeIndex >= 0) {
            startVars.add(regimeIndex);
            startValues.add(new Expr.Num(initial));
            if (entry != null) {
                for (int i = 0; i < entry.variables().size(); i++) {
                    startVars.add(entry.variables().get(i));
                    startValues.add(bind(entry.values().get(i), s, entry.where().get(i)));
                }
            }
        }
        int nFixed = fixed.size();
        b.initialState((p, y0) -> {
            java.util.Arrays.fill(y0, 0);
            double[] f = new double[nFixed];
            for (int i = 0; i < startVars.size(); i++) {
                Evaluator ev = new Evaluator(0, y0, p, f, null);
                for (int k = 0; k < nFixed; k++) {
                    f[k] = ev.evaluate(fixed.get(k));
                }
                y0[startVars.get(i)] = new Evaluator(0, y0, p, f, null).evaluate(startValues.get(i));
            }
        });
        return b.build();
    }

    /** A short hash of the type's definition and those it extends, so two types of one name but other content differ. */
    private static String hash(List<XmlElement> chain) {
        StringBuilder b = new StringBuilder();
        for (XmlElement e : chain) {
            append(b, e);
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            return Integer.toHexString(b.toString().hashCode());
        }
    }

    private static void append(StringBuilder b, XmlElement e) {
        b.append('<').append(e.name());
        new TreeMap<>(e.attributes()).forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        b.append('>');
        for (XmlElement c : e.children()) {
            append(b, c);
        }
        b.append("</>");
    }
}
