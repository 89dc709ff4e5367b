package org.neuropynamics.core.codegen;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.Expressions;
import org.neuropynamics.core.equations.MathFunctions;
import org.neuropynamics.core.equations.Simplifier;
import org.neuropynamics.core.equations.Symbol;
import org.neuropynamics.core.equations.SymbolicJacobian;
import org.neuropynamics.core.model.SparseJacobian;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.model.VectorField;

/**
 * Generates the Java source of one class implementing {@link VectorField}, {@link SparseJacobian.Values}
 * and {@link SpikeRule} for an {@link EquationSystem}. The text is built from the bound trees only: user
 * text never reaches the source. Fixed quantities become {@code final double} locals (only those a
 * method needs); the methods do not allocate.
 * <p>
 * The JVM limits a method to 64 KB of bytecode and a class to 65,535 constants, so large systems are cut
 * into parts of at most {@value #PART_CHARS} characters of source (about as many bytes of bytecode), each
 * a static method of its own nested class that computes the fixed quantities only it needs; those that
 * several parts need are computed once per call, by parts of their own, into a per-thread array
 * ({@code fx}); the interface methods call the parts in order. The Jacobian is written sparse: one assignment per structurally
 * non-zero entry, in the compressed-row order of {@link Generated#rowStart()} and {@link Generated#column()}.
 */
public final class ModelSourceGenerator {

    /** Simple name of the generated class (it lives in the default package of its own class loader). */
    public static final String CLASS_NAME = "GeneratedModel";

    /** Largest amount of source in one method part (a single larger statement gets a part of its own). */
    static final int PART_CHARS = 24_000;

    /** Most part calls written into one method. */
    private static final int CALLS_PER_METHOD = 2_000;

    private static final String SIGNATURE_TAIL = "(final double t, final double[] y, final double[] p, ";

    /**
     * The generated source and the Jacobian's non-zero pattern.
     *
     * @param source the Java source of {@value #CLASS_NAME}
     * @param jacobianSource for large systems, the source of {@value #JACOBIAN_CLASS_NAME}, a separate class
     *            for the Jacobian (compiled while the model is already in use, and only needed by some
     *            analyses); null when {@value #CLASS_NAME} implements the Jacobian itself
     * @param rowStart compressed-row offsets of the Jacobian's non-zeros (dimension + 1 entries)
     * @param column per non-zero, its column
     */
    public record Generated(String source, String jacobianSource, int[] rowStart, int[] column) {
    }

    /** Simple name of the separate Jacobian class of large systems. */
    public static final String JACOBIAN_CLASS_NAME = "GeneratedJacobian";

    private ModelSourceGenerator() {
    }

    /** The complete source (of both classes for large systems). */
    public static String generate(EquationSystem system) {
        Generated g = generateWithPattern(system);
        return g.jacobianSource() == null ? g.source() : g.source() + "\n" + g.jacobianSource();
    }

