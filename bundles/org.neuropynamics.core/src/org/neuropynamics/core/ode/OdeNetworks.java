package org.neuropynamics.core.ode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuropynamics.core.equations.BinaryOp;
import org.neuropynamics.core.equations.Binder;
import org.neuropynamics.core.equations.Builtin;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.equations.Evaluator;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.ExpressionParser;
import org.neuropynamics.core.equations.FunctionDefinition;

/**
 * XPPAUT's computed tables and network {@code special} operators, written out as fixed quantities so that the
 * rest of the pipeline (binding, symbolic Jacobian, code generation) sees plain equations:
 * <ul>
 * <li>{@code table w % n lo hi expr}: n values {@code w__k = expr} at {@code t = lo + k (hi-lo)/(n-1)}, fixed
 * quantities (so a table that uses parameters follows them). {@code w(x)} in an equation is the linear
 * interpolation between them (clamped to the end values outside [lo, hi]). A table read from a file
 * ({@code table w file.tab}) is refused: loading a model never reads other files.</li>
 * <li>{@code special k = conv(type, n, m, w, root)}: {@code k(i) = sum_{j=-m..m} w[j+m] root[i+j]} for i &lt; n,
 * with XPPAUT's boundary rules (even: reflected, 0: zero outside, periodic: wrapped); {@code sparse(n, m, w,
 * index, root)}: {@code k(i) = sum_{j<m} w[i m + j] root[index[i m + j]]} (negative indices skipped);
 * {@code mmult(n, m, w, root)}: {@code k(i) = sum_{j<n} w[i n + j] root[j]} for i &lt; m; {@code fconv},
 * {@code fsparse}, {@code fmmult} apply a user function {@code f(root[..], root2[i])} instead. {@code root[k]}
 * is the name with its number advanced by k ({@code u0} to {@code u5}). {@code k(i)} must be used with a
 * constant index (as in array lines, {@code k([j])}).</li>
 * </ul>
 * {@code gill(method, r1, ..., rm)} (Gillespie's method) is a random input ({@link OdeFile.Gillespie}): its
 * elements {@code k(0..m)} are names the binding gives to random slots.
 * Other specials (interp, findext, delay networks, fftconv, import) are refused with their line.
 */
final class OdeNetworks {

    /** A {@code table name % n lo hi expr} declaration. */
    /** A {@code table name % n lo hi expr} declaration; random: its formula draws numbers ({@link OdeRandomTables}). */
    record Table(String name, int points, double lo, double hi, Expr expression, boolean random, int line,
            int column) {
    }

    /** A {@code special name = kind(arguments)} declaration, arguments as written. */
    record Special(String name, String kind, List<String> arguments, int line, int column) {
    }

    private static final Pattern TABLE_FILE = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s+(\\S+)\\s*$");
    private static final Pattern TABLE = Pattern.compile(
            "^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*%\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(.+)$");
    private static final Pattern SPECIAL = Pattern.compile(
            "^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*([A-Za-z]+)\\s*\\((.*)\\)\\s*$");
    private static final Pattern ROOT = Pattern.compile("^([A-Za-z_][A-Za-z0-9_.]*?)(\\d+)$");

    /** Most table points accepted (each is a fixed quantity). */
    static final int MAX_POINTS = 100_000;

    private OdeNetworks() {
    }

    /** Reads the body of a {@code table} statement (after the keyword). */
    static Table readTable(String text, int line, int keywordEnd) {
        int column = keywordEnd + text.length() - text.stripLeading().length();
        Matcher m = TABLE.matcher(text);
        if (!m.find()) {
            Matcher f = TABLE_FILE.matcher(text);
            if (f.find()) {
                throw new EquationException(line, column, "table '" + f.group(1) + "' would read the file '"
                        + f.group(2) + "': loading a model never reads other files; write the table as "
                        + "'table " + f.group(1) + " % npts xlo xhi expression'");
            }
            throw new EquationException(line, column, "expected table NAME % npts xlo xhi expression(t)");
        }
        int n = (int) number(m.group(2), line, column, "the number of points");
        double lo = number(m.group(3), line, column, "xlo");
        double hi = number(m.group(4), line, column, "xhi");
        if (n < 2 || n > MAX_POINTS || !(hi > lo)) {
            throw new EquationException(line, column, "table '" + m.group(1) + "' needs 2 to " + MAX_POINTS
                    + " points and xlo < xhi");
        }
        Expr e = ExpressionParser.parse(m.group(5), line, keywordEnd + m.start(5));
        // XPPAUT draws a random table's numbers once, when it loads the file (OdeRandomTables)
        return new Table(m.group(1), n, lo, hi, e, OdeRandomTables.random(m.group(5)), line, column);
    }

