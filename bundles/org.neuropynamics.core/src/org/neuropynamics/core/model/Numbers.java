package org.neuropynamics.core.model;

import java.util.regex.Pattern;

/**
 * Strict parsing of decimal numbers typed by users: an optional sign, digits with an optional decimal
 * point, an optional exponent, nothing else. {@link Double#parseDouble} alone also accepts "100f", "1d",
 * "0x1p3", "NaN", "Infinity" and surrounding blanks, which hide typos.
 */
public final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {
    }

    /** True when {@code text} is a decimal number in the strict form. */
    public static boolean isDecimal(String text) {
        return text != null && DECIMAL.matcher(text).matches();
    }

    /**
     * The value of a strict decimal number.
     *
     * @throws NumberFormatException when the text is not one (the message quotes it)
     */
    public static double parse(String text) {
        if (!isDecimal(text)) {
            throw new NumberFormatException("'" + text + "' is not a number");
        }
        return Double.parseDouble(text);
    }
}
