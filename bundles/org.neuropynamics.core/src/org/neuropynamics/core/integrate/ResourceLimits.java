package org.neuropynamics.core.integrate;

import java.util.Locale;

/**
 * The up-front size checks of every run: the number of integration steps (or map iterations) and the
 * memory a run will need are estimated before it starts, and a run that cannot finish in reasonable time or
 * cannot fit in the Java heap is refused with one line naming the request, its size and the limit, e.g.
 * "--t 1e308 ms at dt 0.01 ms is 1e310 steps; the limit is 1e9 steps".
 * <p>
 * The step limit, {@value #MAX_STEPS} steps of a small model, is a few minutes of work (one RK4 step of
 * a four-variable model costs about 0.1 us); the memory limit is half of the Java heap, leaving the other
 * half for everything the estimates do not count.
 */
public final class ResourceLimits {

    /** Most integration steps (or map iterations, or neuron updates / 100) one command may take. */
    public static final double MAX_STEPS = 1e9;

    /** Step of reference for runs whose step count is not known in advance (adaptive methods), ms. */
    public static final double REFERENCE_DT = 0.01;

    /** Longest simulated time for runs with adaptive steps: {@link #MAX_STEPS} steps of {@link #REFERENCE_DT}. */
    public static final double MAX_ADAPTIVE_SPAN = MAX_STEPS * REFERENCE_DT;

    private ResourceLimits() {
    }

    /** Bytes a run may allocate for its results and structures: half of the largest heap. */
    public static long memoryBudget() {
        return Runtime.getRuntime().maxMemory() / 2;
    }

    /**
     * Refuses more than {@link #MAX_STEPS} steps.
     *
     * @param what the request in the user's terms, e.g. "--t 1e308 ms at dt 0.01 ms"
     * @param steps the number of steps it takes (may be infinite or NaN)
     * @throws ResourceLimitException when above the limit
     */
    public static void checkSteps(String what, double steps) {
        if (!(steps <= MAX_STEPS)) {
            throw new ResourceLimitException(what + " is " + count(steps) + " steps; the limit is "
                    + count(MAX_STEPS) + " steps");
        }
    }

    /**
     * Refuses more than {@link #MAX_STEPS} steps for {@code count} runs of {@code span} at step {@code dt}.
     * The number of steps is reported even beyond the range of double (1e308 ms at 0.01 ms is 1e310 steps).
     */
    public static void checkSteps(String what, double count, double span, double dt) {
        double steps = count * (span / dt);
        if (steps <= MAX_STEPS) {
            return;
        }
        String text = Double.isFinite(steps) ? count(steps)
                : power(Math.log10(count) + Math.log10(span) - Math.log10(dt));
        throw new ResourceLimitException(what + " is " + text + " steps; the limit is " + count(MAX_STEPS) + " steps");
    }

    /** 10^exponent for messages, e.g. "1e310" or "2.5e312". */
    private static String power(double exponent) {
        if (!Double.isFinite(exponent)) {
            return "more than 1e308";
        }
        double whole = Math.floor(exponent + 1e-9);
        double mantissa = Math.pow(10, exponent - whole);
        String m = trim(String.format(Locale.ROOT, "%.3g", mantissa));
        return m + "e" + (long) whole;
    }

    /**
     * Refuses a simulated time span longer than {@link #MAX_ADAPTIVE_SPAN} for runs with adaptive steps.
     *
     * @param what the request, e.g. "--transient 1e308 ms"
     * @param spanMs the simulated time
     */
    public static void checkSpan(String what, double spanMs) {
        if (!(spanMs <= MAX_ADAPTIVE_SPAN)) {
            throw new ResourceLimitException(what + " is longer than the limit of " + count(MAX_ADAPTIVE_SPAN)
                    + " ms (" + count(MAX_STEPS) + " steps of " + count(REFERENCE_DT) + " ms)");
        }
    }

    /**
     * Refuses a request whose estimated memory exceeds {@link #memoryBudget()}.
     *
     * @param what the request and what it holds, e.g. "--t 1e7 ms sampled every 0.01 ms (1e9 samples of 3 values)"
     * @param bytes the estimate
     */
    public static void checkMemory(String what, double bytes) {
        long budget = memoryBudget();
        if (!(bytes <= budget)) {
            throw new ResourceLimitException(what + " needs about " + bytes(bytes) + " of memory; the limit is "
                    + bytes(budget) + " (half the Java heap; a larger heap: -Xmx)");
        }
    }

    /** A count for messages: 1000, 2.5e9, 1e310 (values beyond double range print as "more than 1e308"). */
    public static String count(double v) {
        if (Double.isNaN(v)) {
            return "an undefined number of";
        }
        if (Double.isInfinite(v)) {
            return "more than 1e308";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.3g", v);
        if (s.contains("e")) {
            String mantissa = trim(s.substring(0, s.indexOf('e')));
            int exponent = Integer.parseInt(s.substring(s.indexOf('e') + 1));
            return mantissa + "e" + exponent;
        }
        return trim(s);
    }

    /** Drops trailing zeros after a decimal point ("2.50" to "2.5", "1.00" to "1"; "100" stays). */
    private static String trim(String s) {
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** A size in bytes for messages: "512 MB", "16 GB", "3e+12 GB". */
    public static String bytes(double b) {
        if (!(b < 1e300)) {
            return "more than 1e300 bytes";
        }
        if (b >= 1L << 30) {
            return count(Math.round(b / (1L << 30) * 10) / 10.0) + " GB";
        }
        if (b >= 1L << 20) {
            return Math.round(b / (1L << 20)) + " MB";
        }
        return Math.round(b / 1024) + " KB";
    }
}