    /** The source of the class (and of the Jacobian class for large systems) with the Jacobian's pattern. */
    public static Generated generateWithPattern(EquationSystem system) {
        List<Expr> fixed = system.fixed().stream().map(Simplifier::simplify).toList();
        List<Expr> rhs = system.rightHandSides().stream().map(Simplifier::simplify).toList();
        List<Statement> derivatives = new ArrayList<>(rhs.size());
        for (int i = 0; i < rhs.size(); i++) {
            derivatives.add(new Statement("dydt[" + i + "] = " + JavaExpressionWriter.write(rhs.get(i)) + ";\n",
                    List.of(rhs.get(i))));
        }
        StringBuilder field = new StringBuilder();
        List<String> fieldParts = new ArrayList<>();
        writeMethod("derivatives", "dydt", derivatives, fixed, field, fieldParts);

        int[][] pattern = new int[2][];
        List<Statement> jacobian = jacobianStatements(system, pattern);
        StringBuilder jac = new StringBuilder();
        List<String> jacParts = new ArrayList<>();
        writeMethod("jacobianValues", "v", jacobian, fixed, jac, jacParts);

        StringBuilder event = new StringBuilder();
        writeEvents(system.events(), fixed, event);

        boolean large = !fieldParts.isEmpty() || !jacParts.isEmpty();
        StringBuilder sb = new StringBuilder(4096);
        sb.append("import ").append(MathFunctions.class.getName()).append(";\n\n");
        sb.append("public final class ").append(CLASS_NAME).append(" implements ")
                .append(VectorField.class.getName()).append(", ");
        if (!large) {
            sb.append(SparseJacobian.class.getName()).append(".Values, ");
        }
        sb.append(SpikeRule.class.getName()).append(" {\n\n");
        sb.append(field);
        if (!large) {
            sb.append(jac);
        }
        sb.append(event);
        fieldParts.forEach(sb::append);
        sb.append("}\n");
        String jacobianSource = null;
        if (large) {
            StringBuilder js = new StringBuilder(jac.length() + 256);
            js.append("import ").append(MathFunctions.class.getName()).append(";\n\n");
            js.append("public final class ").append(JACOBIAN_CLASS_NAME).append(" implements ")
                    .append(SparseJacobian.class.getName()).append(".Values {\n\n");
            js.append(jac);
            jacParts.forEach(js::append);
            js.append("}\n");
            jacobianSource = shorten(js.toString());
        }
        return new Generated(shorten(sb.toString()), jacobianSource, pattern[0], pattern[1]);
    }

    /** The functions' class by its simple name (imported): a third of the text of large models. */
    private static String shorten(String source) {
        return source.replace(MathFunctions.class.getName() + ".", "MathFunctions.");
    }

    /**
     * One statement of a method: its text (with fixed derivative locals if any, inside a block) and the
     * expressions whose fixed quantities it needs.
     */
    private record Statement(String text, List<Expr> users) {
    }