    /** Reads the body of a {@code special} statement (after the keyword). */
    static Special readSpecial(String text, int line, int keywordEnd) {
        int column = keywordEnd + text.length() - text.stripLeading().length();
        Matcher m = SPECIAL.matcher(text);
        if (!m.find()) {
            throw new EquationException(line, column, "expected special NAME = conv(...), sparse(...) or mmult(...)");
        }
        String kind = m.group(2).toLowerCase(Locale.ROOT);
        if (!List.of("conv", "sparse", "mmult", "fconv", "fsparse", "fmmult", "gill").contains(kind)) {
            throw new EquationException(line, column, "special '" + m.group(2) + "' is not supported (conv, sparse, "
                    + "mmult, fconv, fsparse, fmmult and gill are)");
        }
        List<String> args = new ArrayList<>();
        for (String a : m.group(3).split(",", -1)) {
            args.add(a.strip());
        }
        return new Special(m.group(1), kind, args, line, column);
    }

    private static double number(String text, int line, int column, String what) {
        try {
            return Evaluator.evaluate(new Binder(Map.of(), Map.of()).bind(ExpressionParser.parse(text, line, column)),
                    0, new double[0], new double[0]);
        } catch (EquationException e) {
            throw new EquationException(line, column, what + " must be a number, found '" + text + "'");
        }
    }

    /**
     * Adds the fixed quantities of the tables and specials and rewrites every use of them in the declarations.
     *
     * @param parameterValues default value by lower-case parameter or number name (for sparse index tables)
     */
    static void apply(List<Table> tables, List<Special> specials, List<OdeFile.Variable> variables,
            List<OdeFile.Definition> fixed, List<OdeFile.Definition> auxiliaries, List<FunctionDefinition> functions,
            List<OdeFile.GlobalEvent> events, Map<String, Double> parameterValues) {
        if (tables.isEmpty() && specials.isEmpty()) {
            return;
        }
        Map<Table, double[]> drawn = OdeRandomTables.draw(tables, parameterValues, functions);
        Map<String, Table> byName = new HashMap<>();
        for (Table t : tables) {
            byName.put(Binder.key(t.name()), t);
            double[] values = drawn.get(t);
            for (int k = 0; k < t.points(); k++) {
                Expr x = new Expr.Num(t.lo() + k * (t.hi() - t.lo()) / (t.points() - 1));
                fixed.add(new OdeFile.Definition(point(t.name(), k), values != null ? new Expr.Num(values[k])
                        : substituteT(t.expression(), x), t.line(), t.column()));
            }
        }
        Map<String, Integer> specialSizes = new HashMap<>();
        for (Special s : specials) {
            if (s.kind().equals("gill")) {
                specialSizes.put(Binder.key(s.name()), s.arguments().size());
                continue;
            }
            List<Expr> elements = elements(s, byName, functions, parameterValues, drawn);
            for (int i = 0; i < elements.size(); i++) {
                fixed.add(new OdeFile.Definition(point(s.name(), i), elements.get(i), s.line(), s.column()));
            }
            specialSizes.put(Binder.key(s.name()), elements.size());
        }
        UnaryOperator<Expr> rewrite = e -> rewrite(e, byName, specialSizes);
        variables.replaceAll(v -> new OdeFile.Variable(v.name(), rewrite.apply(v.rightHandSide()), v.line()));
        fixed.replaceAll(d -> new OdeFile.Definition(d.name(), rewrite.apply(d.value()), d.line(), d.column()));
        auxiliaries.replaceAll(d -> new OdeFile.Definition(d.name(), rewrite.apply(d.value()), d.line(), d.column()));
        functions.replaceAll(f -> new FunctionDefinition(f.name(), f.parameters(), rewrite.apply(f.body()), f.line()));
        events.replaceAll(g -> new OdeFile.GlobalEvent(g.direction(), rewrite.apply(g.condition()),
                g.assignments().stream().map(a -> new OdeFile.Definition(a.name(), rewrite.apply(a.value()),
                        a.line(), a.column())).toList(), g.line()));
    }

