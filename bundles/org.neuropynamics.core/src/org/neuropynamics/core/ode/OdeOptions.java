package org.neuropynamics.core.ode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The {@code @} options of an {@code .ode} file that the workbench uses: total, dt, meth, the window
 * (xlo, xhi, ylo, yhi), the plotted variables (xp, yp), trans and bound. Aliases are normalized
 * ({@code method}/{@code meth}, {@code xplot}/{@code xp}, {@code transient}/{@code trans},
 * {@code bounds}/{@code bound}); other options are ignored.
 */
public final class OdeOptions {

    /** The options we keep, by normalized name; the numeric ones are validated when read. */
    static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("total", "total"), Map.entry("dt", "dt"),
            Map.entry("meth", "meth"), Map.entry("method", "meth"), Map.entry("xlo", "xlo"),
            Map.entry("xhi", "xhi"), Map.entry("ylo", "ylo"), Map.entry("yhi", "yhi"), Map.entry("xp", "xp"),
            Map.entry("xplot", "xp"), Map.entry("yp", "yp"), Map.entry("yplot", "yp"),
            Map.entry("trans", "trans"), Map.entry("transient", "trans"), Map.entry("bound", "bound"),
            Map.entry("bounds", "bound"));

    private final Map<String, String> values;

    OdeOptions(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No options. */
    public static OdeOptions none() {
        return new OdeOptions(Map.of());
    }

    /** The kept options by normalized name, values as written. */
    public Map<String, String> all() {
        return values;
    }

    /** Total integration time ({@code @ total}). */
    public OptionalDouble total() {
        return number("total");
    }

    /** Time step ({@code @ dt}). */
    public OptionalDouble dt() {
        return number("dt");
    }

    /** Integration method as written in the file (e.g. {@code rk4}, {@code euler}, {@code qualrk}, {@code gear}). */
    public Optional<String> method() {
        return Optional.ofNullable(values.get("meth"));
    }

    public OptionalDouble xlo() {
        return number("xlo");
    }

    public OptionalDouble xhi() {
        return number("xhi");
    }

    public OptionalDouble ylo() {
        return number("ylo");
    }

    public OptionalDouble yhi() {
        return number("yhi");
    }

    /** Variable plotted on the x axis. */
    public Optional<String> xPlot() {
        return Optional.ofNullable(values.get("xp"));
    }

    /** Variable plotted on the y axis. */
    public Optional<String> yPlot() {
        return Optional.ofNullable(values.get("yp"));
    }

    /** Transient time not stored ({@code @ trans}). */
    public OptionalDouble transientTime() {
        return number("trans");
    }

    /** XPPAUT stops a run when a variable exceeds this bound ({@code @ bound}). */
    public OptionalDouble bound() {
        return number("bound");
    }

    private OptionalDouble number(String key) {
        String v = values.get(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(v));
    }

    static boolean isNumeric(String key) {
        return !key.equals("meth") && !key.equals("xp") && !key.equals("yp");
    }

    @Override
    public String toString() {
        return "OdeOptions" + values;
    }
}
