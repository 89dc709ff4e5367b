package org.neuropynamics.neuroml;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NeuroML quantities ("-65mV", "0.2 nS", "3.2pF", "1e-3 s") parsed and converted to the units of our models:
 * mV, ms, nS, pF, pA, 1/ms (Hz for rates), nS/mV and dimensionless. The symbols are those of
 * NeuroML2CoreTypes/NeuroMLCoreDimensions.xml for these dimensions; any other unit is refused by name.
 */
public final class Units {

    /** A unit symbol: the unit of ours it converts to and the factor. */
    private record Unit(String ours, double factor) {
    }

    private static final Map<String, Unit> UNITS = new HashMap<>();
    private static final Pattern QUANTITY = Pattern.compile(
            "\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([A-Za-z_][A-Za-z0-9_]*)?\\s*");

    static {
        unit("mV", "V", 1e3, "mV", 1, "uV", 1e-3);
        unit("ms", "s", 1e3, "ms", 1, "us", 1e-3, "min", 60e3, "hour", 3600e3);
        unit("nS", "S", 1e9, "mS", 1e6, "uS", 1e3, "nS", 1, "pS", 1e-3);
        unit("pF", "F", 1e12, "uF", 1e6, "nF", 1e3, "pF", 1);
        unit("pA", "A", 1e12, "mA", 1e9, "uA", 1e6, "nA", 1e3, "pA", 1);
        unit("1/ms", "per_s", 1e-3, "Hz", 1e-3, "per_ms", 1, "kHz", 1, "per_hour", 1e-3 / 3600, "per_min", 1e-3 / 60);
        unit("nS/mV", "S_per_V", 1e6, "nS_per_mV", 1);
        unit("S/m2", "S_per_m2", 1, "mS_per_cm2", 10, "S_per_cm2", 1e4); // channel densities (ChannelCells)
        unit("F/m2", "F_per_m2", 1, "uF_per_cm2", 1e-2); // specific capacitance
    }

    private static void unit(String ours, Object... symbolFactor) {
        for (int i = 0; i < symbolFactor.length; i += 2) {
            UNITS.put((String) symbolFactor[i], new Unit(ours, ((Number) symbolFactor[i + 1]).doubleValue()));
        }
    }

    private Units() {
    }

    /**
     * Parses {@code text} and converts it to {@code ours} (one of mV, ms, nS, pF, pA, 1/ms, Hz, nS/mV, or ""
     * for a dimensionless number). Hz is returned in Hz.
     *
     * @param where the element and attribute for messages
     * @throws NeuroMLException for a malformed number, an unknown unit or a unit of another dimension
     */
    public static double convert(String text, String ours, String where) throws NeuroMLException {
        if (text == null) {
            throw new NeuroMLException(where + ": missing value");
        }
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            throw new NeuroMLException(where + ": '" + text + "' is not a quantity (a number and a unit such as -65mV)");
        }
        double value = Double.parseDouble(m.group(1));
        String symbol = m.group(2);
        if (!Double.isFinite(value)) {
            throw new NeuroMLException(where + ": '" + text + "' is not a finite number");
        }
        String target = ours == null ? "" : ours;
        double scale = 1;
        if (target.equals("Hz")) {
            target = "1/ms";
            scale = 1e3;
        }
        if (symbol == null) {
            if (!target.isEmpty()) {
                throw new NeuroMLException(where + ": '" + text + "' needs a unit (" + target + ")");
            }
            return value;
        }
        Unit u = UNITS.get(symbol);
        if (u == null) {
            throw new NeuroMLException(where + ": unknown or unsupported unit '" + symbol + "'");
        }
        if (!u.ours().equals(target)) {
            throw new NeuroMLException(where + ": '" + text + "' has the wrong dimension (expected "
                    + (target.isEmpty() ? "a dimensionless number" : "a quantity in " + target) + ")");
        }
        return value * u.factor() * scale;
    }

    /** {@link #convert(String, String, String)} for an attribute of {@code e}; the message is built only on error. */
    public static double convert(String text, String ours, XmlElement e, String attribute) throws NeuroMLException {
        if (text != null) {
            Matcher m = QUANTITY.matcher(text);
            if (m.matches()) {
                String symbol = m.group(2);
                Unit u = symbol == null ? null : UNITS.get(symbol);
                String target = ours == null ? "" : ours;
                if (symbol == null && target.isEmpty()) {
                    double v = Double.parseDouble(m.group(1));
                    if (Double.isFinite(v)) {
                        return v;
                    }
                } else if (u != null && u.ours().equals(target)) {
                    double v = Double.parseDouble(m.group(1)) * u.factor();
                    if (Double.isFinite(v)) {
                        return v;
                    }
                }
            }
        }
        return convert(text, ours, e.where() + " " + attribute);
    }

    /** Formats a value of ours with a NeuroML unit symbol: mV, ms, nS, pF, pA, per_ms, Hz, nS_per_mV. */
    public static String format(double value, String ours) {
        String v = Double.toString(value);
        if (v.endsWith(".0")) {
            v = v.substring(0, v.length() - 2);
        }
        return switch (ours == null ? "" : ours) {
            case "" -> v;
            case "1/ms" -> v + "per_ms";
            case "nS/mV" -> v + "nS_per_mV";
            default -> v + ours;
        };
    }
}
