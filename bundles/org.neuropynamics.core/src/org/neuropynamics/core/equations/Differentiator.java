package org.neuropynamics.core.equations;

import java.util.List;
import java.util.function.Function;

/**
 * Symbolic differentiation of bound trees, simplified as it goes. Piecewise-constant functions
 * (comparisons, {@code heav}, {@code sign}, {@code flr}, {@code ceil}, {@code not}) have derivative 0
 * (almost everywhere); {@code min}, {@code max}, {@code abs} and {@code if} differentiate the active
 * branch. User functions are already inlined by {@link Binder}; fixed quantities are handled by the
 * chain rule through {@code symbolDerivative}.
 */
public final class Differentiator {

    private final Function<Symbol, Expr> symbolDerivative;

    private Differentiator(Function<Symbol, Expr> symbolDerivative) {
        this.symbolDerivative = symbolDerivative;
    }

    /**
     * d e / d y[stateIndex] for a tree without fixed quantities.
     *
     * @throws IllegalArgumentException when the tree references a fixed quantity
     */
    public static Expr derivative(Expr e, int stateIndex) {
        return derivative(e, s -> switch (s.kind()) {
            case STATE -> s.index() == stateIndex ? Expr.Num.ONE : Expr.Num.ZERO;
            case TIME, PARAMETER -> Expr.Num.ZERO;
            default -> throw new IllegalArgumentException("cannot differentiate " + s.name());
        });
    }

    /**
     * The derivative of a bound tree, given the derivative of each symbol it contains.
     *
     * @param symbolDerivative derivative of each leaf symbol (e.g. 1 for the variable, 0 for parameters,
     *            a {@link Symbol.Kind#FIXED_DERIVATIVE} symbol for a fixed quantity)
     */
    public static Expr derivative(Expr e, Function<Symbol, Expr> symbolDerivative) {
        return Simplifier.simplify(new Differentiator(symbolDerivative).d(e));
    }

    private Expr d(Expr e) {
        return switch (e) {
            case Expr.Num n -> Expr.Num.ZERO;
            case Expr.Sym s -> symbolDerivative.apply(s.symbol());
            case Expr.Neg n -> Simplifier.negate(d(n.operand()));
            case Expr.Binary b -> binary(b);
            case Expr.Apply a -> apply(a);
            case Expr.Cond c -> cond(c.condition(), d(c.whenTrue()), d(c.whenFalse()));
            case Expr.Name n -> throw new IllegalArgumentException("unbound name " + n.name());
            case Expr.Call c -> throw new IllegalArgumentException("unbound call " + c.function());
        };
    }

    private Expr binary(Expr.Binary b) {
        Expr u = b.left();
        Expr v = b.right();
        switch (b.op()) {
            case ADD:
                return add(d(u), d(v));
            case SUB:
                return sub(d(u), d(v));
            case MUL:
                return add(mul(d(u), v), mul(u, d(v)));
            case DIV: {
                Expr du = d(u);
                Expr dv = d(v);
                if (Simplifier.isZero(dv)) {
                    return div(du, v);
                }
                return div(sub(mul(du, v), mul(u, dv)), pow(v, new Expr.Num(2)));
            }
            case POW: {
                Expr du = d(u);
                Expr dv = d(v);
                if (Simplifier.isZero(dv)) {
                    // v u^(v-1) u'
                    return mul(mul(v, pow(u, sub(v, Expr.Num.ONE))), du);
                }
                // u^v (v' ln u + v u'/u)
                return mul(b, add(mul(dv, fn(Builtin.LN, u)), div(mul(v, du), u)));
            }
            default:
                return Expr.Num.ZERO; // comparisons and boolean connectives are piecewise constant
        }
    }

    private Expr apply(Expr.Apply a) {
        List<Expr> args = a.arguments();
        Expr u = args.get(0);
        Expr du = d(u);
        Expr two = new Expr.Num(2);
        return switch (a.function()) {
            case EXP -> mul(a, du);
            case LN -> div(du, u);
            case LOG10 -> div(du, mul(u, new Expr.Num(Math.log(10.0))));
            case SQRT -> div(du, mul(two, a));
            case SIN -> mul(fn(Builtin.COS, u), du);
            case COS -> Simplifier.negate(mul(fn(Builtin.SIN, u), du));
            case TAN -> div(du, pow(fn(Builtin.COS, u), two));
            case ASIN -> div(du, fn(Builtin.SQRT, sub(Expr.Num.ONE, pow(u, two))));
            case ACOS -> Simplifier.negate(div(du, fn(Builtin.SQRT, sub(Expr.Num.ONE, pow(u, two)))));
            case ATAN -> div(du, add(Expr.Num.ONE, pow(u, two)));
            case ATAN2 -> {
                Expr v = args.get(1);
                yield div(sub(mul(v, du), mul(u, d(v))), add(pow(u, two), pow(v, two)));
            }
            case SINH -> mul(fn(Builtin.COSH, u), du);
            case COSH -> mul(fn(Builtin.SINH, u), du);
            case TANH -> mul(sub(Expr.Num.ONE, pow(a, two)), du);
            case ABS -> mul(fn(Builtin.SIGN, u), du);
            case MIN -> cond(new Expr.Binary(BinaryOp.LE, u, args.get(1)), du, d(args.get(1)));
            case MAX -> cond(new Expr.Binary(BinaryOp.GE, u, args.get(1)), du, d(args.get(1)));
            case MOD -> {
                // mod(u,v) = u - k v with k piecewise constant: k = (u - mod(u,v)) / v
                Expr dv = d(args.get(1));
                yield Simplifier.isZero(dv) ? du
                        : sub(du, mul(div(sub(u, a), args.get(1)), dv));
            }
            case HEAV, SIGN, FLR, CEIL, NOT -> Expr.Num.ZERO;
        };
    }

    private static Expr cond(Expr c, Expr whenTrue, Expr whenFalse) {
        if (whenTrue.equals(whenFalse)) {
            return whenTrue;
        }
        return new Expr.Cond(c, whenTrue, whenFalse);
    }

    private static Expr fn(Builtin f, Expr u) {
        return new Expr.Apply(f, u);
    }

    private static Expr add(Expr a, Expr b) {
        return Simplifier.binary(BinaryOp.ADD, a, b);
    }

    private static Expr sub(Expr a, Expr b) {
        return Simplifier.binary(BinaryOp.SUB, a, b);
    }

    private static Expr mul(Expr a, Expr b) {
        return Simplifier.binary(BinaryOp.MUL, a, b);
    }

    private static Expr div(Expr a, Expr b) {
        return Simplifier.binary(BinaryOp.DIV, a, b);
    }

    private static Expr pow(Expr a, Expr b) {
        return Simplifier.binary(BinaryOp.POW, a, b);
    }
}