    /**
     * The {@code gill} specials: {@code gill(method, r1, ..., rm)}, method 0 (Gillespie's direct method; XPPAUT
     * has no other), the rates as expressions; the elements are named {@code NAME__k} as for other specials.
     */
    static List<OdeFile.Gillespie> gillespie(List<Special> specials) {
        List<OdeFile.Gillespie> out = new ArrayList<>();
        for (Special s : specials) {
            if (!s.kind().equals("gill")) {
                continue;
            }
            if (s.arguments().size() < 2) {
                throw new EquationException(s.line(), s.column(), "special gill needs a method and at least one rate");
            }
            int method = integer(s.arguments().get(0), s, "the method");
            if (method != 0) {
                throw new EquationException(s.line(), s.column(), "special gill: only method 0 (Gillespie's direct "
                        + "method) exists, found " + method);
            }
            List<Expr> rates = new ArrayList<>();
            for (String a : s.arguments().subList(1, s.arguments().size())) {
                rates.add(ExpressionParser.parse(a, s.line(), s.column()));
            }
            out.add(new OdeFile.Gillespie(s.name(), method, rates, s.line(), s.column()));
        }
        return out;
    }

    /** The name of element k of a table or special. */
    static String element(String name, int k) {
        return point(name, k);
    }

    private static String point(String name, int k) {
        return name + "__" + k;
    }

    private static Expr name(String n, Special s) {
        return new Expr.Name(n, s.line(), s.column());
    }

    private static List<Expr> elements(Special s, Map<String, Table> tables, List<FunctionDefinition> functions,
            Map<String, Double> parameterValues, Map<Table, double[]> drawn) {
        List<String> a = s.arguments();
        boolean f = s.kind().startsWith("f");
        String kind = f ? s.kind().substring(1) : s.kind();
        int expected = switch (kind) {
            case "conv" -> 5;
            case "sparse" -> 5;
            default -> 4;
        } + (f ? 2 : 0);
        if (a.size() != expected) {
            throw new EquationException(s.line(), s.column(), "special " + s.kind() + " takes " + expected
                    + " arguments, found " + a.size());
        }
        List<Expr> out = new ArrayList<>();
        switch (kind) {
            case "conv" -> {
                char type = Character.toLowerCase(a.get(0).isEmpty() ? '?' : a.get(0).charAt(0));
                if ("e0zp".indexOf(type) < 0) {
                    throw new EquationException(s.line(), s.column(), "conv type must be even, 0 or periodic, found '"
                            + a.get(0) + "'");
                }
                int n = integer(a.get(1), s, "npts");
                int m = integer(a.get(2), s, "ncon");
                Table w = table(tables, a.get(3), s, 2 * m + 1);
                for (int i = 0; i < n; i++) {
                    List<Expr> terms = new ArrayList<>();
                    for (int j = -m; j <= m; j++) {
                        int k;
                        if (type == 'e') {
                            k = Math.abs(i + j);
                            if (k >= 2 * n) {
                                continue;
                            }
                            if (k >= n) {
                                k = Math.abs(2 * n - 2 - k);
                            }
                        } else if (type == 'p') {
                            k = Math.floorMod(i + j, n);
                        } else {
                            k = i + j;
                            if (k < 0 || k >= n) {
                                continue;
                            }
                        }
                        terms.add(product(name(point(w.name(), j + m), s), operand(a, 4, k, i, f, s)));
                    }
                    out.add(sum(terms));
                }
            }
            case "sparse" -> {
                int n = integer(a.get(0), s, "npts");
                int m = integer(a.get(1), s, "ncon");
                Table w = table(tables, a.get(2), s, n * m);
                Table index = table(tables, a.get(3), s, n * m);
                for (int i = 0; i < n; i++) {
                    List<Expr> terms = new ArrayList<>();
                    for (int j = 0; j < m; j++) {
                        int k = (int) indexValue(index, i * m + j, functions, parameterValues, drawn, s);
                        if (k >= 0) {
                            terms.add(product(name(point(w.name(), i * m + j), s), operand(a, 4, k, i, f, s)));
                        }
                    }
                    out.add(sum(terms));
                }
            }
            default -> { // mmult(n, m, w, root): m values, each a sum over the n roots
                int n = integer(a.get(0), s, "n");
                int m = integer(a.get(1), s, "m");
                Table w = table(tables, a.get(2), s, n * m);
                for (int i = 0; i < m; i++) {
                    List<Expr> terms = new ArrayList<>();
                    for (int j = 0; j < n; j++) {
                        terms.add(product(name(point(w.name(), i * n + j), s), operand(a, 3, j, i, f, s)));
                    }
                    out.add(sum(terms));
                }
            }
        }
        return out;
    }

