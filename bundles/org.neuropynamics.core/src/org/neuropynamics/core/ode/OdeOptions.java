package org.neuropynamics.core.ode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The {@code @} options of an {@code .ode} file that the workbench uses: the numerics (total, t0, trans, dt,
 * meth, tol, atol, dtmin, dtmax, bound, maxstor, njmp, seed, delay, vmaxpts; {@link OdeRunSettings} turns them into a run
 * with XPPAUT's defaults), the window (xlo, xhi, ylo, yhi) and the plotted variables (xp, yp). Aliases are
 * normalized ({@code method}/{@code meth}, {@code xplot}/{@code xp}, {@code transient}/{@code trans},
 * {@code bounds}/{@code bound}, {@code toler}/{@code tol}, {@code nout}/{@code njmp}); other options are
 * ignored.
 */
public final class OdeOptions {

    /** The options we keep, by normalized name; the numeric ones are validated when read. */
    static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("total", "total"), Map.entry("dt", "dt"),
            Map.entry("meth", "meth"), Map.entry("method", "meth"), Map.entry("xlo", "xlo"),
            Map.entry("xhi", "xhi"), Map.entry("ylo", "ylo"), Map.entry("yhi", "yhi"), Map.entry("xp", "xp"),
            Map.entry("xplot", "xp"), Map.entry("yp", "yp"), Map.entry("yplot", "yp"),
            Map.entry("trans", "trans"), Map.entry("transient", "trans"), Map.entry("bound", "bound"),
            Map.entry("bounds", "bound"), Map.entry("t0", "t0"), Map.entry("tol", "tol"), Map.entry("toler", "tol"),
            Map.entry("tolerance", "tol"), Map.entry("atol", "atol"), Map.entry("atoler", "atol"),
            Map.entry("dtmin", "dtmin"), Map.entry("dtmax", "dtmax"), Map.entry("maxstor", "maxstor"),
            Map.entry("njmp", "njmp"), Map.entry("nout", "njmp"), Map.entry("seed", "seed"),
            Map.entry("delay", "delay"), Map.entry("vmaxpts", "vmaxpts"));

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

    /** Start time ({@code @ t0}). */
    public OptionalDouble t0() {
        return number("t0");
    }

    /** Relative tolerance of the adaptive methods ({@code @ tol}). */
    public OptionalDouble tolerance() {
        return number("tol");
    }

    /** Absolute tolerance of the adaptive methods ({@code @ atol}). */
    public OptionalDouble absoluteTolerance() {
        return number("atol");
    }

    /** Smallest step of the adaptive methods ({@code @ dtmin}). */
    public OptionalDouble dtMin() {
        return number("dtmin");
    }

    /** Largest step of the adaptive methods ({@code @ dtmax}). */
    public OptionalDouble dtMax() {
        return number("dtmax");
    }

    /** Rows XPPAUT keeps in memory ({@code @ maxstor}). */
    public OptionalDouble maxStore() {
        return number("maxstor");
    }

    /** Output every njmp steps ({@code @ njmp}, {@code @ nout}). */
    public OptionalDouble outputEvery() {
        return number("njmp");
    }

    /** Seed of the random numbers ({@code @ seed}). */
    public OptionalDouble seed() {
        return number("seed");
    }

    /** The largest delay of {@code delay(x, tau)} ({@code @ delay}): the length of the stored history. */
    public OptionalDouble maxDelay() {
        return number("delay");
    }

    /** Points of the past a Volterra integral sums over ({@code @ vmaxpts}; XPPAUT's default 4000). */
    public OptionalDouble volterraPoints() {
        return number("vmaxpts");
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
