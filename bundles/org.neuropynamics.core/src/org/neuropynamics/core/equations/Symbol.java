package org.neuropynamics.core.equations;

/**
 * What a bound name refers to: a slot in one of the arrays the compiled code reads.
 *
 * @param kind the array the symbol lives in
 * @param index index in that array (0 for time)
 * @param name the name as declared, for printing
 */
public record Symbol(Kind kind, int index, String name) {

    /** The storage a symbol maps to. */
    public enum Kind {
        /** The independent variable t. */
        TIME,
        /** A state variable, {@code y[index]}. */
        STATE,
        /** A parameter, {@code p[index]}. */
        PARAMETER,
        /** A fixed quantity (XPPAUT {@code name = expr}), a local computed before use. */
        FIXED,
        /** The derivative of fixed quantity {@code index} with respect to the current Jacobian column. */
        FIXED_DERIVATIVE
    }

    /** The time symbol. */
    public static final Symbol TIME_SYMBOL = new Symbol(Kind.TIME, 0, "t");

    public static Symbol state(int index, String name) {
        return new Symbol(Kind.STATE, index, name);
    }

    public static Symbol parameter(int index, String name) {
        return new Symbol(Kind.PARAMETER, index, name);
    }

    public static Symbol fixed(int index, String name) {
        return new Symbol(Kind.FIXED, index, name);
    }
}
