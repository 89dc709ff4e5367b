package org.neuropynamics.core.ode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;

/**
 * Runs XPPAUT's example files with our loader and integrator and compares each with XPPAUT's own
 * trajectory ({@code data/xppaut/examples}, written by {@code make-reference.sh} from {@code xppaut -silent}).
 * The run uses the file's own settings as the command line does ({@link OdeRunSettings}: the {@code @}
 * options and XPPAUT's defaults); the horizon is the last time of XPPAUT's output. A file matches when every state variable stays
 * within {@link #TOLERANCE} of that variable's range (max - min over XPPAUT's horizon, at least 1e-4 of its
 * largest magnitude) at every stored row; chaotic systems up to the time {@link #chaoticHorizons} gives.
 * Shared by {@code OdeXppautExamplesTest} and the {@code main} that prints the table for the docs.
 */
public final class XppautExamples {

    /** Allowed difference, as a fraction of each variable's range over XPPAUT's horizon. */
    public static final double TOLERANCE = 1e-3;

    /**
     * Chaotic examples, compared only up to a time before the two integrations part, with the reason
     * ({@code chaotic.txt} next to the references; {@code releng/xppaut-compat/compare.py} reads it too).
     */
    public static Map<String, Double> chaoticHorizons(Path dir) throws IOException {
        return horizons(dir.resolve("chaotic.txt"));
    }

    /**
     * Files whose XPPAUT output at their own tolerance is off XPPAUT's converged trajectory, with the time up to
     * which ours must match XPPAUT's run at tolerance 1e-10 ({@code NAME.tight.dat}; {@code tight.txt} gives the
     * times and the reasons).
     */
    public static Map<String, Double> tightHorizons(Path dir) throws IOException {
        return horizons(dir.resolve("tight.txt"));
    }

