package org.neuropynamics.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.integrate.CurrentProtocol;
import org.neuropynamics.core.integrate.DivergenceException;
import org.neuropynamics.core.integrate.EventTiming;
import org.neuropynamics.core.integrate.IntegrationMethods;
import org.neuropynamics.core.integrate.ResourceLimits;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.OutputFiles;
import org.neuropynamics.neuroml.NeuroMLImport;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeRunSettings;

/** {@code simulate}: integrates a model and reports its spikes and final state, optionally the trace as CSV. */
final class SimulateCommand implements Command {

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "integrate a model; spike times, spike count, final state, trace as CSV";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics simulate MODEL [--t MS] [--dt MS] [--method METHOD] [--tol TOL] [--bound B]
                           [--current const:A|step:T0:T1:A|ramp:T0:T1:A0:A1|pulses:START:WIDTH:PERIOD:A:COUNT]
                           [--set NAME=VALUE]... [--init VAR=VALUE,...] [--csv FILE] [--sample MS]
                           [--spike-timing step|interpolated|xppaut] [--seed S] [--json]

                MODEL may also be a NeuroML 2 or LEMS file with one cell: it runs with its own inputs, length and
                step (LEMS's Euler; --t and --set override).
                MODEL is a model id (see 'models') or an XPPAUT .ode file.
                A catalogue model runs with --t 1000 (maps: iterations), --dt 0.01, --method rk4, spike times
                stamped at the start of the step in which the threshold is crossed and the reset applied at its
                end, as Brian2 does (--spike-timing step); --spike-timing interpolated locates the crossing
                inside the step and resets there.
                An .ode file runs as XPPAUT runs it: its @ total, t0, trans, dt, meth, tol, atol, dtmax, bound and
                njmp, XPPAUT's defaults where it is silent (total 20, dt 0.05, Runge-Kutta, tol 0.001, bound
                100), its global events located as XPPAUT does (--spike-timing xppaut); gear runs XPPAUT's Gear
                method at the file's tol and dtmin; stiff, cvode, backeul and rosenbrock run with rodas, qualrk
                and 5dp/83dp with dopri5, modeuler with heun; other tolerances looser than 1e-8 are tightened
                to 1e-8 (--tol sets both exactly); --csv skips the
                rows before @ trans and writes every njmp-th step. Options given here override the file's.
                Random inputs of an .ode file (wiener, ran, normal, markov, special gill) come from XPPAUT's own
                generator, drawn in XPPAUT's order, seeded by @ seed (XPPAUT's default 12345678); --seed S
                (an integer >= 0) overrides it; they need a fixed-step method.
                Methods: euler, exp-euler, midpoint, heun, rk4 (fixed step), dopri5, rodas, gear
                (error-controlled; rodas and gear are for stiff systems, gear is XPPAUT's). Without --current the
                parameter I is a constant input from t = 0. --current takes render single-neuron's shapes too
                (const, step:T0:T1, ramp:T0:T1, pulses:START:END:WIDTH:PERIOD): the amplitude is then I.
                --csv writes t and every variable every --sample ms (default every step).
                JSON: {model, spikes_ms:[..], spike_count, final:{var:value}, method, dt, t}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("t", "dt", "method", "current", "csv", "sample", "init", "spike-timing", "tol", "bound",
                "seed");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws IOException {
        if (args.positional().size() != 1) {
            throw new UsageException("simulate needs one MODEL (a model id or an .ode file)");
        }
        if (NeuroMLImport.handles(Path.of(args.positional().get(0)))) {
            try {
                return NeuroMLSimulate.run(args, out);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        ModelArgument m = ModelArgument.resolve(args.positional().get(0), args.sets());
        Model model = m.model();
        OdeRunSettings xpp = m.xpp();
        double t0 = xpp == null ? 0 : xpp.t0();
        double span = args.number("t", xpp == null ? 1000 : xpp.total());
        double dt = args.number("dt", xpp == null ? 0.01 : xpp.dt());
        if (!(span > 0)) {
            throw new UsageException("--t must be positive, got " + Format.number(span));
        }
        if (!(dt > 0) || dt > span) {
            throw new UsageException("--dt must be positive and at most --t, got " + Format.number(dt));
        }
        String method = args.option("method") != null ? args.option("method") : xpp == null ? "rk4" : xpp.method();
        if (!IntegrationMethods.names().contains(method)) {
            throw new UsageException("unknown --method '" + method + "'; methods: "
                    + String.join(", ", IntegrationMethods.names()));
        }
        if (model.noise() != null && IntegrationMethods.get(method).adaptive()) {
            throw new UsageException(model.id() + " has random inputs (wiener, ran, normal, markov or gill): they are "
                    + "drawn once per step, so it needs a fixed-step method (euler, heun, rk4), not " + method
                    + (args.option("method") == null && xpp != null ? " (from @ meth=" + xpp.xppMethod()
                            + "; --method overrides it)"
                            : ""));
        }
        double tEnd = t0 + span;
        SimulationRequest.Builder request = SimulationRequest.builder(model).parameters(m.parameters())
                .initialState(m.initialState(args.option("init")));
        if (xpp != null) {
            xpp.applyTo(request, method); // the file's settings; gear and qualrk with the file's tol and dtmin
        } else {
            request.method(method);
        }
        request.tStart(t0).tEnd(tEnd).dt(dt).eventTiming(eventTiming(args.option("spike-timing"), xpp != null));
        if (args.option("tol") != null) {
            double tol = args.number("tol", 0);
            if (!(tol > 0) || tol >= 1) {
                throw new UsageException("--tol must be in (0, 1), got " + args.option("tol"));
            }
            request.tolerances(tol, tol);
        }
        if (args.option("bound") != null) {
            double bound = args.number("bound", 0);
            if (!(bound > 0)) {
                throw new UsageException("--bound must be positive, got " + args.option("bound"));
            }
            request.divergenceLimit(bound);
        }
        if (args.option("seed") != null) {
            long seed;
            try {
                seed = Long.parseLong(args.option("seed").strip());
            } catch (NumberFormatException e) {
                seed = -1;
            }
            if (seed < 0 || seed > Integer.MAX_VALUE) {
                throw new UsageException("--seed must be an integer from 0 to " + Integer.MAX_VALUE + ", got "
                        + args.option("seed"));
            }
            request.seed(seed);
        }
        if (args.option("current") != null) {
            if (model.currentParameterIndex().isEmpty()) {
                throw new UsageException("--current: model " + model.id() + " has no input current parameter");
            }
            request.protocol(parseProtocol(args.option("current"),
                    m.parameters()[model.currentParameterIndex().getAsInt()]));
        }
        String tText = (args.option("t") == null && m.options().total().isPresent() ? "@ total=" : "--t ")
                + ResourceLimits.count(span) + " ms";
        String dtText = (args.option("dt") == null && m.options().dt().isPresent() ? "@ dt=" : "dt ")
                + ResourceLimits.count(dt) + " ms";
        if (IntegrationMethods.get(method).adaptive()) {
            ResourceLimits.checkSpan(tText, span);
        } else {
            ResourceLimits.checkSteps(tText + " at " + dtText, 1, span, dt);
        }
        Path csv = args.option("csv") == null ? null : Path.of(args.option("csv"));
        Path[] inputs = args.inputFiles();
        if (csv != null) {
            try {
                OutputFiles.checkWritable(csv, inputs); // before the run, not after it
            } catch (FileProblem e) {
                throw new UsageException("--csv: " + e.getMessage());
            }
            double sample = args.number("sample", xpp == null ? dt : dt * xpp.outputEvery());
            if (!(sample > 0)) {
                throw new UsageException("--sample must be positive, got " + args.option("sample"));
            }
            double every = Math.max(sample, dt);
            double samples = Math.floor(span / every) + 1;
            int columns = model.dimension() + 1;
            ResourceLimits.checkMemory(tText + " sampled every " + ResourceLimits.count(every) + " ms for --csv ("
                    + ResourceLimits.count(samples) + " samples of " + columns + " values)", samples * columns * 16.0);
            request.sampleInterval(sample);
        } else {
            // nothing is written: record one variable sparsely to keep memory small on long runs
            request.sampleInterval(Math.max(dt, span / 1000)).record(0);
        }
        Trace trace;
        try {
            trace = Simulation.run(request.build(), progress(err, span));
        } catch (DivergenceException e) {
            if (xpp == null || args.option("bound") != null) {
                throw e;
            }
            throw new DivergenceException(e.variable(), e.time(), e.value(), e.getMessage() + " (the file's bound: "
                    + (m.options().bound().isPresent() ? "@ bound=" : "XPPAUT's default ") + Format.number(xpp.bound())
                    + "; --bound raises it)");
        }
        if (csv != null) {
            writeCsv(trace, csv, inputs, xpp == null ? Double.NEGATIVE_INFINITY : t0 + xpp.transientTime());
        }
        // the method the run used: a Volterra file runs XPPAUT's Volterra solver whatever the method (issue 14)
        String used = Simulation.methodUsed(model, IntegrationMethods.get(method));
        report(args.flag("json"), model, trace, used, used.equals(method) ? used : used + " in place of " + method,
                dt, span, out);
        return 0;
    }

    private static EventTiming eventTiming(String option, boolean odeFile) {
        if (option == null) {
            return odeFile ? EventTiming.XPPAUT : EventTiming.STEP_START;
        }
        return switch (option) {
            case "step" -> EventTiming.STEP_START;
            case "interpolated" -> EventTiming.INTERPOLATED;
            case "xppaut" -> EventTiming.XPPAUT;
            default -> throw new UsageException("--spike-timing must be 'step', 'interpolated' or 'xppaut', got '"
                    + option + "'");
        };
    }

    /** The command line's one --current grammar; an amplitude left out is the model's current I. */
    private static CurrentProtocol parseProtocol(String text, double current) {
        try {
            return CurrentProtocol.parse(text, current);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--current: " + e.getMessage());
        }
    }

    /** Progress on stderr for runs long enough to need it, only when stderr is a terminal. */
    private static RunMonitor progress(PrintStream err, double tEnd) {
        if (System.console() == null) {
            return RunMonitor.NONE;
        }
        return new RunMonitor() {
            private int lastPercent = -1;

            @Override
            public boolean isCanceled() {
                return false;
            }

            @Override
            public void worked(double fraction) {
                int percent = (int) (fraction * 100);
                if (percent != lastPercent && percent % 10 == 0) {
                    lastPercent = percent;
                    err.print("\rsimulating " + percent + "%" + (percent >= 100 ? "\n" : ""));
                }
            }
        };
    }

    private static void writeCsv(Trace trace, Path file, Path[] inputs, double from) throws IOException {
        double[] t = trace.times();
        double[][] values = trace.values();
        OutputFiles.write(file, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            w.write("t");
            for (String name : trace.variableNames()) {
                w.write(',');
                w.write(name);
            }
            w.write('\n');
            StringBuilder row = new StringBuilder(128);
            for (int k = 0; k < t.length; k++) {
                if (t[k] < from - 1e-9) {
                    continue;
                }
                row.setLength(0);
                row.append(t[k]);
                for (double[] column : values) {
                    row.append(',').append(column[k]);
                }
                w.write(row.toString());
                w.write('\n');
            }
            w.flush();
        }, inputs);
    }

    private static void report(boolean json, Model model, Trace trace, String method, String methodText, double dt,
            double tEnd, PrintStream out) {
        double[] spikes = trace.spikeTimes().clone();
        for (int k = 0; k < spikes.length; k++) {
            // step-start times are sums of dt: drop the last bits of rounding noise (71.07000000000001)
            spikes[k] = Math.round(spikes[k] * 1e9) / 1e9;
        }
        double[] state = trace.finalState();
        List<String> names = model.variableNames();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("model", model.id());
            o.put("spikes_ms", spikes);
            o.put("spike_count", spikes.length);
            Map<String, Object> fin = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                fin.put(names.get(i), state[i]);
            }
            o.put("final", fin);
            o.put("method", method);
            o.put("dt", dt);
            o.put("t", tEnd);
            out.println(Json.write(o));
            return;
        }
        out.printf(Locale.ROOT, "%s: %d spikes in %s ms (%s, dt %s ms)%n", model.id(), spikes.length,
                Format.number(tEnd), methodText, Format.number(dt));
        if (spikes.length > 0) {
            StringBuilder s = new StringBuilder("spike times (ms):");
            for (double t : spikes) {
                s.append(' ').append(Format.number(t));
            }
            out.println(s);
        }
        StringBuilder s = new StringBuilder("final state:");
        for (int i = 0; i < names.size(); i++) {
            s.append(' ').append(names.get(i)).append('=').append(Format.number(state[i]));
        }
        out.println(s);
    }
}
