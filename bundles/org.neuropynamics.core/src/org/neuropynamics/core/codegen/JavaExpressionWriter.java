package org.neuropynamics.core.codegen;

import org.neuropynamics.core.equations.BinaryOp;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.MathFunctions;
import org.neuropynamics.core.equations.Symbol;

/**
 * Writes a bound expression as Java source. Only our own text reaches the output: symbols become array
 * slots ({@code y[3]}, {@code p[0]}) or numbered locals ({@code f2}, {@code d2}), numbers are printed by
 * {@link Double#toString(double)}, functions are fixed method names. Every operation is parenthesized, so
 * Java precedence never matters; comparisons and booleans become ternaries yielding 1.0 or 0.0.
 */
public final class JavaExpressionWriter {

    private static final String FUNCTIONS = MathFunctions.class.getName();

    private JavaExpressionWriter() {
    }

    /** The Java source of a bound expression. */
    public static String write(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(e, sb);
        return sb.toString();
    }

    /** A Java double literal for any value, including non-finite ones. */
    public static String literal(double v) {
        if (Double.isNaN(v)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        String s = Double.toString(v);
        return s.startsWith("-") ? "(" + s + ")" : s;
    }

    /** The Java name of a symbol's storage. */
    public static String symbol(Symbol s) {
        return switch (s.kind()) {
            case TIME -> "t";
            case STATE -> "y[" + s.index() + "]";
            case PARAMETER -> "p[" + s.index() + "]";
            case FIXED -> "f" + s.index();
            case FIXED_DERIVATIVE -> "d" + s.index();
        };
    }

    private static void write(Expr e, StringBuilder sb) {
        switch (e) {
            case Expr.Num n -> sb.append(literal(n.value()));
            case Expr.Sym s -> sb.append(symbol(s.symbol()));
            case Expr.Neg n -> {
                sb.append("(-");
                write(n.operand(), sb);
                sb.append(')');
            }
            case Expr.Binary b -> binary(b, sb);
            case Expr.Apply a -> {
                sb.append(a.function().javaMethod()).append('(');
                for (int i = 0; i < a.arguments().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    write(a.arguments().get(i), sb);
                }
                sb.append(')');
            }
            case Expr.Cond c -> {
                sb.append("((");
                write(c.condition(), sb);
                sb.append(") != 0.0 ? ");
                write(c.whenTrue(), sb);
                sb.append(" : ");
                write(c.whenFalse(), sb);
                sb.append(')');
            }
            case Expr.Name n -> throw new IllegalArgumentException("unbound name reached code generation");
            case Expr.Call c -> throw new IllegalArgumentException("unbound call reached code generation");
        }
    }

    private static void binary(Expr.Binary b, StringBuilder sb) {
        BinaryOp op = b.op();
        switch (op) {
            case ADD, SUB, MUL, DIV -> {
                sb.append('(');
                write(b.left(), sb);
                sb.append(' ').append(op.symbol()).append(' ');
                write(b.right(), sb);
                sb.append(')');
            }
            case POW -> power(b, sb);
            case AND, OR -> {
                sb.append("((");
                write(b.left(), sb);
                sb.append(op == BinaryOp.AND ? ") != 0.0 && (" : ") != 0.0 || (");
                write(b.right(), sb);
                sb.append(") != 0.0 ? 1.0 : 0.0)");
            }
            default -> {
                sb.append("((");
                write(b.left(), sb);
                sb.append(") ").append(op.symbol()).append(" (");
                write(b.right(), sb);
                sb.append(") ? 1.0 : 0.0)");
            }
        }
    }

    private static void power(Expr.Binary b, StringBuilder sb) {
        if (b.right() instanceof Expr.Num n && n.value() == Math.rint(n.value()) && Math.abs(n.value()) <= 64) {
            int k = (int) n.value();
            String method = k == 2 ? "sq(" : k == 3 ? "cube(" : "powInt(";
            sb.append(FUNCTIONS).append('.').append(method);
            write(b.left(), sb);
            if (k != 2 && k != 3) {
                sb.append(", ").append(k);
            }
            sb.append(')');
            return;
        }
        sb.append(FUNCTIONS).append(".pow(");
        write(b.left(), sb);
        sb.append(", ");
        write(b.right(), sb);
        sb.append(')');
    }
}
