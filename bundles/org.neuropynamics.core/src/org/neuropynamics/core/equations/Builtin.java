package org.neuropynamics.core.equations;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The built-in functions of the equation language (XPPAUT's set; {@code log} is the natural log). */
public enum Builtin {
    EXP("exp", 1, "Math.exp"), LN("ln", 1, "Math.log"), LOG10("log10", 1, "Math.log10"),
    SQRT("sqrt", 1, "Math.sqrt"), SIN("sin", 1, "Math.sin"), COS("cos", 1, "Math.cos"),
    TAN("tan", 1, "Math.tan"), ASIN("asin", 1, "Math.asin"), ACOS("acos", 1, "Math.acos"),
    ATAN("atan", 1, "Math.atan"), ATAN2("atan2", 2, "Math.atan2"), SINH("sinh", 1, "Math.sinh"),
    COSH("cosh", 1, "Math.cosh"), TANH("tanh", 1, "Math.tanh"), ABS("abs", 1, "Math.abs"),
    HEAV("heav", 1, MathFunctions.class.getName() + ".heav"),
    SIGN("sign", 1, MathFunctions.class.getName() + ".sign"),
    MIN("min", 2, "Math.min"), MAX("max", 2, "Math.max"),
    MOD("mod", 2, MathFunctions.class.getName() + ".mod"),
    FLR("flr", 1, "Math.floor"), CEIL("ceil", 1, "Math.ceil"),
    NOT("not", 1, MathFunctions.class.getName() + ".not");

    private static final Map<String, Builtin> BY_NAME = new HashMap<>();

    static {
        for (Builtin b : values()) {
            BY_NAME.put(b.name, b);
        }
        BY_NAME.put("log", LN);
    }

    private final String name;
    private final int arity;
    private final String javaMethod;

    Builtin(String name, int arity, String javaMethod) {
        this.name = name;
        this.arity = arity;
        this.javaMethod = javaMethod;
    }

    /** The function's name in the equation language. */
    public String functionName() {
        return name;
    }

    /** Number of arguments. */
    public int arity() {
        return arity;
    }

    /** Fully qualified static Java method computing this function (a fixed string, never user text). */
    public String javaMethod() {
        return javaMethod;
    }

    /** The built-in function called {@code name} (case-insensitive), or null. */
    public static Builtin byName(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** Evaluates the function; {@code b} is ignored for one-argument functions. */
    public double apply(double a, double b) {
        return switch (this) {
            case EXP -> Math.exp(a);
            case LN -> Math.log(a);
            case LOG10 -> Math.log10(a);
            case SQRT -> Math.sqrt(a);
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            case ASIN -> Math.asin(a);
            case ACOS -> Math.acos(a);
            case ATAN -> Math.atan(a);
            case ATAN2 -> Math.atan2(a, b);
            case SINH -> Math.sinh(a);
            case COSH -> Math.cosh(a);
            case TANH -> Math.tanh(a);
            case ABS -> Math.abs(a);
            case HEAV -> MathFunctions.heav(a);
            case SIGN -> MathFunctions.sign(a);
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
            case MOD -> MathFunctions.mod(a, b);
            case FLR -> Math.floor(a);
            case CEIL -> Math.ceil(a);
            case NOT -> MathFunctions.not(a);
        };
    }
}
