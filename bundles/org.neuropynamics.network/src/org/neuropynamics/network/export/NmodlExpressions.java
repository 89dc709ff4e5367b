package org.neuropynamics.network.export;

import java.util.List;
import java.util.function.Function;

import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.Symbol;

/**
 * Prints a bound expression in NMODL (fully parenthesised). NMODL has no boolean values in arithmetic, so
 * comparisons, conditions and the functions NMODL lacks call the helper FUNCTIONs every generated mechanism
 * defines ({@link #HELPERS}).
 */
final class NmodlExpressions {

    /** FUNCTIONs the printed expressions may call. */
    static final String HELPERS = """
            FUNCTION np_step(x) {
                if (x >= 0) {
                    np_step = 1
                } else {
                    np_step = 0
                }
            }
            FUNCTION np_nz(x) {
                if (x != 0) {
                    np_nz = 1
                } else {
                    np_nz = 0
                }
            }
            FUNCTION np_min(a, b) {
                if (a < b) {
                    np_min = a
                } else {
                    np_min = b
                }
            }
            FUNCTION np_max(a, b) {
                if (a > b) {
                    np_max = a
                } else {
                    np_max = b
                }
            }
            FUNCTION np_sign(x) {
                if (x > 0) {
                    np_sign = 1
                } else if (x < 0) {
                    np_sign = -1
                } else {
                    np_sign = 0
                }
            }
            """;

    private final Function<Symbol, String> names;
    private final String where;

    NmodlExpressions(Function<Symbol, String> names, String where) {
        this.names = names;
        this.where = where;
    }

    String print(Expr e) {
        return switch (e) {
            case Expr.Num n -> n.value() < 0 ? "(" + Py.num(n.value(), where) + ")" : Py.num(n.value(), where);
            case Expr.Sym s -> names.apply(s.symbol());
            case Expr.Neg n -> "(-" + print(n.operand()) + ")";
            case Expr.Binary b -> binary(b);
            case Expr.Apply a -> apply(a);
            case Expr.Cond c -> "(np_nz(" + print(c.condition()) + ")*" + print(c.whenTrue()) + " + (1 - np_nz("
                    + print(c.condition()) + "))*" + print(c.whenFalse()) + ")";
            case Expr.Name n -> throw new ExportException(where + ": unbound name " + n.name() + ".");
            case Expr.Call c -> throw new ExportException(where + ": unbound call " + c.function() + ".");
        };
    }

    private String binary(Expr.Binary b) {
        String l = print(b.left());
        String r = print(b.right());
        return switch (b.op()) {
            case ADD -> "(" + l + " + " + r + ")";
            case SUB -> "(" + l + " - " + r + ")";
            case MUL -> "(" + l + "*" + r + ")";
            case DIV -> "(" + l + "/" + r + ")";
            case POW -> power(b, l, r);
            case GE -> "np_step(" + l + " - " + r + ")";
            case LE -> "np_step(" + r + " - " + l + ")";
            case GT -> "(1 - np_step(" + r + " - " + l + "))";
            case LT -> "(1 - np_step(" + l + " - " + r + "))";
            case EQ -> "(1 - np_nz(" + l + " - " + r + "))";
            case NE -> "np_nz(" + l + " - " + r + ")";
            case AND -> "(np_nz(" + l + ")*np_nz(" + r + "))";
            case OR -> "np_nz(np_nz(" + l + ") + np_nz(" + r + "))";
        };
    }

    /**
     * Small integer powers as products (nocmodl's parser of NET_RECEIVE state adjustments rejects '^'), others
     * with pow.
     */
    private static String power(Expr.Binary b, String l, String r) {
        if (b.right() instanceof Expr.Num n && n.value() == Math.rint(n.value()) && Math.abs(n.value()) <= 4
                && n.value() != 0) {
            int k = (int) Math.abs(n.value());
            String product = "(" + String.join("*", java.util.Collections.nCopies(k, l)) + ")";
            return n.value() > 0 ? product : "(1/" + product + ")";
        }
        return "pow(" + l + ", " + r + ")";
    }

    private String apply(Expr.Apply a) {
        List<Expr> args = a.arguments();
        String x = print(args.get(0));
        return switch (a.function()) {
            case EXP -> "exp(" + x + ")";
            case LN -> "log(" + x + ")";
            case LOG10 -> "log10(" + x + ")";
            case SQRT -> "sqrt(" + x + ")";
            case SIN -> "sin(" + x + ")";
            case COS -> "cos(" + x + ")";
            case TAN -> "tan(" + x + ")";
            case ASIN -> "asin(" + x + ")";
            case ACOS -> "acos(" + x + ")";
            case ATAN -> "atan(" + x + ")";
            case ATAN2 -> "atan2(" + x + ", " + print(args.get(1)) + ")";
            case SINH -> "sinh(" + x + ")";
            case COSH -> "cosh(" + x + ")";
            case TANH -> "tanh(" + x + ")";
            case ABS -> "fabs(" + x + ")";
            case SIGN -> "np_sign(" + x + ")";
            case FLR -> "floor(" + x + ")";
            case CEIL -> "ceil(" + x + ")";
            case HEAV -> "np_step(" + x + ")";
            case NOT -> "(1 - np_nz(" + x + "))";
            case MIN -> "np_min(" + x + ", " + print(args.get(1)) + ")";
            case MAX -> "np_max(" + x + ", " + print(args.get(1)) + ")";
            // floored remainder: XPPAUT's mod for a positive divisor
            case MOD -> "(" + x + " - " + print(args.get(1)) + "*floor(" + x + "/" + print(args.get(1)) + "))";
        };
    }
}
