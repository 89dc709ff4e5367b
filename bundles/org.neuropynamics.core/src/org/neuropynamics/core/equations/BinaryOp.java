package org.neuropynamics.core.equations;

/** Binary operators of the equation language, with XPPAUT's meaning (booleans are 1.0 and 0.0). */
public enum BinaryOp {
    ADD("+", 4), SUB("-", 4), MUL("*", 5), DIV("/", 5), POW("^", 7),
    LT("<", 3), GT(">", 3), LE("<=", 3), GE(">=", 3), EQ("==", 3), NE("!=", 3),
    AND("&", 2), OR("|", 1);

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    /** The operator as written in the equation language. */
    public String symbol() {
        return symbol;
    }

    /** Binding strength: higher binds tighter (unary minus is 6, between these and power). */
    public int precedence() {
        return precedence;
    }

    /** True for comparisons and boolean connectives, whose value is 1.0 or 0.0. */
    public boolean isLogical() {
        return precedence <= 3;
    }

    /** Applies the operator to two numbers. */
    public double apply(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POW -> MathFunctions.pow(a, b);
            case LT -> a < b ? 1.0 : 0.0;
            case GT -> a > b ? 1.0 : 0.0;
            case LE -> a <= b ? 1.0 : 0.0;
            case GE -> a >= b ? 1.0 : 0.0;
            case EQ -> a == b ? 1.0 : 0.0;
            case NE -> a != b ? 1.0 : 0.0;
            case AND -> a != 0.0 && b != 0.0 ? 1.0 : 0.0;
            case OR -> a != 0.0 || b != 0.0 ? 1.0 : 0.0;
        };
    }
}
