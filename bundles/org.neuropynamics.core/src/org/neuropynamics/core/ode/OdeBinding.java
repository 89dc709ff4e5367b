package org.neuropynamics.core.ode;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.equations.BinaryOp;
import org.neuropynamics.core.equations.Binder;
import org.neuropynamics.core.equations.Builtin;
import org.neuropynamics.core.equations.Differentiator;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.Expressions;
import org.neuropynamics.core.equations.FunctionDefinition;
import org.neuropynamics.core.equations.Simplifier;
import org.neuropynamics.core.equations.Symbol;

/**
 * Resolves the names of an {@link OdeFile} (case-insensitively, as XPPAUT), inlines user functions,
 * orders the fixed quantities by dependency and produces the bound {@link EquationSystem} plus the bound
 * initial values.
 */
final class OdeBinding {

    private static final Set<String> RESERVED = Set.of("t", "pi", "if", "then", "else", "int");

    /**
     * @param system the bound system
     * @param initials per state variable, its bound initial value (parameters allowed) or null for 0
     * @param algebraics the algebraic variables, whose start must be made consistent
     */
    record Result(EquationSystem system, List<Expr> initials, List<Constraint> algebraics, OdeNoise.Spec noise) {
    }

    /**
     * An algebraic variable y with its constraint g = 0 (fixed quantities written out) and dg/dy, for Newton's
     * method on the initial state.
     */
    record Constraint(int variable, Expr g, Expr dgdy) {
    }

    private final OdeFile file;
    private final Map<String, Integer> declaredOn = new HashMap<>();
    private final Map<String, Expr> names = new HashMap<>();
    private final Map<String, FunctionDefinition> functions = new HashMap<>();
    /** The random slots (issue 14): kind per slot, and the group whose evaluation draws it. */
    private final List<OdeNoise.Kind> slotKinds = new ArrayList<>();
    private final Map<OdeNoise.Group, List<Integer>> slotGroups = new java.util.EnumMap<>(OdeNoise.Group.class);
    /** Where the binder is: which group a ran/normal call belongs to; null where random calls are refused. */
    private OdeNoise.Group group;
    private int parameterCount;

    private OdeBinding(OdeFile file) {
        this.file = file;
    }

    static Result bind(OdeFile file) {
        return new OdeBinding(file).run();
    }

