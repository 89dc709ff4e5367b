package org.neuropynamics.core.equations;

/**
 * The XPPAUT built-in functions that {@link Math} lacks, with XPPAUT's exact semantics.
 * Shared by the interpreter and by generated code, so both compute the same numbers.
 */
public final class MathFunctions {

    private MathFunctions() {
    }

    /** Heaviside step as XPPAUT: 1 for x >= 0, else 0. */
    public static double heav(double x) {
        return x >= 0.0 ? 1.0 : 0.0;
    }

    /** Sign: -1, 0 or 1 (NaN stays NaN). */
    public static double sign(double x) {
        return Math.signum(x);
    }

    /**
     * XPPAUT's {@code mod(a, b)}: the C remainder {@code fmod(a, b)}, plus b when that is negative
     * (checked against xppaut 6.11: mod(-1,3)=2, mod(5.5,-2)=1.5, mod(-1,-3)=-4).
     */
    public static double mod(double a, double b) {
        double r = a % b;
        return r < 0.0 ? r + b : r;
    }

    /** Boolean negation: 1 when x is 0, else 0. */
    public static double not(double x) {
        return x == 0.0 ? 1.0 : 0.0;
    }

    /**
     * x to the power y as the whole equation language computes it (interpreter, constant folding and
     * generated code alike): integer exponents up to 64 in magnitude by repeated multiplication,
     * others by {@link Math#pow(double, double)}.
     */
    public static double pow(double x, double y) {
        if (y == Math.rint(y) && Math.abs(y) <= 64) {
            return powInt(x, (int) y);
        }
        return Math.pow(x, y);
    }

    /** x squared. */
    public static double sq(double x) {
        return x * x;
    }

    /** x cubed. */
    public static double cube(double x) {
        return x * x * x;
    }

    /** x to an integer power by repeated squaring (negative n gives the reciprocal). */
    public static double powInt(double x, int n) {
        long e = Math.abs((long) n);
        double result = 1.0;
        double base = x;
        while (e != 0) {
            if ((e & 1) != 0) {
                result *= base;
            }
            base *= base;
            e >>= 1;
        }
        return n < 0 ? 1.0 / result : result;
    }
}