    /** The Jacobian's statements, one block per column; fills {@code pattern} with rowStart and column. */
    private static List<Statement> jacobianStatements(EquationSystem system, int[][] pattern) {
        int n = system.dimension();
        List<SymbolicJacobian.Column> columns = SymbolicJacobian.of(system);
        int[] rowCount = new int[n];
        for (SymbolicJacobian.Column c : columns) {
            for (int i : c.entries().keySet()) {
                rowCount[i]++;
            }
        }
        int[] rowStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] = rowStart[i] + rowCount[i];
        }
        int[] column = new int[rowStart[n]];
        int[] next = rowStart.clone();
        List<Statement> out = new ArrayList<>(n);
        for (SymbolicJacobian.Column c : columns) {
            if (c.entries().isEmpty()) {
                continue;
            }
            StringBuilder block = new StringBuilder("{\n");
            List<Expr> users = new ArrayList<>(c.entries().values());
            BitSet needed = new BitSet();
            for (Expr e : c.entries().values()) {
                Expressions.collect(e, Symbol.Kind.FIXED_DERIVATIVE, needed);
            }
            List<Integer> keys = new ArrayList<>(c.fixedDerivatives().keySet());
            for (int q = keys.size() - 1; q >= 0; q--) {
                if (needed.get(keys.get(q))) {
                    Expressions.collect(c.fixedDerivatives().get(keys.get(q)), Symbol.Kind.FIXED_DERIVATIVE, needed);
                }
            }
            for (int k = needed.nextSetBit(0); k >= 0; k = needed.nextSetBit(k + 1)) {
                Expr d = c.fixedDerivatives().get(k);
                users.add(d);
                block.append("final double d").append(k).append(" = ").append(JavaExpressionWriter.write(d))
                        .append(";\n");
            }
            for (Map.Entry<Integer, Expr> e : c.entries().entrySet()) {
                int slot = next[e.getKey()]++;
                column[slot] = c.index();
                block.append("v[").append(slot).append("] = ").append(JavaExpressionWriter.write(e.getValue()))
                        .append(";\n");
            }
            block.append("}\n");
            out.add(new Statement(block.toString(), users));
        }
        pattern[0] = rowStart;
        pattern[1] = column;
        return out;
    }

    /**
     * Writes {@code public void name(t, y, p, out)}: inline when the statements fit one part, else as calls
     * to static parts in nested classes (appended to {@code nested}).
     */
    private static void writeMethod(String name, String out, List<Statement> statements, List<Expr> fixed,
            StringBuilder sb, List<String> nested) {
        sb.append("    public void ").append(name).append(SIGNATURE_TAIL).append("final double[] ").append(out)
                .append(") {\n");
        List<List<Statement>> parts = split(statements, fixed, new BitSet());
        List<Statement> current = parts.get(0);
        if (parts.size() == 1) {
            writeBody(current, fixed, sb, new BitSet());
        } else {
            String prefix = name.equals("derivatives") ? "F" : "J";
            // Fixed quantities several parts need are computed once per call into a per-thread array
            // (issue 14: amari.ode's 200 convolution sums each recomputed all 301 shared quantities)
            BitSet shared = shared(parts, fixed);
            String scratch = "FX_" + name;
            String args = out;
            if (!shared.isEmpty()) {
                sb.insert(sb.lastIndexOf("    public void " + name), "    private static final ThreadLocal " + scratch
                        + " = new ThreadLocal();\n\n");
                sb.append("        double[] fx = (double[]) ").append(scratch).append(".get();\n");
                sb.append("        if (fx == null) {\n            fx = new double[").append(fixed.size())
                        .append("];\n            ").append(scratch).append(".set(fx);\n        }\n");
                args = out + ", fx";
                List<Statement> sharedStatements = new ArrayList<>();
                for (int k = shared.nextSetBit(0); k >= 0; k = shared.nextSetBit(k + 1)) {
                    sharedStatements.add(new Statement("fx[" + k + "] = " + JavaExpressionWriter.write(fixed.get(k))
                            + ";\n", List.of(fixed.get(k))));
                }
                List<List<Statement>> sharedParts = split(sharedStatements, fixed, shared);
                List<List<Statement>> all = new ArrayList<>(sharedParts);
                all.addAll(parts);
                parts = all;
            }
            for (int k = 0; k < parts.size(); k++) {
                String cls = prefix + k;
                StringBuilder part = new StringBuilder();
                part.append("    private static final class ").append(cls).append(" {\n");
                part.append("        static void run").append(SIGNATURE_TAIL).append("final double[] ").append(out)
                        .append(shared.isEmpty() ? "" : ", final double[] fx").append(") {\n");
                StringBuilder body = new StringBuilder();
                writeBody(parts.get(k), fixed, body, shared);
                part.append(shared.isEmpty() ? body : readShared(body, shared));
                part.append("        }\n    }\n\n");
                nested.add(part.toString());
            }
            String params = shared.isEmpty() ? out : out + ", final double[] fx";
            out = args;
            // A call costs about 10 bytes of bytecode: more than CALLS_PER_METHOD parts go through groups.
            if (parts.size() <= CALLS_PER_METHOD) {
                for (int k = 0; k < parts.size(); k++) {
                    sb.append("        ").append(prefix).append(k).append(".run(t, y, p, ").append(out).append(");\n");
                }
            } else {
                for (int g = 0; g * CALLS_PER_METHOD < parts.size(); g++) {
                    String cls = prefix + "G" + g;
                    sb.append("        ").append(cls).append(".run(t, y, p, ").append(out).append(");\n");
                    StringBuilder group = new StringBuilder();
                    group.append("    private static final class ").append(cls).append(" {\n");
                    group.append("        static void run").append(SIGNATURE_TAIL).append("final double[] ")
                            .append(params).append(") {\n");
                    for (int k = g * CALLS_PER_METHOD; k < Math.min(parts.size(), (g + 1) * CALLS_PER_METHOD); k++) {
                        group.append("            ").append(prefix).append(k).append(".run(t, y, p, ").append(out)
                                .append(");\n");
                    }
                    group.append("        }\n    }\n\n");
                    nested.add(group.toString());
                }
            }
        }
        sb.append("    }\n\n");
    }

    /**
     * Cuts the statements into parts of at most {@value #PART_CHARS} characters, counting the fixed
     * quantities each part must recompute (a single larger statement is a part of its own).
     */
    private static List<List<Statement>> split(List<Statement> statements, List<Expr> fixed, BitSet shared) {
        List<List<Statement>> parts = new ArrayList<>();
        List<Statement> current = new ArrayList<>();
        BitSet declared = (BitSet) shared.clone();
        long chars = 0;
        String[] fixedText = new String[fixed.size()];
        for (Statement s : statements) {
            BitSet added = new BitSet();
            long cost = s.text().length() + closure(s.users(), fixed, declared, added, fixedText);
            if (!current.isEmpty() && chars + cost > PART_CHARS) {
                parts.add(current);
                current = new ArrayList<>();
                declared.clear();
                declared.or(shared);
                added.clear();
                cost = s.text().length() + closure(s.users(), fixed, declared, added, fixedText);
                chars = 0;
            }
            declared.or(added);
            current.add(s);
            chars += cost;
        }
        parts.add(current);
        return parts;
    }

    /**
     * Marks in {@code added} the fixed quantities the expressions need that {@code declared} lacks, and
     * returns the length of their declarations.
     */
    private static long closure(List<Expr> users, List<Expr> fixed, BitSet declared, BitSet added,
            String[] fixedText) {
        BitSet direct = new BitSet();
        for (Expr e : users) {
            Expressions.collect(e, Symbol.Kind.FIXED, direct);
        }
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        for (int k = direct.nextSetBit(0); k >= 0; k = direct.nextSetBit(k + 1)) {
            work.push(k);
        }
        long chars = 0;
        while (!work.isEmpty()) {
            int k = work.pop();
            if (declared.get(k) || added.get(k)) {
                continue;
            }
            added.set(k);
            if (fixedText[k] == null) {
                fixedText[k] = JavaExpressionWriter.write(fixed.get(k));
            }
            chars += fixedText[k].length() + 32;
            BitSet refs = new BitSet();
            Expressions.collect(fixed.get(k), Symbol.Kind.FIXED, refs);
            for (int m = refs.nextSetBit(0); m >= 0; m = refs.nextSetBit(m + 1)) {
                work.push(m);
            }
        }
        return chars;
    }

    /** The fixed quantities (with what they need) that more than one part needs. */
    private static BitSet shared(List<List<Statement>> parts, List<Expr> fixed) {
        BitSet once = new BitSet();
        BitSet twice = new BitSet();
        for (List<Statement> part : parts) {
            BitSet needed = new BitSet();
            for (Statement s : part) {
                for (Expr e : s.users()) {
                    Expressions.collect(e, Symbol.Kind.FIXED, needed);
                }
            }
            for (int k = fixed.size() - 1; k >= 0; k--) {
                if (needed.get(k)) {
                    Expressions.collect(fixed.get(k), Symbol.Kind.FIXED, needed);
                }
            }
            BitSet again = (BitSet) needed.clone();
            again.and(once);
            twice.or(again);
            once.or(needed);
        }
        return twice;
    }

    private static final java.util.regex.Pattern FIXED_LOCAL = java.util.regex.Pattern.compile("\\bf(\\d+)\\b");

    /** The text with the shared fixed quantities read from {@code fx} instead of locals. */
    private static String readShared(CharSequence text, BitSet shared) {
        java.util.regex.Matcher m = FIXED_LOCAL.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            int k = Integer.parseInt(m.group(1));
            m.appendReplacement(sb, shared.get(k) ? "fx[" + k + "]" : m.group());
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void writeBody(List<Statement> statements, List<Expr> fixed, StringBuilder sb, BitSet shared) {
        List<Expr> users = new ArrayList<>();
        for (Statement s : statements) {
            users.addAll(s.users());
        }
        writeFixed(fixed, users, sb, shared);
        for (Statement s : statements) {
            sb.append(s.text());
        }
    }

    /**
     * The {@link SpikeRule}: {@code switching(k, ...)} is the condition of event k, negated for downward
     * events, {@code direction(k)} 1 (or 0 for events firing both ways), {@code reset(k, ...)} its
     * assignments in order; the one-event methods are event 0.
     */
    private static void writeEvents(List<EquationSystem.Event> events, List<Expr> fixed, StringBuilder sb) {
        sb.append("    public double switching(final double t, final double[] y, final double[] p) {\n");
        sb.append(events.isEmpty() ? "        return -1.0;\n" : "        return switching(0, t, y, p);\n");
        sb.append("    }\n\n");
        sb.append("    public void reset(final double t, final double[] y, final double[] p) {\n");
        if (!events.isEmpty()) {
            sb.append("        reset(0, t, y, p);\n");
        }
        sb.append("    }\n\n");
        sb.append("    public int eventCount() {\n        return ").append(Math.max(1, events.size()))
                .append(";\n    }\n\n");
        sb.append("    public int direction(final int k) {\n");
        for (int k = 0; k < events.size(); k++) {
            if (events.get(k).direction() == 0) {
                sb.append("        if (k == ").append(k).append(") {\n            return 0;\n        }\n");
            }
        }
        sb.append("        return 1;\n    }\n\n");
        sb.append("    public double switching(final int k, final double t, final double[] y, final double[] p) {\n");
        sb.append("        switch (k) {\n");
        for (int k = 0; k < events.size(); k++) {
            EquationSystem.Event event = events.get(k);
            Expr s = Simplifier.simplify(event.direction() >= 0 ? event.condition() : new Expr.Neg(event.condition()));
            sb.append("        case ").append(k).append(": {\n");
            writeFixed(fixed, List.of(s), sb);
            sb.append("        return ").append(JavaExpressionWriter.write(s)).append(";\n        }\n");
        }
        sb.append("        default:\n            return -1.0;\n        }\n    }\n\n");
        sb.append("    public void reset(final int k, final double t, final double[] y, final double[] p) {\n");
        sb.append("        switch (k) {\n");
        for (int k = 0; k < events.size(); k++) {
            EquationSystem.Event event = events.get(k);
            List<Expr> values = event.resets().stream().map(r -> Simplifier.simplify(r.value())).toList();
            sb.append("        case ").append(k).append(": {\n");
            writeFixed(fixed, values, sb);
            for (int r = 0; r < values.size(); r++) {
                sb.append("        y[").append(event.resets().get(r).stateIndex()).append("] = ")
                        .append(JavaExpressionWriter.write(values.get(r))).append(";\n");
            }
            sb.append("        return;\n        }\n");
        }
        sb.append("        default:\n            return;\n        }\n    }\n\n");
    }

    /** Declares the fixed quantities the given expressions need (directly or through other fixed ones). */
    private static void writeFixed(List<Expr> fixed, List<Expr> users, StringBuilder sb) {
        writeFixed(fixed, users, sb, new BitSet());
    }

    /** As above, leaving out the {@code shared} ones (computed elsewhere) and what only they need. */
    private static void writeFixed(List<Expr> fixed, List<Expr> users, StringBuilder sb, BitSet shared) {
        BitSet needed = new BitSet();
        for (Expr e : users) {
            Expressions.collect(e, Symbol.Kind.FIXED, needed);
        }
        for (int k = fixed.size() - 1; k >= 0; k--) {
            if (needed.get(k) && !shared.get(k)) {
                Expressions.collect(fixed.get(k), Symbol.Kind.FIXED, needed);
            }
        }
        needed.andNot(shared);
        for (int k = needed.nextSetBit(0); k >= 0; k = needed.nextSetBit(k + 1)) {
            sb.append("        final double f").append(k).append(" = ")
                    .append(JavaExpressionWriter.write(fixed.get(k))).append(";\n");
        }
    }
}