    private Result run() {
        names.put("t", new Expr.Sym(Symbol.TIME_SYMBOL));
        List<String> stateNames = new ArrayList<>();
        for (OdeFile.Variable v : file.variables()) {
            declare(v.name(), v.line(), new Expr.Sym(Symbol.state(stateNames.size(), v.name())));
            stateNames.add(v.name());
        }
        List<String> parameterNames = new ArrayList<>();
        for (OdeFile.ParameterDeclaration p : file.parameters()) {
            declare(p.name(), p.line(), new Expr.Sym(Symbol.parameter(parameterNames.size(), p.name())));
            parameterNames.add(p.name());
        }
        for (OdeFile.ParameterDeclaration c : file.constants()) {
            declare(c.name(), c.line(), new Expr.Num(c.value()));
        }
        parameterCount = parameterNames.size();
        List<Integer> wienerSlots = new ArrayList<>();
        for (OdeFile.Definition w : file.stochastic().wieners()) {
            int slot = slot(OdeNoise.Kind.WIENER, null);
            wienerSlots.add(slot);
            declare(w.name(), w.line(), slotSymbol(slot, w.name()));
        }
        List<Integer> gillSlots = new ArrayList<>();
        for (OdeFile.Gillespie g : file.stochastic().gillespie()) {
            int first = -1;
            for (int k = 0; k <= g.rates().size(); k++) {
                int slot = slot(OdeNoise.Kind.GILLESPIE, null);
                first = first < 0 ? slot : first;
                declare(OdeNetworks.element(g.name(), k), g.line(), slotSymbol(slot, g.name() + "(" + k + ")"));
            }
            gillSlots.add(first);
        }
        for (int k = 0; k < file.fixed().size(); k++) {
            OdeFile.Definition f = file.fixed().get(k);
            declare(f.name(), f.line(), new Expr.Sym(Symbol.fixed(k, f.name())));
        }
        for (FunctionDefinition f : file.functions()) {
            checkName(f.name(), f.line());
            functions.put(Binder.key(f.name()), f);
        }
        for (OdeFile.Definition a : file.auxiliaries()) {
            // an auxiliary is an output no formula reads: one named as a fixed quantity, a parameter or a variable
            // is no conflict (XPPAUT runs ModelDB's "aux ina=ina" and "aux gkc=gKC*cd*chid")
            if (!declaredOn.containsKey(Binder.key(a.name()))) {
                checkName(a.name(), a.line());
            }
        }
        Binder binder = new Binder(names, functions).randomCalls(this::randomCall);
        group = OdeNoise.Group.NONE;
        checkFunctionBodies(binder);
        // XPPAUT evaluates the fixed quantities in file order, then the right-hand sides, drawing as it goes
        group = OdeNoise.Group.FIXED;
        List<Expr> fixedUnordered = new ArrayList<>();
        for (OdeFile.Definition f : file.fixed()) {
            fixedUnordered.add(binder.bind(f.value()));
        }
        FixedOrder order = FixedOrder.of(file.fixed(), fixedUnordered);
        group = OdeNoise.Group.RHS;
        List<Expr> rhs = new ArrayList<>();
        for (OdeFile.Variable v : file.variables()) {
            rhs.add(order.renumber(binder.bind(v.rightHandSide())));
        }
        group = OdeNoise.Group.AUX;
        for (OdeFile.Definition a : file.auxiliaries()) {
            binder.bind(a.value()); // reports errors in outputs too, though the model does not use them
        }
        group = null;
        List<Constraint> constraints = new ArrayList<>();
        for (OdeFile.Algebraic a : file.algebraics()) {
            constraints.add(algebraic(a, binder, order, rhs));
        }
        group = OdeNoise.Group.EVENT;
        List<EquationSystem.Event> events = events(binder, order);
        group = null;
        List<OdeNoise.Chain> chains = new ArrayList<>();
        for (OdeFile.Markov m : file.stochastic().markov()) {
            Expr target = names.get(Binder.key(m.name()));
            int index = ((Expr.Sym) target).symbol().index();
            Expr[][] rates = new Expr[m.states()][m.states()];
            for (int i = 0; i < m.states(); i++) {
                for (int j = 0; j < m.states(); j++) {
                    rates[i][j] = order.renumber(binder.bind(m.rates().get(i).get(j)));
                }
            }
            chains.add(new OdeNoise.Chain(index, rates));
        }
        List<OdeNoise.Reactions> reactions = new ArrayList<>();
        for (int g = 0; g < file.stochastic().gillespie().size(); g++) {
            List<Expr> rates = new ArrayList<>();
            for (Expr r : file.stochastic().gillespie().get(g).rates()) {
                rates.add(order.renumber(binder.bind(r)));
            }
            reactions.add(new OdeNoise.Reactions(gillSlots.get(g), rates));
        }
        EquationSystem system = new EquationSystem(stateNames, parameterNames, order.names(), order.expressions(),
                rhs, events, file.map());
        OdeNoise.Spec noise = slotKinds.isEmpty() && chains.isEmpty() ? null
                : new OdeNoise.Spec(parameterCount, slotKinds, slotGroups, wienerSlots, chains, reactions,
                        order.expressions(), !file.auxiliaries().isEmpty() || !chains.isEmpty());
        return new Result(system, initials(), constraints, noise);
    }

    /** A new random slot of this kind, drawn with the group (null: filled otherwise). */
    private int slot(OdeNoise.Kind kind, OdeNoise.Group in) {
        int slot = slotKinds.size();
        slotKinds.add(kind);
        if (in != null) {
            slotGroups.computeIfAbsent(in, k -> new ArrayList<>()).add(slot);
        }
        return slot;
    }

    private Expr slotSymbol(int slot, String name) {
        return new Expr.Sym(Symbol.parameter(parameterCount + slot, name));
    }