    /** root[k], or for the f-forms fname(root[k], root2[i]). */
    private static Expr operand(List<String> a, int rootArg, int k, int i, boolean f, Special s) {
        Expr root = name(shifted(a.get(rootArg), k, s), s);
        if (!f) {
            return root;
        }
        Expr second = name(shifted(a.get(rootArg + 1), i, s), s);
        return new Expr.Call(a.get(rootArg + 2), List.of(root, second), s.line(), s.column());
    }

    private static String shifted(String root, int k, Special s) {
        Matcher m = ROOT.matcher(root);
        if (!m.find()) {
            throw new EquationException(s.line(), s.column(), "special " + s.name() + ": '" + root
                    + "' must name the first element of an array, such as u0");
        }
        return m.group(1) + (Integer.parseInt(m.group(2)) + k);
    }

    private static Table table(Map<String, Table> tables, String name, Special s, int needed) {
        Table t = tables.get(Binder.key(name));
        if (t == null) {
            throw new EquationException(s.line(), s.column(), "special " + s.name() + ": '" + name
                    + "' is not a table declared in this file");
        }
        if (t.points() < needed) {
            throw new EquationException(s.line(), s.column(), "special " + s.name() + ": table '" + name + "' has "
                    + t.points() + " points, " + needed + " are needed");
        }
        return t;
    }

    /** A sparse index table's entry: it picks variables, so it is computed once, at default parameters. */
    private static double indexValue(Table t, int k, List<FunctionDefinition> functions,
            Map<String, Double> parameterValues, Map<Table, double[]> drawn, Special s) {
        double[] values = drawn.get(t);
        if (values != null) {
            return values[k];
        }
        Map<String, Expr> names = new HashMap<>();
        parameterValues.forEach((n, v) -> names.put(n, new Expr.Num(v)));
        Map<String, FunctionDefinition> fns = new HashMap<>();
        functions.forEach(fn -> fns.put(Binder.key(fn.name()), fn));
        Expr x = new Expr.Num(t.lo() + k * (t.hi() - t.lo()) / (t.points() - 1));
        try {
            return Evaluator.evaluate(new Binder(names, fns).bind(substituteT(t.expression(), x)), 0, new double[0],
                    new double[0]);
        } catch (EquationException e) {
            throw new EquationException(t.line(), t.column(), "index table '" + t.name()
                    + "' must be computable from numbers and parameters (" + e.detail() + ")");
        }
    }

