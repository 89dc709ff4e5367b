package org.neuropynamics.core.ode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neuropynamics.core.equations.BinaryOp;
import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.equations.Expr;

/**
 * Writes bound equations as an XPPAUT {@code .ode} file that {@code xppaut FILE -silent} runs: parameters
 * with their values, the fixed quantities in evaluation order, the right-hand sides ({@code x' =}, or
 * {@code x(t+1) =} for maps), one {@code global} line per event, numeric initial values, and the numerics
 * as {@code @} options (total, dt, Runge-Kutta or discrete, a bound and a store large enough for the whole
 * run). Numbers are written with all their digits ({@link Double#toString}). XPPAUT reads names without
 * regard to case, so names that differ only in case are refused.
 */
public final class OdeWriter {

    private OdeWriter() {
    }

    /**
     * The text of the file.
     *
     * @param title first comment line (the model's name)
     * @param system the bound equations
     * @param parameters values indexed like {@code system.parameterNames()}
     * @param initialState the initial state, indexed like {@code system.stateNames()}
     * @param total length of the run XPPAUT makes ({@code @ total})
     * @param dt XPPAUT's step ({@code @ dt}; 1 for maps)
     * @throws IllegalArgumentException when two names differ only in case
     */
    public static String write(String title, EquationSystem system, double[] parameters, double[] initialState,
            double total, double dt) {
        checkNames(system);
        StringBuilder sb = new StringBuilder(1024);
        for (String line : title.split("\n")) {
            sb.append("# ").append(line).append('\n');
        }
        sb.append("# Written by the Neuropynamics Workbench; run it with: xppaut FILE -silent\n");
        List<String> pars = system.parameterNames();
        for (int k = 0; k < pars.size(); k++) {
            sb.append("par ").append(pars.get(k)).append('=').append(number(parameters[k])).append('\n');
        }
        for (int k = 0; k < system.fixed().size(); k++) {
            sb.append(system.fixedNames().get(k)).append('=').append(expression(system.fixed().get(k))).append('\n');
        }
        List<String> states = system.stateNames();
        for (int i = 0; i < states.size(); i++) {
            sb.append(states.get(i)).append(system.map() ? "(t+1)=" : "'=")
                    .append(expression(system.rightHandSides().get(i))).append('\n');
        }
        for (EquationSystem.Event e : system.events()) {
            sb.append("global ").append(e.direction()).append(" {").append(expression(e.condition())).append("} {");
            for (int r = 0; r < e.resets().size(); r++) {
                EquationSystem.Reset reset = e.resets().get(r);
                sb.append(r == 0 ? "" : ";").append(states.get(reset.stateIndex())).append('=')
                        .append(expression(reset.value()));
            }
            sb.append("}\n");
        }
        sb.append("init ");
        for (int i = 0; i < states.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(states.get(i)).append('=').append(number(initialState[i]));
        }
        sb.append('\n');
        long rows = (long) Math.ceil(total / dt) + 2;
        sb.append("@ total=").append(number(total)).append(", dt=").append(number(system.map() ? 1 : dt))
                .append(", meth=").append(system.map() ? "discrete" : "rungekutta").append(", bound=1e30")
                .append(", maxstor=").append(Math.max(5000, rows)).append('\n');
        sb.append("done\n");
        return sb.toString();
    }