    /**
     * {@code ran(x)} is x times a uniform deviate, {@code normal(m, s)} m plus s times a standard normal one,
     * each deviate a slot of its own drawn where XPPAUT evaluates the call (issue 14).
     */
    private Expr randomCall(Expr.Call c, List<Expr> arguments) {
        boolean uniform = c.function().equalsIgnoreCase("ran");
        if (group == null) {
            throw new EquationException(c.line(), c.column(), "'" + c.function() + "' (random numbers) is not "
                    + "supported here (only in fixed quantities, equations, auxiliaries and events)");
        }
        if (group == OdeNoise.Group.NONE) {
            return uniform ? Expr.Num.ZERO : arguments.get(0); // function bodies bound for their errors only
        }
        int slot = slot(uniform ? OdeNoise.Kind.UNIFORM : OdeNoise.Kind.NORMAL, group);
        Expr deviate = slotSymbol(slot, (uniform ? "ran#" : "normal#") + slot);
        return uniform ? new Expr.Binary(BinaryOp.MUL, arguments.get(0), deviate)
                : new Expr.Binary(BinaryOp.ADD, new Expr.Binary(BinaryOp.MUL, deviate, arguments.get(1)),
                        arguments.get(0));
    }

    /**
     * An index-1 algebraic equation 0 = g(t, x, y) solved for y: along solutions dg/dt = 0, so
     * y' = -(dg/dt + sum_i dg/dx_i x_i') / (dg/dy), which keeps g at 0 from a consistent start (Newton's method
     * on the initial state, {@link OdeModelLoader}). XPPAUT instead solves g = 0 by Newton at every step; the
     * two agree while dg/dy stays away from 0 (where XPPAUT's solution jumps and this one stops).
     */
    private Constraint algebraic(OdeFile.Algebraic a, Binder binder, FixedOrder order, List<Expr> rhs) {
        Expr target = names.get(Binder.key(a.variable()));
        int y = ((Expr.Sym) target).symbol().index();
        Expr g = inlineFixed(order.renumber(binder.bind(a.constraint())), order);
        Expr dgdy = Differentiator.derivative(g, s -> s.kind() == Symbol.Kind.STATE && s.index() == y
                ? Expr.Num.ONE : Expr.Num.ZERO);
        Expr along = Differentiator.derivative(g, s -> switch (s.kind()) {
            case STATE -> s.index() == y ? Expr.Num.ZERO : rhs.get(s.index());
            case TIME -> Expr.Num.ONE;
            default -> Expr.Num.ZERO;
        });
        if (dgdy instanceof Expr.Num n && n.is(0)) {
            throw new EquationException(a.line(), 0, "the algebraic equation does not depend on '" + a.variable()
                    + "', the variable 'solv' names for it");
        }
        rhs.set(y, Simplifier.simplify(new Expr.Neg(new Expr.Binary(BinaryOp.DIV, along, dgdy))));
        return new Constraint(y, g, dgdy);
    }

    /** The tree with every fixed quantity replaced by its expression (they only reference earlier ones). */
    private static Expr inlineFixed(Expr e, FixedOrder order) {
        Expr out = e;
        for (int pass = 0; pass <= order.expressions().size(); pass++) {
            BitSet used = new BitSet();
            Expressions.collect(out, Symbol.Kind.FIXED, used);
            if (used.isEmpty()) {
                return out;
            }
            out = Expressions.substitute(out, s -> s.kind() == Symbol.Kind.FIXED
                    ? order.expressions().get(s.index()) : new Expr.Sym(s));
        }
        return out;
    }

    private void declare(String name, int line, Expr meaning) {
        checkName(name, line);
        names.put(Binder.key(name), meaning);
    }

    private void checkName(String name, int line) {
        String key = Binder.key(name);
        if (RESERVED.contains(key) || Builtin.byName(key) != null) {
            throw new EquationException(line, 0, "'" + name + "' is a reserved name");
        }
        Integer previous = declaredOn.putIfAbsent(key, line);
        if (previous != null) {
            throw new EquationException(line, 0, "'" + name + "' is already declared on line " + previous);
        }
    }

    /** Binds every user function once with dummy arguments, so errors in unused functions are reported. */
    private void checkFunctionBodies(Binder binder) {
        for (FunctionDefinition f : file.functions()) {
            List<Expr> args = Collections.nCopies(f.parameters().size(), Expr.Num.ZERO);
            binder.bind(new Expr.Call(f.name(), args, f.line(), 0));
        }
    }

