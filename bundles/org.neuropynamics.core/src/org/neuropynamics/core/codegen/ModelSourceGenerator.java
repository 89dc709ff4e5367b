package org.neuropynamics.core.codegen;

import java.util.BitSet;
import java.util.List;

import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.Expressions;
import org.neuropynamics.core.equations.Simplifier;
import org.neuropynamics.core.equations.Symbol;
import org.neuropynamics.core.equations.SymbolicJacobian;
import org.neuropynamics.core.model.Jacobian;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.model.VectorField;

/**
 * Generates the Java source of one class implementing {@link VectorField}, {@link Jacobian} and
 * {@link SpikeRule} for an {@link EquationSystem}. The text is built from the bound trees only: user
 * text never reaches the source. Fixed quantities become {@code final double} locals (only those a
 * method needs); the methods do not allocate.
 */
public final class ModelSourceGenerator {

    /** Simple name of the generated class (it lives in the default package of its own class loader). */
    public static final String CLASS_NAME = "GeneratedModel";

    private ModelSourceGenerator() {
    }

    /** The complete source of the class. */
    public static String generate(EquationSystem system) {
        List<Expr> fixed = system.fixed().stream().map(Simplifier::simplify).toList();
        StringBuilder sb = new StringBuilder(4096);
        sb.append("public final class ").append(CLASS_NAME).append(" implements ")
                .append(VectorField.class.getName()).append(", ").append(Jacobian.class.getName())
                .append(", ").append(SpikeRule.class.getName()).append(" {\n\n");

        List<Expr> rhs = system.rightHandSides().stream().map(Simplifier::simplify).toList();
        sb.append("    public void derivatives(final double t, final double[] y, final double[] p, ")
                .append("final double[] dydt) {\n");
        writeFixed(fixed, rhs, sb);
        for (int i = 0; i < rhs.size(); i++) {
            sb.append("        dydt[").append(i).append("] = ").append(JavaExpressionWriter.write(rhs.get(i)))
                    .append(";\n");
        }
        sb.append("    }\n\n");

        writeJacobian(system, fixed, sb);
        writeEvent(system.event(), fixed, sb);
        sb.append("}\n");
        return sb.toString();
    }

    private static void writeJacobian(EquationSystem system, List<Expr> fixed, StringBuilder sb) {
        List<SymbolicJacobian.Column> columns = SymbolicJacobian.of(system);
        sb.append("    public void jacobian(final double t, final double[] y, final double[] p, ")
                .append("final double[][] jac) {\n");
        java.util.ArrayList<Expr> used = new java.util.ArrayList<>();
        for (SymbolicJacobian.Column c : columns) {
            used.addAll(c.entries());
            c.fixedDerivatives().stream().filter(d -> d != null).forEach(used::add);
        }
        writeFixed(fixed, used, sb);
        for (int j = 0; j < columns.size(); j++) {
            SymbolicJacobian.Column c = columns.get(j);
            sb.append("        {\n");
            BitSet needed = new BitSet();
            for (Expr e : c.entries()) {
                Expressions.collect(e, Symbol.Kind.FIXED_DERIVATIVE, needed);
            }
            for (int k = c.fixedDerivatives().size() - 1; k >= 0; k--) {
                if (needed.get(k)) {
                    Expressions.collect(c.fixedDerivatives().get(k), Symbol.Kind.FIXED_DERIVATIVE, needed);
                }
            }
            for (int k = needed.nextSetBit(0); k >= 0; k = needed.nextSetBit(k + 1)) {
                sb.append("            final double d").append(k).append(" = ")
                        .append(JavaExpressionWriter.write(c.fixedDerivatives().get(k))).append(";\n");
            }
            for (int i = 0; i < c.entries().size(); i++) {
                sb.append("            jac[").append(i).append("][").append(j).append("] = ")
                        .append(JavaExpressionWriter.write(c.entries().get(i))).append(";\n");
            }
            sb.append("        }\n");
        }
        sb.append("    }\n\n");
    }

    private static void writeEvent(EquationSystem.Event event, List<Expr> fixed, StringBuilder sb) {
        sb.append("    public double switching(final double t, final double[] y, final double[] p) {\n");
        if (event == null) {
            sb.append("        return -1.0;\n");
        } else {
            Expr s = Simplifier.simplify(event.direction() > 0 ? event.condition() : new Expr.Neg(event.condition()));
            writeFixed(fixed, List.of(s), sb);
            sb.append("        return ").append(JavaExpressionWriter.write(s)).append(";\n");
        }
        sb.append("    }\n\n");
        sb.append("    public void reset(final double t, final double[] y, final double[] p) {\n");
        if (event != null) {
            List<Expr> values = event.resets().stream().map(r -> Simplifier.simplify(r.value())).toList();
            writeFixed(fixed, values, sb);
            for (int r = 0; r < values.size(); r++) {
                sb.append("        y[").append(event.resets().get(r).stateIndex()).append("] = ")
                        .append(JavaExpressionWriter.write(values.get(r))).append(";\n");
            }
        }
        sb.append("    }\n");
    }

    /** Declares the fixed quantities the given expressions need (directly or through other fixed ones). */
    private static void writeFixed(List<Expr> fixed, List<Expr> users, StringBuilder sb) {
        BitSet needed = new BitSet();
        for (Expr e : users) {
            Expressions.collect(e, Symbol.Kind.FIXED, needed);
        }
        for (int k = fixed.size() - 1; k >= 0; k--) {
            if (needed.get(k)) {
                Expressions.collect(fixed.get(k), Symbol.Kind.FIXED, needed);
            }
        }
        for (int k = needed.nextSetBit(0); k >= 0; k = needed.nextSetBit(k + 1)) {
            sb.append("        final double f").append(k).append(" = ")
                    .append(JavaExpressionWriter.write(fixed.get(k))).append(";\n");
        }
    }
}
