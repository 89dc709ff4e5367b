package org.neuropynamics.network.export;

import java.util.List;
import java.util.function.Function;

import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.Symbol;

/**
 * Prints a bound expression of our equation language in Brian2's expression language (fully parenthesised).
 * Booleans are numbers in ours and in {@code int(...)} in Brian2; functions Brian2 lacks are written with
 * those it has; {@code atan2} has no counterpart and is refused.
 */
final class Brian2Expressions {

    private final Function<Symbol, String> names;
    private final String where;

    /**
     * @param names the Brian2 text of each symbol (time must print in ms, e.g. {@code (t/ms)})
     * @param where the element, for messages
     */
    Brian2Expressions(Function<Symbol, String> names, String where) {
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
            case Expr.Cond c -> "(int(" + print(c.condition()) + " != 0)*" + print(c.whenTrue()) + " + int("
                    + print(c.condition()) + " == 0)*" + print(c.whenFalse()) + ")";
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
            case POW -> "(" + l + "**" + r + ")";
            case LT, GT, LE, GE, EQ, NE -> "int(" + l + " " + b.op().symbol() + " " + r + ")";
            case AND -> "int((" + l + " != 0) and (" + r + " != 0))";
            case OR -> "int((" + l + " != 0) or (" + r + " != 0))";
        };
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
            case ASIN -> "arcsin(" + x + ")";
            case ACOS -> "arccos(" + x + ")";
            case ATAN -> "arctan(" + x + ")";
            case SINH -> "sinh(" + x + ")";
            case COSH -> "cosh(" + x + ")";
            case TANH -> "tanh(" + x + ")";
            case ABS -> "abs(" + x + ")";
            case SIGN -> "sign(" + x + ")";
            case FLR -> "floor(" + x + ")";
            case CEIL -> "ceil(" + x + ")";
            case HEAV -> "int(" + x + " >= 0)";
            case NOT -> "int(" + x + " == 0)";
            case MIN -> "((" + x + " + " + print(args.get(1)) + " - abs(" + x + " - " + print(args.get(1))
                    + "))/2)";
            case MAX -> "((" + x + " + " + print(args.get(1)) + " + abs(" + x + " - " + print(args.get(1))
                    + "))/2)";
            // floored remainder: XPPAUT's mod for a positive divisor
            case MOD -> "(" + x + " - " + print(args.get(1)) + "*floor(" + x + "/" + print(args.get(1)) + "))";
            case ATAN2 -> throw new ExportException(where + ": Brian2 has no atan2; rewrite it with atan.");
        };
    }
}
