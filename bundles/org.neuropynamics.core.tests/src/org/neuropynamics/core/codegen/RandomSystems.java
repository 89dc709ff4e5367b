package org.neuropynamics.core.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.neuropynamics.core.equations.BinaryOp;
import org.neuropynamics.core.equations.Builtin;
import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.Simplifier;
import org.neuropynamics.core.equations.Symbol;

/** Random bound systems over 3 states, 3 parameters, t and 2 fixed quantities, for differential tests. */
final class RandomSystems {

    static final int STATES = 3;
    static final int PARAMETERS = 3;
    static final int FIXED = 2;

    private final Random random;

    RandomSystems(long seed) {
        this.random = new Random(seed);
    }

    /** A simplified random system with an event. */
    EquationSystem next() {
        List<Expr> fixed = new ArrayList<>();
        for (int k = 0; k < FIXED; k++) {
            fixed.add(Simplifier.simplify(expr(4, k)));
        }
        List<Expr> rhs = new ArrayList<>();
        for (int i = 0; i < STATES; i++) {
            rhs.add(Simplifier.simplify(expr(5, FIXED)));
        }
        EquationSystem.Event event = new EquationSystem.Event(Simplifier.simplify(expr(3, FIXED)),
                random.nextBoolean() ? 1 : -1, List.of(new EquationSystem.Reset(0, Simplifier.simplify(expr(3, FIXED))),
                        new EquationSystem.Reset(2, Simplifier.simplify(expr(3, FIXED)))));
        return new EquationSystem(List.of("x", "y", "z"), List.of("a", "b", "c"), List.of("f0", "f1"), fixed, rhs,
                event, false);
    }

    /** A random tree; fixed symbols of index below {@code fixedVisible} may appear. */
    private Expr expr(int depth, int fixedVisible) {
        if (depth == 0 || random.nextInt(5) == 0) {
            return leaf(fixedVisible);
        }
        int kind = random.nextInt(10);
        if (kind < 5) {
            BinaryOp[] ops = BinaryOp.values();
            BinaryOp op = ops[random.nextInt(ops.length)];
            Expr right = op == BinaryOp.POW && random.nextBoolean() ? new Expr.Num(random.nextInt(7) - 3)
                    : expr(depth - 1, fixedVisible);
            return new Expr.Binary(op, expr(depth - 1, fixedVisible), right);
        }
        if (kind < 8) {
            Builtin f = Builtin.values()[random.nextInt(Builtin.values().length)];
            List<Expr> args = new ArrayList<>();
            for (int i = 0; i < f.arity(); i++) {
                args.add(expr(depth - 1, fixedVisible));
            }
            return new Expr.Apply(f, args);
        }
        if (kind < 9) {
            return new Expr.Neg(expr(depth - 1, fixedVisible));
        }
        return new Expr.Cond(expr(depth - 1, fixedVisible), expr(depth - 1, fixedVisible),
                expr(depth - 1, fixedVisible));
    }

    private Expr leaf(int fixedVisible) {
        int kind = random.nextInt(fixedVisible > 0 ? 5 : 4);
        return switch (kind) {
            case 0 -> new Expr.Num(Math.round((random.nextDouble() * 6 - 3) * 1000) / 1000.0);
            case 1 -> new Expr.Sym(Symbol.state(random.nextInt(STATES), "s"));
            case 2 -> new Expr.Sym(Symbol.parameter(random.nextInt(PARAMETERS), "p"));
            case 3 -> new Expr.Sym(Symbol.TIME_SYMBOL);
            default -> new Expr.Sym(Symbol.fixed(random.nextInt(fixedVisible), "f"));
        };
    }

    double[] vector(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble() * 4 - 2;
        }
        return v;
    }
}
