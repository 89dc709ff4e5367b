package org.neuropynamics.core.ode;

import java.util.Locale;

import org.neuropynamics.core.integrate.EventTiming;
import org.neuropynamics.core.integrate.IntegrationMethod;
import org.neuropynamics.core.integrate.SimulationRequest;

/**
 * How XPPAUT runs an {@code .ode} file: its {@code @} options, and XPPAUT's own defaults where the file is
 * silent (XPPAUT's {@code load_eqn.c}: total 20, t0 0, trans 0, dt 0.05, method Runge-Kutta, tol and atol
 * 0.001, dtmin 1e-12, dtmax 1, bound 100, maxstor 5000, njmp 1). The command line and the views start from
 * these for {@code .ode} files and let their own options override; the catalogue's models keep the
 * workbench's defaults.
 *
 * @param t0 start time ({@code @ t0})
 * @param total length of the run ({@code @ total}); the run ends at {@code t0 + total}
 * @param transientTime time from t0 not written out ({@code @ trans})
 * @param dt step of the fixed-step methods, output interval and first step of the adaptive ones
 * @param xppMethod the method as the file names it (XPPAUT reads its first letter), "rungekutta" by default
 * @param method our method for it ({@link #methodFor})
 * @param tolerance relative tolerance of the adaptive methods ({@code @ tol})
 * @param absoluteTolerance absolute tolerance ({@code @ atol})
 * @param dtMin smallest adaptive step ({@code @ dtmin}; kept for the record: our adaptive runs stop at
 *        steps of 1e-13 t)
 * @param dtMax largest adaptive step ({@code @ dtmax})
 * @param bound a variable beyond this magnitude stops the run ({@code @ bound})
 * @param maxStore rows XPPAUT keeps ({@code @ maxstor}; we write every row)
 * @param outputEvery output every so many steps ({@code @ njmp})
 * @param seed seed of the random numbers ({@code @ seed}), NaN when the file sets none
 */