    /**
     * A loaded {@code .ode} file written back as its own text with other parameter values, initial values and
     * run length: for the files whose equations read their past or random numbers (delays, Volterra integrals,
     * {@code wiener}, {@code ran}, {@code normal}, {@code markov}, {@code gill}), which XPPAUT's own statements
     * express exactly (issue 14). Every statement stays as written; a line declaring a parameter whose value
     * changed is rewritten as {@code par} with all the parameters it declares (XPPAUT refuses a name declared
     * twice); changed initial values are added as {@code init} (a later {@code init} wins in XPPAUT, and a
     * history {@code x(0)=} expression stays when its value is unchanged); {@code @ total} and {@code @ dt} are
     * added before {@code done}, as the later {@code @} options win.
     *
     * @param source the file's text
     * @param file the file as parsed from {@code source}
     * @param parameters values indexed like {@code file.parameters()}
     * @param initialValues the initial values to write, by variable name (only those that differ from the
     *        file's own)
     * @throws IllegalArgumentException when a changed parameter is declared by an array or a continued line,
     *         whose text cannot be rewritten one name at a time
     */
    public static String rewrite(String source, OdeFile file, double[] parameters,
            Map<String, Double> initialValues, double total, double dt) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        Map<Integer, StringBuilder> replaced = new java.util.TreeMap<>();
        List<OdeFile.ParameterDeclaration> declared = file.parameters();
        for (int k = 0; k < declared.size(); k++) {
            OdeFile.ParameterDeclaration d = declared.get(k);
            if (Double.compare(parameters[k], d.value()) == 0) {
                continue;
            }
            int line = d.line();
            String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
            if (text.strip().endsWith("\\") || !java.util.regex.Pattern.compile("(?i)(^|[\\s,])"
                    + java.util.regex.Pattern.quote(d.name()) + "\\s*=").matcher(text).find()) {
                throw new IllegalArgumentException("parameter '" + d.name() + "' (line " + line + ") is declared "
                        + "by an array or a continued line; its new value cannot be written into that line");
            }
            replaced.computeIfAbsent(line, l -> new StringBuilder());
        }
        for (Map.Entry<Integer, StringBuilder> e : replaced.entrySet()) {
            for (int k = 0; k < declared.size(); k++) {
                if (declared.get(k).line() == e.getKey()) {
                    e.getValue().append(e.getValue().isEmpty() ? "par " : ", ").append(declared.get(k).name())
                            .append('=').append(number(parameters[k]));
                }
            }
        }
        StringBuilder sb = new StringBuilder(source.length() + 256);
        for (int i = 0; i < lines.length; i++) {
            StringBuilder r = replaced.get(i + 1);
            String line = r != null ? r.toString() : lines[i];
            if (line.strip().toLowerCase(Locale.ROOT).startsWith("done")) {
                break; // XPPAUT reads nothing after done
            }
            if (i < lines.length - 1 || !line.isEmpty()) {
                sb.append(line).append('\n');
            }
        }
        sb.append("# Written by the Neuropynamics Workbench from ").append(file.fileName().isEmpty() ? "its source"
                : file.fileName()).append("; run it with: xppaut FILE -silent\n");
        if (!initialValues.isEmpty()) {
            sb.append("init ");
            boolean first = true;
            for (Map.Entry<String, Double> e : initialValues.entrySet()) {
                sb.append(first ? "" : ", ").append(e.getKey()).append('=').append(number(e.getValue()));
                first = false;
            }
            sb.append('\n');
        }
        sb.append("@ total=").append(number(total)).append(", dt=").append(number(dt)).append('\n');
        sb.append("done\n");
        return sb.toString();
    }

    private static void checkNames(EquationSystem system) {
        Map<String, String> seen = new HashMap<>();
        for (List<String> names : List.of(system.stateNames(), system.parameterNames(), system.fixedNames())) {
            for (String n : names) {
                String previous = seen.put(n.toLowerCase(Locale.ROOT), n);
                if (previous != null) {
                    throw new IllegalArgumentException("'" + previous + "' and '" + n
                            + "' are one name to XPPAUT, which ignores case");
                }
            }
        }
    }

    /** A number XPPAUT reads back to the same double. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace("E", "e");
    }

    /** An expression in XPPAUT's syntax. */
    static String expression(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(e, 0, sb);
        return sb.toString();
    }

    private static void write(Expr e, int outer, StringBuilder sb) {
        switch (e) {
            case Expr.Num n -> {
                String s = number(n.value());
                if (n.value() < 0 || s.startsWith("-")) {
                    sb.append('(').append(s).append(')');
                } else {
                    sb.append(s);
                }
            }
            case Expr.Sym s -> sb.append(s.symbol().name());
            case Expr.Name n -> sb.append(n.name());
            case Expr.Neg n -> {
                sb.append("(-");
                write(n.operand(), 7, sb);
                sb.append(')');
            }
            case Expr.Binary b -> {
                // comparisons and connectives always in parentheses, their operands too: XPPAUT's precedence
                // of & and | among comparisons is not ours to guess
                int p = b.op().isLogical() ? 8 : b.op().precedence();
                boolean paren = b.op().isLogical() || p < outer || (p == outer && b.op() == BinaryOp.POW);
                if (paren) {
                    sb.append('(');
                }
                // left-associative operators: the right operand needs parentheses at equal precedence
                write(b.left(), b.op() == BinaryOp.POW ? p + 1 : p, sb);
                sb.append(b.op().symbol());
                write(b.right(), p + 1, sb);
                if (paren) {
                    sb.append(')');
                }
            }
            case Expr.Apply a -> {
                sb.append(a.function().functionName()).append('(');
                for (int k = 0; k < a.arguments().size(); k++) {
                    if (k > 0) {
                        sb.append(',');
                    }
                    write(a.arguments().get(k), 0, sb);
                }
                sb.append(')');
            }
            case Expr.Call c -> {
                sb.append(c.function()).append('(');
                for (int k = 0; k < c.arguments().size(); k++) {
                    if (k > 0) {
                        sb.append(',');
                    }
                    write(c.arguments().get(k), 0, sb);
                }
                sb.append(')');
            }
            case Expr.Cond c -> {
                sb.append("if(");
                write(c.condition(), 0, sb);
                sb.append(")then(");
                write(c.whenTrue(), 0, sb);
                sb.append(")else(");
                write(c.whenFalse(), 0, sb);
                sb.append(')');
            }
        }
    }
}