    private static Map<String, Double> horizons(Path file) throws IOException {
        Map<String, Double> horizons = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] cells = line.strip().split("\\s+");
            if (cells.length >= 2 && !cells[0].startsWith("#")) {
                horizons.put(cells[0], Double.parseDouble(cells[1]));
            }
        }
        return horizons;
    }

    /** Outcome of one file. */
    public enum Outcome {
        MATCH, DIFFER, FAIL, REFUSED, STOCHASTIC
    }

    /**
     * @param name the example's name
     * @param outcome the outcome
     * @param detail why (the refusal message, the worst variable, the exception)
     */
    public record Result(String name, Outcome outcome, String detail) {
    }

    private XppautExamples() {
    }

    /** The example names that have a stored XPPAUT reference, sorted. */
    public static List<String> names(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dat") && !n.endsWith(".tight.dat"))
                    .forEach(n -> names.add(n.substring(0, n.length() - 4)));
        }
        names.sort(null);
        return names;
    }

    /** Loads, runs and compares one example with XPPAUT's output for it (chaotic ones up to their horizon). */
    public static Result compare(Path dir, String name) throws IOException {
        return compare(dir, name, dir.resolve(name + ".dat"), chaoticHorizons(dir).getOrDefault(name, 1e300));
    }

    /** Loads, runs and compares one example with XPPAUT's run of it at tolerance 1e-10 ({@link #tightHorizons}). */
    public static Result compareTight(Path dir, String name) throws IOException {
        return compare(dir, name, dir.resolve(name + ".tight.dat"), tightHorizons(dir).get(name));
    }

    private static Result compare(Path dir, String name, Path reference, double upTo) throws IOException {
        String source = Files.readString(dir.resolve(name + ".ode"));
        Model model;
        OdeFile file;
        try {
            file = OdeModelLoader.parse(source, name + ".ode");
            model = OdeModelLoader.build(name, file);
        } catch (EquationException e) {
            return new Result(name, Outcome.REFUSED, e.getMessage());
        }
        List<double[]> rows = readRows(reference);
        int n = model.dimension();
        // the run settings are the file's, as the command line and the views read them
        OdeRunSettings settings = OdeRunSettings.of(file);
        double t0 = settings.t0();
        double dt = file.map() ? 1 : Math.abs(settings.dt());
        // XPPAUT's "only x,y" writes just those columns, without the time (rows are kept whole up to 200)
        Matcher only = Pattern.compile("(?im)^only\\s+(.+)$").matcher(source);
        if (only.find() && rows.size() <= 200) {
            List<String> listed = List.of(only.group(1).strip().toLowerCase(Locale.ROOT).split("[\\s,]+"));
            List<double[]> timed = new ArrayList<>();
            for (int k = 0; k < rows.size(); k++) {
                double[] r = new double[n + 1];
                r[0] = t0 + k * dt;
                for (int i = 0; i < n; i++) {
                    int c = listed.indexOf(model.variableNames().get(i).toLowerCase(Locale.ROOT));
                    r[i + 1] = c >= 0 ? rows.get(k)[c] : Double.NaN;
                }
                timed.add(r);
            }
            rows = timed;
        }
        if (rows.get(0).length < n + 1) {
            return new Result(name, Outcome.DIFFER, "XPPAUT writes " + (rows.get(0).length - 1)
                    + " columns, we have " + n + " variables");
        }
        double horizon = Math.min(rows.get(rows.size() - 1)[0], upTo);
        Trace trace;
        try {
            SimulationRequest.Builder b = SimulationRequest.builder(model).parameters(model.defaultParameters())
                    .initialState(model.initialState(model.defaultParameters()));
            settings.applyTo(b);
            double last = rows.get(rows.size() - 1)[0];
            if (file.map()) {
                b.tEnd(last).dt(1).sampleInterval(1);
            } else if (last < settings.tEnd() - dt / 2) {
                // XPPAUT stopped early (bound, step failure): run up to its last output time on its grid
                b.tEnd(t0 + Math.max(1, Math.round((last - t0) / dt)) * dt);
            }
            trace = Simulation.run(b.build());
        } catch (RuntimeException e) {
            return new Result(name, Outcome.FAIL, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        double[] times = trace.times();
        double[][] values = trace.values();
        double worst = 0;
        String worstText = "";
        double firstOver = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] r : rows) {
                if (r[0] <= horizon + 1e-9 && !Double.isNaN(r[i + 1])) {
                    lo = Math.min(lo, r[i + 1]);
                    hi = Math.max(hi, r[i + 1]);
                }
            }
            // a variable that barely moves is judged against its size: XPPAUT stores single-precision floats
            double range = Math.max(hi - lo, Math.max(1e-4 * Math.max(Math.abs(hi), Math.abs(lo)), 1e-12));
            int k = 0;
            for (double[] r : rows) {
                if (r[0] > horizon + 1e-9) {
                    break;
                }
                while (k + 1 < times.length && Math.abs(times[k + 1] - r[0]) <= Math.abs(times[k] - r[0])) {
                    k++;
                }
                double ours = k < times.length ? values[i][k] : Double.NaN;
                if (Double.isNaN(r[i + 1])) {
                    continue; // a variable "only" left out
                }
                double err = Math.abs(ours - r[i + 1]) / range;
                if (!(err <= TOLERANCE)) {
                    firstOver = Math.min(firstOver, r[0]);
                }
                if (!(err <= worst)) {
                    worst = Double.isNaN(err) ? Double.POSITIVE_INFINITY : err;
                    worstText = String.format(Locale.ROOT, "%s at t=%.6g: %.6g, XPPAUT %.6g (range %.3g)",
                            model.variableNames().get(i), r[0], ours, r[i + 1], hi - lo);
                }
            }
        }
        String detail = String.format(Locale.ROOT, "worst %.2g of range%s%s", worst,
                worst > 0 ? ": " + worstText : "", firstOver < Double.POSITIVE_INFINITY
                        ? String.format(Locale.ROOT, "; first beyond %.0e at t=%.6g", TOLERANCE, firstOver) : "");
        return new Result(name, worst <= TOLERANCE ? Outcome.MATCH : Outcome.DIFFER, detail);
    }

    private static List<double[]> readRows(Path dat) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(dat)) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length == 0 || cells[0].isEmpty()) {
                continue;
            }
            double[] r = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                r[i] = Double.parseDouble(cells[i]);
            }
            rows.add(r);
        }
        return rows;
    }

    /** Prints one line per example, then the counts: {@code java ... XppautExamples DIR}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/xppaut/examples");
        Map<Outcome, Integer> counts = new TreeMap<>();
        for (String name : names(dir)) {
            long start = System.nanoTime();
            Result r = compare(dir, name);
            System.err.printf("%s %.1f s%n", name, (System.nanoTime() - start) / 1e9);
            counts.merge(r.outcome(), 1, Integer::sum);
            System.out.println(name + "\t" + r.outcome() + "\t" + r.detail().replace('\n', ' '));
        }
        System.out.println(counts);
    }
}
