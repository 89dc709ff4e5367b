package org.neuropynamics.core.equations;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints expression trees (bound or unbound) as LaTeX: fractions, powers, {@code e^{...}}, square roots,
 * Greek letters for Greek names and subscripts for names such as {@code V_1} or {@code v1}.
 */
public final class LatexPrinter {

    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta",
            "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau",
            "upsilon", "phi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi",
            "Sigma", "Phi", "Psi", "Omega");
    private static final int ATOM = 8;

    private LatexPrinter() {
    }

    /** The expression in LaTeX. */
    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(e, sb);
        return sb.toString();
    }

    /** A name in LaTeX: {@code tau_m -> \tau_{m}}, {@code v1 -> v_{1}}, {@code gNa -> \mathit{gNa}}. */
    public static String name(String name) {
        int underscore = name.indexOf('_');
        if (underscore > 0 && underscore < name.length() - 1) {
            return base(name.substring(0, underscore)) + "_{" + base(name.substring(underscore + 1)) + "}";
        }
        int digits = name.length();
        while (digits > 0 && Character.isDigit(name.charAt(digits - 1))) {
            digits--;
        }
        if (digits > 0 && digits < name.length()) {
            return base(name.substring(0, digits)) + "_{" + name.substring(digits) + "}";
        }
        return base(name);
    }

    private static String base(String s) {
        String clean = s.replace("_", "\\_");
        if (GREEK.contains(s)) {
            return "\\" + s;
        }
        if (s.equals("eps")) {
            return "\\varepsilon";
        }
        return clean.length() == 1 ? clean : "\\mathit{" + clean + "}";
    }

    /** A number without needless digits: 0.04, 3, 1.5 \times 10^{-5}. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        if (v == Math.PI) {
            return "\\pi";
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + " \\times 10^{" + s.substring(e + 1) + "}";
    }

    private static int precedence(Expr e) {
        return switch (e) {
            case Expr.Num n -> n.value() < 0 ? 6 : ATOM;
            case Expr.Neg n -> 6;
            case Expr.Binary b -> b.op() == BinaryOp.DIV ? 6 : b.op().precedence();
            default -> ATOM;
        };
    }

    private static void write(Expr e, StringBuilder sb) {
        switch (e) {
            case Expr.Num n -> sb.append(number(n.value()));
            case Expr.Name n -> sb.append(name(n.name()));
            case Expr.Sym s -> sb.append(s.symbol().kind() == Symbol.Kind.TIME ? "t" : name(s.symbol().name()));
            case Expr.Neg n -> {
                sb.append('-');
                child(n.operand(), 6, sb);
            }
            case Expr.Binary b -> binary(b, sb);
            case Expr.Call c -> call(c.function().toLowerCase(Locale.ROOT), c.function(), c.arguments(), sb);
            case Expr.Apply a -> call(a.function().functionName(), a.function().functionName(), a.arguments(), sb);
            case Expr.Cond c -> {
                sb.append("\\begin{cases}");
                write(c.whenTrue(), sb);
                sb.append(" & \\text{if } ");
                write(c.condition(), sb);
                sb.append(" \\\\ ");
                write(c.whenFalse(), sb);
                sb.append(" & \\text{otherwise}\\end{cases}");
            }
        }
    }

    private static void binary(Expr.Binary b, StringBuilder sb) {
        BinaryOp op = b.op();
        switch (op) {
            case DIV -> {
                sb.append("\\frac{");
                write(b.left(), sb);
                sb.append("}{");
                write(b.right(), sb);
                sb.append('}');
            }
            case POW -> {
                child(b.left(), ATOM, sb);
                sb.append("^{");
                write(b.right(), sb);
                sb.append('}');
            }
            case MUL -> {
                child(b.left(), 5, sb);
                boolean numeric = b.right() instanceof Expr.Num
                        || (b.right() instanceof Expr.Binary r && r.op() == BinaryOp.POW && r.left() instanceof Expr.Num);
                sb.append(numeric ? " \\cdot " : "\\,");
                child(b.right(), 6, sb);
            }
            default -> {
                int p = op.precedence();
                child(b.left(), p, sb);
                sb.append(' ').append(symbol(op)).append(' ');
                child(b.right(), p + 1, sb);
            }
        }
    }

    private static String symbol(BinaryOp op) {
        return switch (op) {
            case LE -> "\\le";
            case GE -> "\\ge";
            case EQ -> "=";
            case NE -> "\\ne";
            case AND -> "\\wedge";
            case OR -> "\\vee";
            default -> op.symbol();
        };
    }

    private static void child(Expr c, int required, StringBuilder sb) {
        if (precedence(c) < required) {
            sb.append("\\left(");
            write(c, sb);
            sb.append("\\right)");
        } else {
            write(c, sb);
        }
    }

    private static void call(String lower, String shown, List<Expr> args, StringBuilder sb) {
        Builtin b = Builtin.byName(lower);
        if (b == Builtin.EXP && precedence(args.get(0)) == ATOM) {
            sb.append("e^{");
            write(args.get(0), sb);
            sb.append('}');
            return;
        }
        if (b == Builtin.SQRT) {
            sb.append("\\sqrt{");
            write(args.get(0), sb);
            sb.append('}');
            return;
        }
        if (b == Builtin.ABS) {
            sb.append("\\left|");
            write(args.get(0), sb);
            sb.append("\\right|");
            return;
        }
        if (b != null) {
            sb.append(switch (b) {
                case EXP, LN, SIN, COS, TAN, SINH, COSH, TANH, MIN, MAX -> "\\" + b.functionName();
                case LOG10 -> "\\log_{10}";
                case ASIN, ACOS, ATAN -> "\\" + "arc" + b.functionName().substring(1);
                default -> "\\operatorname{" + b.functionName() + "}";
            });
        } else {
            sb.append(name(shown));
        }
        sb.append("\\left(");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(args.get(i), sb);
        }
        sb.append("\\right)");
    }
}
