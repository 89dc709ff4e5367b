package org.neuropynamics.core.ode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.neuropynamics.core.equations.Binder;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.equations.Evaluator;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.FunctionDefinition;
import org.neuropynamics.core.model.XppautRandom;

/**
 * Tables whose formula draws random numbers ({@code table w % 255 0 255 .4*ran(1)}; issue 14). XPPAUT computes
 * a function table once, while it reads the file ({@code form_ode.c} calls {@code create_fun_table} for each
 * {@code table} line in file order, {@code tabular.c} evaluates the formula at x = xlo + i (xhi - xlo)/(n - 1) for
 * i = 0..n-1), from the generator its parser seeded ({@code init_rpn}: {@code nsrand48(RandSeed)}). So the values
 * are numbers fixed at load: drawn here in the same order from {@link XppautRandom} seeded with XPPAUT's default
 * 12345678, and the table points become constants. The file's {@code @ seed} seeds XPPAUT's generator only after
 * the tables are computed, so it changes no table value (xppaut 6.11's output of
 * {@code core.tests/data/xppaut/tables/randtable.ode} is the same with and without it). Within one
 * formula the calls are drawn in the order XPPAUT's stack machine evaluates them (arguments first, left to
 * right; of an {@code if} only the branch taken). The values are computed at the parameters' default values.
 */
final class OdeRandomTables {

    private static final Pattern RANDOM = Pattern.compile("(?i)\\b(ran|normal)\\s*\\(");

    private OdeRandomTables() {
    }

    /** True when the formula as written calls {@code ran} or {@code normal}. */
    static boolean random(String formula) {
        return RANDOM.matcher(formula).find();
    }

    /**
     * The values of the random tables, by table, drawn in file order from one stream.
     *
     * @param tables all tables in file order (only the random ones draw)
     * @param parameterValues default value by lower-case parameter or number name
     */
    static Map<OdeNetworks.Table, double[]> draw(List<OdeNetworks.Table> tables,
            Map<String, Double> parameterValues, List<FunctionDefinition> functions) {
        Map<OdeNetworks.Table, double[]> out = new java.util.IdentityHashMap<>();
        XppautRandom random = null;
        Map<String, Expr> names = new HashMap<>();
        parameterValues.forEach((n, v) -> names.put(n, new Expr.Num(v)));
        Map<String, FunctionDefinition> fns = new HashMap<>();
        functions.forEach(fn -> fns.put(Binder.key(fn.name()), fn));
        Binder binder = new Binder(names, fns);
        for (OdeNetworks.Table t : tables) {
            if (!t.random()) {
                continue;
            }
            if (random == null) {
                random = new XppautRandom(XppautRandom.DEFAULT_SEED);
            }
            double dx = (t.hi() - t.lo()) / (t.points() - 1);
            double[] values = new double[t.points()];
            for (int i = 0; i < values.length; i++) {
                try {
                    values[i] = value(OdeNetworks.substituteT(t.expression(), new Expr.Num(dx * i + t.lo())),
                            binder, random);
                } catch (EquationException e) {
                    throw new EquationException(t.line(), t.column(), "table '" + t.name() + "' must be computable "
                            + "from numbers and parameters (" + e.detail() + ")");
                }
            }
            out.put(t, values);
        }
        return out;
    }

    /** The formula's value, drawing its random calls in XPPAUT's order. */
    private static double value(Expr e, Binder binder, XppautRandom random) {
        return evaluate(binder.bind(drawn(e, binder, random)));
    }

    /** The tree with each random call replaced by the number it draws (arguments first, left to right). */
    private static Expr drawn(Expr e, Binder binder, XppautRandom random) {
        return switch (e) {
            case Expr.Neg n -> new Expr.Neg(drawn(n.operand(), binder, random));
            case Expr.Binary b -> {
                Expr left = drawn(b.left(), binder, random);
                yield new Expr.Binary(b.op(), left, drawn(b.right(), binder, random));
            }
            case Expr.Cond c -> {
                Expr condition = drawn(c.condition(), binder, random);
                boolean taken = evaluate(binder.bind(condition)) != 0;
                yield taken ? drawn(c.whenTrue(), binder, random) : drawn(c.whenFalse(), binder, random);
            }
            case Expr.Call c -> {
                List<Expr> args = c.arguments().stream().map(a -> drawn(a, binder, random)).toList();
                String f = c.function().toLowerCase(Locale.ROOT);
                if (f.equals("ran") && args.size() == 1) {
                    yield new Expr.Num(evaluate(binder.bind(args.get(0))) * random.uniform());
                }
                if (f.equals("normal") && args.size() == 2) {
                    double mean = evaluate(binder.bind(args.get(0)));
                    double sd = evaluate(binder.bind(args.get(1)));
                    yield new Expr.Num(random.normal(mean, sd));
                }
                yield new Expr.Call(c.function(), args, c.line(), c.column());
            }
            default -> e;
        };
    }

    private static double evaluate(Expr bound) {
        return Evaluator.evaluate(bound, 0, new double[0], new double[0]);
    }
}
