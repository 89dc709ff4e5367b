package org.neuropynamics.ui.widgets;

import java.util.Locale;

import org.neuropynamics.core.model.Parameter;

/** Parsing, checking and formatting of parameter values typed by a user; no display needed. */
public final class ParameterValues {

    private ParameterValues() {
    }

    /**
     * The value typed for a parameter.
     *
     * @throws IllegalArgumentException with a message for the user naming the parameter, the text and the
     *         accepted range, when the text is not a number, is NaN or infinite, or lies outside [min, max]
     */
    public static double parse(Parameter p, String text) {
        String t = text == null ? "" : text.strip();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(p.name() + ": '" + t + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(p.name() + ": '" + t + "' is not a finite number");
        }
        if (v < p.min() || v > p.max()) {
            throw new IllegalArgumentException(p.name() + " must lie in [" + format(p.min()) + ", " + format(p.max())
                    + "]" + unitSuffix(p) + ", got " + format(v));
        }
        return v;
    }

    /**
     * The value typed for a parameter whose range only bounds its slider: any finite number.
     *
     * @throws IllegalArgumentException with a message for the user naming the parameter and the text, when the
     *         text is not a number, is NaN or infinite
     */
    public static double parseFinite(Parameter p, String text) {
        String t = text == null ? "" : text.strip();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(p.name() + ": '" + t + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(p.name() + ": '" + t + "' is not a finite number");
        }
        return v;
    }

    /** Number of slider steps between min and max (at least 1, at most 10000). */
    public static int steps(Parameter p) {
        double span = p.max() - p.min();
        if (!(span > 0)) {
            return 1;
        }
        double step = p.step() > 0 ? p.step() : span / 100;
        return (int) Math.max(1, Math.min(10_000, Math.round(span / step)));
    }

    /** The value of slider position {@code k} in [0, steps]. */
    public static double valueAt(Parameter p, int k) {
        int n = steps(p);
        double v = p.min() + (p.max() - p.min()) * k / n;
        // snap to the step grid to avoid 0.30000000000000004
        return Math.min(p.max(), Math.max(p.min(), Double.parseDouble(String.format(Locale.ROOT, "%.10g", v))));
    }

    /** The slider position nearest to a value. */
    public static int positionOf(Parameter p, double value) {
        int n = steps(p);
        double span = p.max() - p.min();
        if (!(span > 0)) {
            return 0;
        }
        return (int) Math.max(0, Math.min(n, Math.round((value - p.min()) / span * n)));
    }

    /** Short text of a value: up to 6 significant digits, no trailing zeros. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s.replaceAll("\\.?0+e", "e");
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static String unitSuffix(Parameter p) {
        return p.unit().isEmpty() ? "" : " " + p.unit();
    }
}
