package org.neuropynamics.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neuropynamics.core.analysis.Eigenvalue;
import org.neuropynamics.core.integrate.ResourceLimits;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.stability.phaseplane.LimitCycle;
import org.neuropynamics.stability.phaseplane.LimitCycleFinder;

/** {@code cycle}: the limit cycle reached from a state: period, range of each variable, stability. */
final class CycleCommand implements Command {

    @Override
    public String name() {
        return "cycle";
    }

    @Override
    public String summary() {
        return "limit cycle from a state: period, min/max per variable, Floquet stability";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics cycle MODEL [--from VAR=VALUE,...] [--set NAME=VALUE]... [--transient MS]
                           [--max-return MS] [--json]

                Integrates from the model's initial state (or --from) for --transient ms (default 1000), places a
                Poincare section across the flow, follows the return map until it settles, refines the periodic
                orbit by Newton shooting and reports its period, the minimum and maximum of every variable and its
                stability from the Floquet multipliers (stable when all non-trivial ones lie inside the unit
                circle). A two-variable model whose orbit settles on an equilibrium is searched backwards in time
                too, which finds unstable cycles. Exits 1 when no cycle is found. --max-return is the longest time
                waited for one return (default 5000 ms). Models with a threshold/reset rule are refused.
                JSON: {model, period_ms, min:{var:value}, max:{var:value}, stable, multipliers:[[re,im],..]}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("from", "transient", "max-return");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        if (args.positional().size() != 1) {
            throw new UsageException("cycle needs one MODEL (a model id or an .ode file)");
        }
        ModelArgument m = ModelArgument.resolve(args.positional().get(0), args.sets());
        Model model = m.model();
        double transientTime = args.number("transient", 1000);
        double maxReturn = args.number("max-return", 5000);
        if (!(transientTime >= 0) || !(maxReturn > 0)) {
            throw new UsageException("--transient must be >= 0 and --max-return > 0");
        }
        ResourceLimits.checkSpan("--transient " + ResourceLimits.count(transientTime) + " ms", transientTime);
        ResourceLimits.checkSpan("--max-return " + ResourceLimits.count(maxReturn) + " ms", maxReturn);
        LimitCycleFinder finder;
        try {
            finder = new LimitCycleFinder(model).transientTime(transientTime).maxReturnTime(maxReturn);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        double[] start = m.initialState(args.option("from"));
        err.println("searching a limit cycle of " + model.id() + " ...");
        Optional<LimitCycle> found = finder.find(m.parameters(), start);
        List<String> names = model.variableNames();
        if (found.isEmpty()) {
            if (args.flag("json")) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("model", model.id());
                doc.put("period_ms", null);
                doc.put("error", "no limit cycle reached from the start state");
                out.println(Json.write(doc));
            }
            err.println("no limit cycle: the orbit from " + describe(names, start)
                    + " settles on an equilibrium or leaves (try --from, --transient or other parameters)");
            return 1;
        }
        LimitCycle c = found.get();
        if (args.flag("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("model", model.id());
            doc.put("period_ms", c.period());
            doc.put("min", byName(names, c.min()));
            doc.put("max", byName(names, c.max()));
            doc.put("stable", c.stable());
            List<Object> mult = new ArrayList<>();
            for (Eigenvalue e : c.multipliers()) {
                mult.add(new double[] {e.re(), e.im()});
            }
            doc.put("multipliers", mult);
            doc.put("point", byName(names, c.point()));
            out.println(Json.write(doc));
            return 0;
        }
        out.printf(Locale.ROOT, "%s: %s limit cycle, period %s ms (%s Hz)%n", model.id(),
                c.stable() ? "stable" : "unstable", Format.number(c.period()), Format.number(1000 / c.period()));
        for (int i = 0; i < names.size(); i++) {
            out.printf(Locale.ROOT, "  %s in [%s, %s]%n", names.get(i), Format.number(c.min()[i]),
                    Format.number(c.max()[i]));
        }
        StringBuilder s = new StringBuilder("  Floquet multipliers:");
        for (Eigenvalue e : c.multipliers()) {
            s.append(' ').append(e.im() == 0 ? Format.number(e.re())
                    : String.format(Locale.ROOT, "%s%+.6gi", Format.number(e.re()), e.im()));
        }
        out.println(s);
        return 0;
    }

    private static Map<String, Double> byName(List<String> names, double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), values[i]);
        }
        return m;
    }

    private static String describe(List<String> names, double[] state) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            s.append(i == 0 ? "" : ",").append(names.get(i)).append('=').append(Format.number(state[i]));
        }
        return s.toString();
    }
}