    /** The {@code global} events in file order (XPPAUT allows several; each may assign several variables). */
    private List<EquationSystem.Event> events(Binder binder, FixedOrder order) {
        List<EquationSystem.Event> events = new ArrayList<>();
        for (OdeFile.GlobalEvent g : file.events()) {
            Expr condition = order.renumber(binder.bind(g.condition()));
            List<EquationSystem.Reset> resets = new ArrayList<>();
            for (OdeFile.Definition a : g.assignments()) {
                Expr target = names.get(Binder.key(a.name()));
                if (!(target instanceof Expr.Sym s) || s.symbol().kind() != Symbol.Kind.STATE) {
                    throw new EquationException(a.line(), a.column(), "'" + a.name()
                            + "' is not a state variable; a global event can only reset state variables");
                }
                resets.add(new EquationSystem.Reset(s.symbol().index(), order.renumber(binder.bind(a.value()))));
            }
            events.add(new EquationSystem.Event(condition, g.direction(), resets));
        }
        return events;
    }

    private List<Expr> initials() {
        Map<String, Expr> constantsAndParameters = new HashMap<>();
        for (Map.Entry<String, Expr> e : names.entrySet()) {
            if (e.getValue() instanceof Expr.Num
                    || (e.getValue() instanceof Expr.Sym s && s.symbol().kind() == Symbol.Kind.PARAMETER)) {
                constantsAndParameters.put(e.getKey(), e.getValue());
            }
        }
        Binder binder = new Binder(constantsAndParameters, Map.of());
        List<Expr> initials = new ArrayList<>(Collections.nCopies(file.variables().size(), (Expr) null));
        for (OdeFile.Definition d : file.initials()) {
            Expr target = names.get(Binder.key(d.name()));
            if (!(target instanceof Expr.Sym s) || s.symbol().kind() != Symbol.Kind.STATE) {
                throw new EquationException(d.line(), d.column(), "initial value for '" + d.name()
                        + "', which is not a state variable");
            }
            try {
                initials.set(s.symbol().index(), binder.bind(d.value()));
            } catch (EquationException e) {
                throw new EquationException(e.line(), e.column(), e.detail()
                        + " (initial values may use numbers and parameters only)");
            }
        }
        return initials;
    }

    /** Fixed quantities sorted so each references only earlier ones; cycles are errors. */
    private record FixedOrder(List<String> names, List<Expr> expressions, int[] newIndex) {

        static FixedOrder of(List<OdeFile.Definition> defs, List<Expr> bound) {
            int n = defs.size();
            int[] state = new int[n]; // 0 unvisited, 1 in progress, 2 done
            List<Integer> sorted = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                visit(k, defs, bound, state, sorted);
            }
            int[] newIndex = new int[n];
            for (int i = 0; i < n; i++) {
                newIndex[sorted.get(i)] = i;
            }
            List<String> names = new ArrayList<>(n);
            List<Expr> expressions = new ArrayList<>(n);
            FixedOrder partial = new FixedOrder(names, expressions, newIndex);
            for (int old : sorted) {
                names.add(defs.get(old).name());
                expressions.add(partial.renumber(bound.get(old)));
            }
            return new FixedOrder(List.copyOf(names), List.copyOf(expressions), newIndex);
        }

        private static void visit(int k, List<OdeFile.Definition> defs, List<Expr> bound, int[] state,
                List<Integer> sorted) {
            if (state[k] == 2) {
                return;
            }
            if (state[k] == 1) {
                OdeFile.Definition d = defs.get(k);
                throw new EquationException(d.line(), d.column(), "fixed quantity '" + d.name()
                        + "' depends on itself");
            }
            state[k] = 1;
            BitSet deps = new BitSet();
            Expressions.collect(bound.get(k), Symbol.Kind.FIXED, deps);
            for (int d = deps.nextSetBit(0); d >= 0; d = deps.nextSetBit(d + 1)) {
                visit(d, defs, bound, state, sorted);
            }
            state[k] = 2;
            sorted.add(k);
        }

        Expr renumber(Expr e) {
            return Expressions.substitute(e, s -> s.kind() == Symbol.Kind.FIXED
                    ? new Expr.Sym(Symbol.fixed(newIndex[s.index()], s.name())) : new Expr.Sym(s));
        }
    }
}