    private static int integer(String text, Special s, String what) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= 0 && v <= MAX_POINTS) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new EquationException(s.line(), s.column(), "special " + s.name() + ": " + what
                + " must be a whole number from 0 to " + MAX_POINTS + ", found '" + text + "'");
    }

    private static Expr product(Expr a, Expr b) {
        return new Expr.Binary(BinaryOp.MUL, a, b);
    }

    private static Expr sum(List<Expr> terms) {
        if (terms.isEmpty()) {
            return Expr.Num.ZERO;
        }
        Expr e = terms.get(0);
        for (int k = 1; k < terms.size(); k++) {
            e = new Expr.Binary(BinaryOp.ADD, e, terms.get(k));
        }
        return e;
    }

    /** The table expression with its variable {@code t} set to x (other names are left to the binder). */
    static Expr substituteT(Expr e, Expr x) {
        return switch (e) {
            case Expr.Name n -> n.name().equalsIgnoreCase("t") ? x : n;
            case Expr.Neg n -> new Expr.Neg(substituteT(n.operand(), x));
            case Expr.Binary b -> new Expr.Binary(b.op(), substituteT(b.left(), x), substituteT(b.right(), x));
            case Expr.Call c -> new Expr.Call(c.function(), c.arguments().stream().map(a -> substituteT(a, x)).toList(),
                    c.line(), c.column());
            case Expr.Cond c -> new Expr.Cond(substituteT(c.condition(), x), substituteT(c.whenTrue(), x),
                    substituteT(c.whenFalse(), x));
            default -> e;
        };
    }

    /** Replaces table calls by their interpolation and special calls {@code k(3)} by the element {@code k__3}. */
    private static Expr rewrite(Expr e, Map<String, Table> tables, Map<String, Integer> specials) {
        return switch (e) {
            case Expr.Neg n -> new Expr.Neg(rewrite(n.operand(), tables, specials));
            case Expr.Binary b -> new Expr.Binary(b.op(), rewrite(b.left(), tables, specials),
                    rewrite(b.right(), tables, specials));
            case Expr.Cond c -> new Expr.Cond(rewrite(c.condition(), tables, specials),
                    rewrite(c.whenTrue(), tables, specials), rewrite(c.whenFalse(), tables, specials));
            case Expr.Call c -> {
                List<Expr> args = c.arguments().stream().map(a -> rewrite(a, tables, specials)).toList();
                String key = Binder.key(c.function());
                Table t = tables.get(key);
                Integer size = specials.get(key);
                if ((t != null || size != null) && args.size() != 1) {
                    throw new EquationException(c.line(), c.column(), "'" + c.function() + "' takes one argument");
                }
                if (size != null) {
                    Double index = constant(args.get(0));
                    if (index == null) {
                        throw new EquationException(c.line(), c.column(), "special '" + c.function()
                                + "' must be indexed by a constant, such as " + c.function() + "([j]) in an array line");
                    }
                    int i = (int) index.doubleValue();
                    yield i >= 0 && i < size ? new Expr.Name(point(c.function(), i), c.line(), c.column())
                            : Expr.Num.ZERO;
                }
                yield t != null ? interpolate(t, args.get(0), c) : new Expr.Call(c.function(), args, c.line(), c.column());
            }
            default -> e;
        };
    }

    private static Double constant(Expr e) {
        try {
            return Evaluator.evaluate(new Binder(Map.of(), Map.of()).bind(e), 0, new double[0], new double[0]);
        } catch (EquationException ex) {
            return null;
        }
    }

    /**
     * Linear interpolation in a table: a constant argument picks its two neighbouring points; otherwise the
     * sum of hat functions {@code w__k * max(0, 1 - |x - x_k| / h)} over the points, with x clamped to [lo, hi].
     */
    private static Expr interpolate(Table t, Expr argument, Expr.Call at) {
        double h = (t.hi() - t.lo()) / (t.points() - 1);
        Double c = constant(argument);
        if (c != null) {
            double x = Math.min(Math.max(c, t.lo()), t.hi());
            int k = Math.min((int) Math.floor((x - t.lo()) / h), t.points() - 2);
            double frac = (x - t.lo()) / h - k;
            return sum(List.of(product(new Expr.Num(1 - frac), new Expr.Name(point(t.name(), k), at.line(), at.column())),
                    product(new Expr.Num(frac), new Expr.Name(point(t.name(), k + 1), at.line(), at.column()))));
        }
        Expr x = new Expr.Apply(Builtin.MIN, List.of(new Expr.Apply(Builtin.MAX, List.of(argument,
                new Expr.Num(t.lo()))), new Expr.Num(t.hi())));
        List<Expr> terms = new ArrayList<>();
        for (int k = 0; k < t.points(); k++) {
            Expr distance = new Expr.Apply(Builtin.ABS, new Expr.Binary(BinaryOp.SUB, x,
                    new Expr.Num(t.lo() + k * h)));
            Expr hat = new Expr.Apply(Builtin.MAX, List.of(Expr.Num.ZERO, new Expr.Binary(BinaryOp.SUB, Expr.Num.ONE,
                    new Expr.Binary(BinaryOp.DIV, distance, new Expr.Num(h)))));
            terms.add(product(new Expr.Name(point(t.name(), k), at.line(), at.column()), hat));
        }
        return sum(terms);
    }
}