public record OdeRunSettings(double t0, double total, double transientTime, double dt, String xppMethod, String method,
        double tolerance, double absoluteTolerance, double dtMin, double dtMax, double bound, int maxStore,
        int outputEvery, double seed) {

    /** XPPAUT's defaults ({@code load_eqn.c}, {@code set_all_vals}). */
    public static final double TOTAL = 20;
    public static final double DT = 0.05;
    public static final double TOLERANCE = 0.001;
    public static final double BOUND = 100;
    public static final double DT_MAX = 1;

    /** The settings of a parsed file. */
    public static OdeRunSettings of(OdeFile file) {
        return of(file.options());
    }

    /** The settings of these options, XPPAUT's defaults where they are silent. */
    public static OdeRunSettings of(OdeOptions o) {
        String xpp = o.method().orElse("rungekutta");
        return new OdeRunSettings(o.t0().orElse(0), o.total().orElse(TOTAL), o.transientTime().orElse(0),
                o.dt().orElse(DT), xpp, methodFor(xpp), o.tolerance().orElse(TOLERANCE),
                o.absoluteTolerance().orElse(TOLERANCE), o.dtMin().orElse(1e-12), o.dtMax().orElse(DT_MAX),
                o.bound().orElse(BOUND), (int) Math.max(1, o.maxStore().orElse(5000)),
                (int) Math.max(1, Math.round(o.outputEvery().orElse(1))), o.seed().orElse(Double.NaN));
    }

    /**
     * Our method for an XPPAUT method name. XPPAUT selects its method by the first letter of the value
     * ({@code demragvbqsc582y}); so do we, except that {@code rosenbrock} (which XPPAUT would read as
     * Runge-Kutta) means the stiff solver as its name says:
     * <ul>
     * <li>euler: {@code euler}; modeuler: {@code heun} (XPPAUT's modified Euler is Heun's method);
     * rungekutta: {@code rk4};</li>
     * <li>gear: {@code gear}, XPPAUT's own Gear method (its output at XPPAUT's loose default tolerance is
     * that algorithm's, so we run the same algorithm: {@code IntegrationMethod.Gear});</li>
     * <li>backeul, stiff, cvode, 2rb, rosenbrock: {@code rodas} (stiff, error-controlled);</li>
     * <li>qualrk: {@code qualrk}, XPPAUT's own Cash-Karp method with Numerical Recipes' step control (its
     * output at the default tol 0.001 is that algorithm's);</li>
     * <li>5dp, 83dp: {@code dopri5} (explicit, error-controlled);</li>
     * <li>adams, volterra, ymp: {@code rk4} (adams is XPPAUT's fourth-order Adams-Bashforth, started by
     * Runge-Kutta; volterra and ymp differ from Runge-Kutta only for integral equations and second-order
     * systems);</li>
     * <li>discrete: the file is a map (its equations are next values), {@code rk4} is never used.</li>
     * </ul>
     */
    public static String methodFor(String xppMethod) {
        String m = xppMethod.toLowerCase(Locale.ROOT).strip();
        if (m.startsWith("ro") || m.startsWith("rb") || m.startsWith("rodas")) {
            return "rodas";
        }
        if (m.isEmpty()) {
            return "rk4";
        }
        return switch (m.charAt(0)) {
            case 'e' -> "euler";
            case 'm' -> "heun";
            case 'g' -> "gear";
            case 'b', 's', 'c', '2' -> "rodas";
            case 'q' -> "qualrk";
            case '5', '8' -> "dopri5";
            default -> "rk4";
        };
    }

    /** True for the methods we run with error control (their tolerances apply). */
    public boolean adaptive() {
        return method.equals("rodas") || method.equals("dopri5") || method.equals("gear")
                || method.equals("qualrk");
    }

    /** End time, {@code t0 + total}. */
    public double tEnd() {
        return t0 + total;
    }

    /**
     * The loosest tolerance we run an {@code .ode} file with (except gear, which is XPPAUT's own algorithm at
     * the file's tolerance): XPPAUT with tight tolerances (cvode, 1e-9) and our rodas agree to 1e-5 of the
     * range on stiff files; XPPAUT's qualrk examples
     * ({@code invpend.ode}, {@code transient.ode}) need 1e-8 with dopri5 to agree within 1e-3 of the range with
     * XPPAUT at 1e-10. So a file's looser tolerances are tightened to this (docs/architecture.md, "Stiff
     * systems and XPPAUT's numerics").
     */
    public static final double LOOSEST_TOLERANCE = 1e-8;

    /**
     * Applies the settings to a request: start and end, step, method, tolerances ({@code rtol = tol},
     * {@code atol}, each at most {@link #LOOSEST_TOLERANCE}), largest step, bound, XPPAUT's event timing,
     * and samples every {@code njmp} steps. XPPAUT's gear and qualrk keep the file's {@code tol} (their
     * output is that of their algorithm at that tolerance) and {@code dtmin}.
     */
    public SimulationRequest.Builder applyTo(SimulationRequest.Builder b) {
        return applyTo(b, method);
    }

    /**
     * As {@link #applyTo(SimulationRequest.Builder)} with another method than the file's (by registry name):
     * its tolerances are the file's tightened to {@link #LOOSEST_TOLERANCE} unless it is XPPAUT's own gear or
     * qualrk.
     */
    public SimulationRequest.Builder applyTo(SimulationRequest.Builder b, String method) {
        b.tStart(t0).tEnd(tEnd()).dt(dt).method(method)
                .tolerances(Math.min(absoluteTolerance, LOOSEST_TOLERANCE), Math.min(tolerance, LOOSEST_TOLERANCE))
                .maxStep(dtMax).divergenceLimit(bound).eventTiming(EventTiming.XPPAUT)
                .sampleInterval(dt * outputEvery);
        if (method.equals("gear")) {
            b.method(new IntegrationMethod.Gear("gear", dtMin > 0 ? dtMin : 1e-12))
                    .tolerances(absoluteTolerance, tolerance);
        } else if (method.equals("qualrk")) {
            b.method(new IntegrationMethod.CashKarp("qualrk", dtMin > 0 ? dtMin : 1e-12))
                    .tolerances(absoluteTolerance, tolerance);
        }
        return b;
    }
}
