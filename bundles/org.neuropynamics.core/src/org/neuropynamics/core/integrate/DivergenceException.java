package org.neuropynamics.core.integrate;

import java.util.Locale;

/**
 * Thrown when a state variable becomes NaN, infinite or larger in magnitude than the run's divergence
 * limit, with a message naming the variable and the time: "V became NaN at t = 12.34 ms".
 */
public final class DivergenceException extends RuntimeException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** Name of the variable that diverged. */
    private final String variable;
    /** Time in ms. */
    private final double time;
    /** The offending value. */
    private final double value;

    /**
     * @param variable name of the offending variable (null when the step size underflowed)
     * @param time simulated time in ms
     * @param value the offending value
     * @param message the full message
     */
    public DivergenceException(String variable, double time, double value, String message) {
        super(message);
        this.variable = variable;
        this.time = time;
        this.value = value;
    }

    /** The exception for variable {@code name} holding {@code value} at {@code time}. */
    public static DivergenceException of(String name, double time, double value, double limit) {
        String what = Double.isNaN(value) ? "became NaN"
                : Double.isInfinite(value) ? "became infinite"
                : String.format(Locale.ROOT, "exceeded %.3g in magnitude (%.4g)", limit, value);
        return new DivergenceException(name, time, value,
                String.format(Locale.ROOT, "%s %s at t = %s ms", name, what, formatTime(time)));
    }

    static String formatTime(double t) {
        return String.format(Locale.ROOT, "%.6g", t).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** Name of the variable that diverged, or null when the step size underflowed. */
    public String variable() {
        return variable;
    }

    /** Simulated time in ms at which divergence was detected. */
    public double time() {
        return time;
    }

    /** The offending value. */
    public double value() {
        return value;
    }
}
