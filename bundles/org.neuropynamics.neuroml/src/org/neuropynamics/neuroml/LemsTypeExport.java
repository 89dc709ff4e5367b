package org.neuropynamics.neuroml;

import java.util.List;
import java.util.Set;

import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.Symbol;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.ParameterValue;
import org.neuropynamics.network.model.Population;

/**
 * A model without a NeuroML core element ({@code .ode} files, typed equations: any model compiled from equations)
 * written as a LEMS {@code ComponentType} and a component of it (issue 15, item 2), for the LEMS simulation file of
 * {@link NeuroMLExport} (the NeuroML schema has no place for ComponentTypes). The equations are printed from our
 * AST: parameters and variables are dimensionless, time is in ms ({@code MSEC}), the threshold event becomes an
 * {@code OnCondition} with its assignments and an {@code EventOut}, the current parameter the cell's
 * {@code synapses[*]/I} (its constant part is exported as a pulse, like the core cells' currents). {@link LemsTypes}
 * reads it back. Refused by name: maps, noise, more than one event or none, {@code if(...)then(...)else(...)}
 * and functions LEMS lacks.
 */
final class LemsTypeExport {

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("t", "MSEC", LemsTypes.REGIME, "pi");

    private LemsTypeExport() {
    }

    /** The registered model of a population when it has equations to export, else null. */
    static Model model(Population p) {
        try {
            Model m = ModelRegistry.getDefault().get(p.getModelId());
            return m.equations() == null ? null : m;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The ComponentType of {@code m} for the population {@code p}, named {@code name}: one per population, as its
     * OnStart holds the initial state computed from the population's parameters.
     */
    static String type(Model m, Population p, String name) throws NeuroMLException {
        EquationSystem s = m.equations();
        String where = "Model " + m.id();
        if (m.kind() != Model.Kind.FLOW || s.map()) {
            throw new NeuroMLException(where + " is a map: LEMS Dynamics are differential equations");
        }
        if (m.noise() != null) {
            throw new NeuroMLException(where + " has noise, which a LEMS ComponentType of ours cannot express");
        }
        if (s.events().size() != 1) {
            throw new NeuroMLException(where + " has " + s.events().size() + " threshold events; the export writes "
                    + "models with one (global) event as LEMS ComponentTypes");
        }
        EquationSystem.Event event = s.events().get(0);
        if (event.direction() == 0) {
            throw new NeuroMLException(where + ": an event firing both ways has no LEMS OnCondition form");
        }
        for (String n : concat(s.stateNames(), s.parameterNames(), s.fixedNames())) {
            if (!NAME.matcher(n).matches() || RESERVED.contains(n)) {
                throw new NeuroMLException(where + ": the name '" + n + "' cannot be a LEMS name");
            }
        }
        String current = m.currentParameter();
        StringBuilder b = new StringBuilder();
        b.append("  <ComponentType name=\"").append(name).append("\" extends=\"baseSpikingCell\" description=\"")
                .append(NeuroMLExport.escape("Exported by the Neuropynamics Workbench from the model " + m.id()))
                .append("\">\n");
        for (String q : s.parameterNames()) {
            if (!q.equals(current)) {
                b.append("    <Parameter name=\"").append(q).append("\" dimension=\"none\"/>\n");
            }
        }
        b.append("    <Constant name=\"MSEC\" dimension=\"time\" value=\"1ms\"/>\n");
        if (current != null) {
            b.append("    <Attachments name=\"synapses\" type=\"basePointCurrentDL\"/>\n");
        }
        for (String v : s.stateNames()) {
            b.append("    <Exposure name=\"").append(v).append("\" dimension=\"none\"/>\n");
        }
        b.append("    <Dynamics>\n");
        for (String v : s.stateNames()) {
            b.append("      <StateVariable name=\"").append(v).append("\" dimension=\"none\" exposure=\"").append(v)
                    .append("\"/>\n");
        }
        if (current != null) {
            b.append("      <DerivedVariable name=\"").append(current)
                    .append("\" dimension=\"none\" select=\"synapses[*]/I\" reduce=\"add\"/>\n");
        }
        for (int k = 0; k < s.fixed().size(); k++) {
            b.append("      <DerivedVariable name=\"").append(s.fixedNames().get(k)).append("\" dimension=\"none\" value=\"")
                    .append(NeuroMLExport.escape(write(s.fixed().get(k), where))).append("\"/>\n");
        }
        for (int k = 0; k < s.dimension(); k++) {
            b.append("      <TimeDerivative variable=\"").append(s.stateNames().get(k)).append("\" value=\"")
                    .append(NeuroMLExport.escape(write(s.rightHandSides().get(k), where) + " / MSEC")).append("\"/>\n");
        }
        b.append(onStart(m, p));
        b.append("      <OnCondition test=\"").append(NeuroMLExport.escape(write(event.condition(), where)
                + (event.direction() > 0 ? " .geq. 0" : " .leq. 0"))).append("\">\n");
        for (EquationSystem.Reset r : event.resets()) {
            b.append("        <StateAssignment variable=\"").append(s.stateNames().get(r.stateIndex())).append("\" value=\"")
                    .append(NeuroMLExport.escape(write(r.value(), where))).append("\"/>\n");
        }
        b.append("        <EventOut port=\"spike\"/>\n      </OnCondition>\n");
        b.append("    </Dynamics>\n  </ComponentType>\n");
        return b.toString();
    }

    /** The component of a population of {@code m}: its parameter values, its initial state as the OnStart values. */
    static String component(Model m, Population p, String name, String id) throws NeuroMLException {
        double[] values = m.defaultParameters();
        for (ParameterValue v : p.getParameters()) {
            int k = m.parameterIndex(v.getName());
            if (k < 0) {
                throw new NeuroMLException("Population " + p.getName() + ": " + m.id() + " has no parameter " + v.getName());
            }
            values[k] = v.getValue();
        }
        StringBuilder b = new StringBuilder("  <").append(name).append(" id=\"").append(id).append('"');
        for (int k = 0; k < values.length; k++) {
            String par = m.parameters().get(k).name();
            if (!par.equals(m.currentParameter())) {
                if (!Double.isFinite(values[k])) {
                    throw new NeuroMLException("Population " + p.getName() + ": " + par + " is " + values[k]);
                }
                b.append(' ').append(par).append("=\"").append(values[k]).append('"');
            }
        }
        return b.append("/>\n").toString();
    }

    /** The OnStart block: the model's initial state for the population's parameters, as numbers. */
    private static String onStart(Model m, Population p) throws NeuroMLException {
        double[] values = m.defaultParameters();
        for (ParameterValue v : p.getParameters()) {
            values[m.parameterIndex(v.getName())] = v.getValue();
        }
        double[] y0 = m.initialState(values);
        StringBuilder b = new StringBuilder("      <OnStart>\n");
        for (int k = 0; k < y0.length; k++) {
            b.append("        <StateAssignment variable=\"").append(m.variableNames().get(k)).append("\" value=\"")
                    .append(number(y0[k], "Model " + m.id() + " initial " + m.variableNames().get(k))).append("\"/>\n");
        }
        return b.append("      </OnStart>\n").toString();
    }

    private static String number(double v, String where) throws NeuroMLException {
        if (!Double.isFinite(v)) {
            throw new NeuroMLException(where + ": " + v + " is not a finite number");
        }
        String s = Double.toString(v);
        return v < 0 ? "(" + s + ")" : s;
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        out.addAll(c);
        return out;
    }

    /** A bound expression in LEMS syntax, fully parenthesised. */
    static String write(Expr e, String where) throws NeuroMLException {
        return switch (e) {
            case Expr.Num n -> number(n.value(), where);
            case Expr.Sym s -> s.symbol().kind() == Symbol.Kind.TIME ? "(t / MSEC)" : s.symbol().name();
            case Expr.Neg n -> "(-" + write(n.operand(), where) + ")";
            case Expr.Binary b -> "(" + write(b.left(), where) + " " + switch (b.op()) {
                case ADD -> "+";
                case SUB -> "-";
                case MUL -> "*";
                case DIV -> "/";
                case POW -> "^";
                case LT -> ".lt.";
                case GT -> ".gt.";
                case LE -> ".leq.";
                case GE -> ".geq.";
                case EQ -> ".eq.";
                case NE -> ".neq.";
                case AND -> ".and.";
                case OR -> ".or.";
            } + " " + write(b.right(), where) + ")";
            case Expr.Apply a -> {
                String f = switch (a.function()) {
                    case EXP -> "exp";
                    case LN -> "log";
                    case SQRT -> "sqrt";
                    case SIN -> "sin";
                    case COS -> "cos";
                    case TAN -> "tan";
                    case SINH -> "sinh";
                    case COSH -> "cosh";
                    case TANH -> "tanh";
                    case ABS -> "abs";
                    case HEAV -> "H";
                    case FLR -> "floor";
                    case CEIL -> "ceil";
                    default -> throw new NeuroMLException(where + ": the function " + a.function().functionName()
                            + " has no LEMS form");
                };
                yield f + "(" + write(a.arguments().get(0), where) + ")";
            }
            case Expr.Cond c -> throw new NeuroMLException(where + ": if(...)then(...)else(...) has no LEMS expression form");
            case Expr.Name n -> throw new IllegalArgumentException("unbound name " + n.name());
            case Expr.Call c -> throw new IllegalArgumentException("unbound call " + c.function());
        };
    }
}
