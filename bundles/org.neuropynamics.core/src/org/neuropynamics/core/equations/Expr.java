package org.neuropynamics.core.equations;

import java.util.List;

/**
 * Immutable expression tree of the equation language.
 * <p>
 * The parser produces <em>unbound</em> trees ({@link Name} and {@link Call} nodes carrying their source
 * position). {@link Binder} turns them into <em>bound</em> trees made only of {@link Num}, {@link Sym},
 * {@link Neg}, {@link Binary}, {@link Apply} and {@link Cond}, which the interpreter, the differentiator,
 * the simplifier and the code generator work on.
 */
public sealed interface Expr permits Expr.Num, Expr.Name, Expr.Sym, Expr.Neg, Expr.Binary, Expr.Call,
        Expr.Apply, Expr.Cond {

    /** A numeric constant. */
    record Num(double value) implements Expr {
        /** The constant 0. */
        public static final Num ZERO = new Num(0.0);
        /** The constant 1. */
        public static final Num ONE = new Num(1.0);

        public boolean is(double v) {
            return Double.compare(value, v) == 0 || (v == 0.0 && value == 0.0);
        }
    }

    /** An unresolved name as written in the source, with its 1-based line and column. */
    record Name(String name, int line, int column) implements Expr {
    }

    /** A resolved reference to a state variable, parameter, time or fixed quantity. */
    record Sym(Symbol symbol) implements Expr {
    }

    /** Unary minus. */
    record Neg(Expr operand) implements Expr {
    }

    /** A binary arithmetic, comparison or boolean operation. */
    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
    }

    /** An unresolved function call (built-in or user function) as written, with its position. */
    record Call(String function, List<Expr> arguments, int line, int column) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** A resolved call of a built-in function. */
    record Apply(Builtin function, List<Expr> arguments) implements Expr {
        public Apply {
            arguments = List.copyOf(arguments);
            if (arguments.size() != function.arity()) {
                throw new IllegalArgumentException(function + " takes " + function.arity() + " arguments");
            }
        }

        public Apply(Builtin function, Expr argument) {
            this(function, List.of(argument));
        }
    }

    /** XPPAUT's {@code if(condition)then(a)else(b)}: a when the condition is non-zero, else b. */
    record Cond(Expr condition, Expr whenTrue, Expr whenFalse) implements Expr {
    }
}
