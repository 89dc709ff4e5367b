package org.neuropynamics.core.equations;

import java.util.List;

/**
 * Tree-walking interpreter of bound expressions: the reference the generated code is tested against,
 * and a fallback when compiling is not possible.
 */
public final class Evaluator {

    private final double t;
    private final double[] y;
    private final double[] p;
    private final double[] fixed;
    private final double[] fixedDerivatives;

    /**
     * @param t time
     * @param y state variables
     * @param p parameters
     * @param fixed values of the fixed quantities (may be null when none is referenced)
     * @param fixedDerivatives values of {@link Symbol.Kind#FIXED_DERIVATIVE} symbols (may be null)
     */
    public Evaluator(double t, double[] y, double[] p, double[] fixed, double[] fixedDerivatives) {
        this.t = t;
        this.y = y;
        this.p = p;
        this.fixed = fixed;
        this.fixedDerivatives = fixedDerivatives;
    }

    /** Evaluates an expression that references no fixed quantity. */
    public static double evaluate(Expr e, double t, double[] y, double[] p) {
        return new Evaluator(t, y, p, null, null).evaluate(e);
    }

    /** Evaluates an expression. */
    public double evaluate(Expr e) {
        return switch (e) {
            case Expr.Num n -> n.value();
            case Expr.Sym s -> value(s.symbol());
            case Expr.Neg n -> -evaluate(n.operand());
            case Expr.Binary b -> binary(b);
            case Expr.Apply a -> apply(a);
            case Expr.Cond c -> evaluate(c.condition()) != 0.0 ? evaluate(c.whenTrue()) : evaluate(c.whenFalse());
            case Expr.Name n -> throw new IllegalArgumentException("unbound name " + n.name());
            case Expr.Call c -> throw new IllegalArgumentException("unbound call " + c.function());
        };
    }

    private double binary(Expr.Binary b) {
        double left = evaluate(b.left());
        if (b.op() == BinaryOp.AND && left == 0.0) {
            return 0.0;
        }
        if (b.op() == BinaryOp.OR && left != 0.0) {
            return 1.0;
        }
        return b.op().apply(left, evaluate(b.right()));
    }

    private double apply(Expr.Apply a) {
        List<Expr> args = a.arguments();
        double first = evaluate(args.get(0));
        double second = args.size() > 1 ? evaluate(args.get(1)) : 0.0;
        return a.function().apply(first, second);
    }

    private double value(Symbol s) {
        return switch (s.kind()) {
            case TIME -> t;
            case STATE -> y[s.index()];
            case PARAMETER -> p[s.index()];
            case FIXED -> fixed[s.index()];
            case FIXED_DERIVATIVE -> fixedDerivatives[s.index()];
        };
    }
}
