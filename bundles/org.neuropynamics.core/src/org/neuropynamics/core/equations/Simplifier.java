package org.neuropynamics.core.equations;

import java.util.ArrayList;
import java.util.List;

/**
 * Algebraic clean-up of bound trees, so symbolic Jacobians stay compact: constant folding and the
 * identities of 0 and 1 ({@code x+0}, {@code x*1}, {@code x*0}, {@code x^1}, {@code x^0}, {@code --x},
 * {@code x+(-y)}). Folding never produces a non-finite constant (those stay as written).
 */
public final class Simplifier {

    private Simplifier() {
    }

    /** A simplified equivalent of a bound tree. */
    public static Expr simplify(Expr e) {
        return switch (e) {
            case Expr.Num n -> n;
            case Expr.Sym s -> s;
            case Expr.Neg n -> negate(simplify(n.operand()));
            case Expr.Binary b -> binary(b.op(), simplify(b.left()), simplify(b.right()));
            case Expr.Apply a -> apply(a);
            case Expr.Cond c -> cond(simplify(c.condition()), simplify(c.whenTrue()), simplify(c.whenFalse()));
            case Expr.Name n -> n;
            case Expr.Call c -> c;
        };
    }

    /** -x, folded. */
    public static Expr negate(Expr x) {
        if (x instanceof Expr.Num n) {
            return new Expr.Num(-n.value());
        }
        if (x instanceof Expr.Neg n) {
            return n.operand();
        }
        return new Expr.Neg(x);
    }

    /** A binary node with constant folding and identities, from already simplified operands. */
    public static Expr binary(BinaryOp op, Expr l, Expr r) {
        if (l instanceof Expr.Num a && r instanceof Expr.Num b) {
            double v = op.apply(a.value(), b.value());
            if (Double.isFinite(v)) {
                return new Expr.Num(v);
            }
        }
        switch (op) {
            case ADD:
                if (isZero(l)) {
                    return r;
                }
                if (isZero(r)) {
                    return l;
                }
                if (r instanceof Expr.Neg n) {
                    return binary(BinaryOp.SUB, l, n.operand());
                }
                if (l instanceof Expr.Neg n) {
                    return binary(BinaryOp.SUB, r, n.operand());
                }
                break;
            case SUB:
                if (isZero(r)) {
                    return l;
                }
                if (isZero(l)) {
                    return negate(r);
                }
                if (r instanceof Expr.Neg n) {
                    return binary(BinaryOp.ADD, l, n.operand());
                }
                if (l.equals(r) && !(l instanceof Expr.Num)) {
                    return Expr.Num.ZERO;
                }
                break;
            case MUL:
                if (isZero(l) || isZero(r)) {
                    return Expr.Num.ZERO;
                }
                if (isOne(l)) {
                    return r;
                }
                if (isOne(r)) {
                    return l;
                }
                if (isMinusOne(l)) {
                    return negate(r);
                }
                if (isMinusOne(r)) {
                    return negate(l);
                }
                if (l instanceof Expr.Neg n) {
                    return negate(binary(BinaryOp.MUL, n.operand(), r));
                }
                if (r instanceof Expr.Neg n) {
                    return negate(binary(BinaryOp.MUL, l, n.operand()));
                }
                if (r instanceof Expr.Num && !(l instanceof Expr.Num)) {
                    return binary(BinaryOp.MUL, r, l); // constants first: 2*x, not x*2
                }
                if (l instanceof Expr.Num a && r instanceof Expr.Binary m && m.op() == BinaryOp.MUL
                        && m.left() instanceof Expr.Num b && Double.isFinite(a.value() * b.value())) {
                    return binary(BinaryOp.MUL, new Expr.Num(a.value() * b.value()), m.right());
                }
                break;
            case DIV:
                if (isZero(l)) {
                    return Expr.Num.ZERO;
                }
                if (isOne(r)) {
                    return l;
                }
                if (l instanceof Expr.Neg n) {
                    return negate(binary(BinaryOp.DIV, n.operand(), r));
                }
                break;
            case POW:
                if (isZero(r)) {
                    return Expr.Num.ONE;
                }
                if (isOne(r)) {
                    return l;
                }
                if (isOne(l)) {
                    return Expr.Num.ONE;
                }
                break;
            default:
                break;
        }
        return new Expr.Binary(op, l, r);
    }

    private static Expr apply(Expr.Apply a) {
        List<Expr> args = new ArrayList<>(a.arguments().size());
        boolean constant = true;
        for (Expr arg : a.arguments()) {
            Expr s = simplify(arg);
            args.add(s);
            constant &= s instanceof Expr.Num;
        }
        if (constant) {
            double second = args.size() > 1 ? ((Expr.Num) args.get(1)).value() : 0.0;
            double v = a.function().apply(((Expr.Num) args.get(0)).value(), second);
            if (Double.isFinite(v)) {
                return new Expr.Num(v);
            }
        }
        return new Expr.Apply(a.function(), args);
    }

    private static Expr cond(Expr c, Expr whenTrue, Expr whenFalse) {
        if (c instanceof Expr.Num n) {
            return n.value() != 0.0 ? whenTrue : whenFalse;
        }
        if (whenTrue.equals(whenFalse)) {
            return whenTrue;
        }
        return new Expr.Cond(c, whenTrue, whenFalse);
    }

    /** True for the constant 0. */
    public static boolean isZero(Expr e) {
        return e instanceof Expr.Num n && n.value() == 0.0;
    }

    private static boolean isOne(Expr e) {
        return e instanceof Expr.Num n && n.value() == 1.0;
    }

    private static boolean isMinusOne(Expr e) {
        return e instanceof Expr.Num n && n.value() == -1.0;
    }
}
