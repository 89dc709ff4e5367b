package org.neuropynamics.core.equations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves the names of an unbound tree (case-insensitively, as XPPAUT) to symbols and constants,
 * maps built-in calls to {@link Expr.Apply} and inlines user functions by substituting their arguments.
 * Unknown names, wrong argument counts, recursion and unsupported XPPAUT functions are reported at the
 * position of the offending name.
 */
public final class Binder {

    /** Largest bound tree accepted after inlining user functions. */
    public static final int MAX_NODES = 200_000;

    private static final Map<String, String> UNSUPPORTED = Map.of(
            "delay", "'delay' (delay equations) is not supported",
            "del_shft", "'del_shft' (delay equations) is not supported",
            "ran", "'ran' (random numbers) is not supported",
            "normal", "'normal' (random numbers) is not supported",
            "shift", "'shift' (array shifts) is not supported",
            "sum", "'sum(...)of(...)' is not supported");

    private final Map<String, Expr> names;
    private final Map<String, FunctionDefinition> functions;
    private final Deque<String> expanding = new ArrayDeque<>();
    private java.util.function.BiFunction<Expr.Call, List<Expr>, Expr> randomCalls;

    /**
     * @param names bound meaning of each global name, keyed by lower-case name (state variables,
     *            parameters, fixed quantities, {@code t}, numeric constants)
     * @param functions user functions keyed by lower-case name
     */
    public Binder(Map<String, Expr> names, Map<String, FunctionDefinition> functions) {
        this.names = names;
        this.functions = functions;
    }

    /**
     * Binds the random functions {@code ran(x)} and {@code normal(m, s)} (when no user function of that name
     * exists) through {@code meaning}, called with the call and its bound arguments in evaluation order (the
     * {@code .ode} binding turns each call into a random slot, issue 14); without it they are refused.
     */
    public Binder randomCalls(java.util.function.BiFunction<Expr.Call, List<Expr>, Expr> meaning) {
        this.randomCalls = meaning;
        return this;
    }

    /** Lower-case key used for all name lookups. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Binds a tree; the result contains no {@link Expr.Name} or {@link Expr.Call}. */
    public Expr bind(Expr unbound) {
        return bind(unbound, Map.of());
    }

    private Expr bind(Expr e, Map<String, Expr> locals) {
        return switch (e) {
            case Expr.Num n -> n;
            case Expr.Sym s -> s;
            case Expr.Name n -> resolveName(n, locals);
            case Expr.Neg n -> new Expr.Neg(bind(n.operand(), locals));
            case Expr.Binary b -> new Expr.Binary(b.op(), bind(b.left(), locals), bind(b.right(), locals));
            case Expr.Cond c -> new Expr.Cond(bind(c.condition(), locals), bind(c.whenTrue(), locals),
                    bind(c.whenFalse(), locals));
            case Expr.Apply a -> new Expr.Apply(a.function(), bindAll(a.arguments(), locals));
            case Expr.Call c -> resolveCall(c, locals);
        };
    }

    private List<Expr> bindAll(List<Expr> list, Map<String, Expr> locals) {
        List<Expr> out = new ArrayList<>(list.size());
        for (Expr a : list) {
            out.add(bind(a, locals));
        }
        return out;
    }

    private Expr resolveName(Expr.Name n, Map<String, Expr> locals) {
        String k = key(n.name());
        Expr local = locals.get(k);
        if (local != null) {
            return local;
        }
        Expr global = names.get(k);
        if (global != null) {
            return global;
        }
        if (k.equals("pi")) {
            return new Expr.Num(Math.PI);
        }
        String shown = Lexer.abbreviate(n.name());
        if (Builtin.byName(k) != null || functions.containsKey(k)) {
            throw new EquationException(n.line(), n.column(),
                    "'" + shown + "' is a function; call it as " + shown + "(...)");
        }
        throw new EquationException(n.line(), n.column(), "unknown name '" + shown + "'");
    }

    private Expr resolveCall(Expr.Call c, Map<String, Expr> locals) {
        String k = key(c.function());
        String shown = Lexer.abbreviate(c.function());
        Builtin builtin = Builtin.byName(k);
        if (builtin != null) {
            checkArity(c, shown, builtin.arity());
            return new Expr.Apply(builtin, bindAll(c.arguments(), locals));
        }
        FunctionDefinition f = functions.get(k);
        if (f == null && randomCalls != null && (k.equals("ran") || k.equals("normal"))) {
            checkArity(c, shown, k.equals("ran") ? 1 : 2);
            return randomCalls.apply(c, bindAll(c.arguments(), locals));
        }
        if (f == null) {
            String unsupported = UNSUPPORTED.get(k);
            if (unsupported != null) {
                throw new EquationException(c.line(), c.column(), unsupported);
            }
            if (locals.containsKey(k) || names.containsKey(k)) {
                throw new EquationException(c.line(), c.column(), "'" + shown + "' is not a function");
            }
            throw new EquationException(c.line(), c.column(), "unknown function '" + shown + "'");
        }
        checkArity(c, shown, f.parameters().size());
        if (expanding.contains(k)) {
            throw new EquationException(c.line(), c.column(), "function '" + shown + "' calls itself");
        }
        Map<String, Expr> arguments = new HashMap<>();
        for (int i = 0; i < f.parameters().size(); i++) {
            arguments.put(key(f.parameters().get(i)), bind(c.arguments().get(i), locals));
        }
        expanding.push(k);
        try {
            Expr inlined = bind(f.body(), arguments);
            if (Expressions.sizeExceeds(inlined, MAX_NODES)) {
                throw new EquationException(c.line(), c.column(), "expression is too large after expanding '"
                        + shown + "' (more than " + MAX_NODES + " terms)");
            }
            return inlined;
        } finally {
            expanding.pop();
        }
    }

    private static void checkArity(Expr.Call c, String shown, int arity) {
        int given = c.arguments().size();
        if (given != arity) {
            throw new EquationException(c.line(), c.column(), "'" + shown + "' takes " + arity
                    + (arity == 1 ? " argument" : " arguments") + " but " + given + " given");
        }
    }
}
