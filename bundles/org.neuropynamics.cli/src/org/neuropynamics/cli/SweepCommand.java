package org.neuropynamics.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.integrate.IntegrationMethods;
import org.neuropynamics.core.integrate.ResourceLimits;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.bifurcation.sweep.SpikeTriggeredSweep;
import org.neuropynamics.bifurcation.sweep.SweepRequest;
import org.neuropynamics.bifurcation.sweep.SweepResult;

/** {@code sweep}: the spike-triggered bifurcation diagram (Poincare section at the spikes) over a parameter. */
final class SweepCommand implements Command {

    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public String summary() {
        return "spike-triggered bifurcation diagram over a parameter range";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics sweep MODEL --param P --from A --to B --n N --observe VAR [--transient 1000]
                                          [--t 1000] [--dt 0.01] [--method rk4] [--threads N] [--set NAME=VALUE]... [--json]

                Runs MODEL at N values of P spread over [A, B] (in parallel on all cores), discards --transient ms,
                then records VAR at every spike during the next --t ms. The course's examples:
                  sweep adex --param Vr --from -48.3 --to -47.7 --n 150 --observe w   (period doubling into chaos)
                  sweep izhikevich --param d --from 0.5 --to 1.5 --n 150 --observe u --set a=0.2 --set c=-55 --set vpeak=35
                JSON: {param, observe, points:[[p, value], ..]}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("param", "from", "to", "n", "observe", "transient", "t", "dt", "method", "threads");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        if (args.positional().size() != 1) {
            throw new UsageException("sweep needs one MODEL (a model id or an .ode file)");
        }
        for (String required : List.of("param", "from", "to", "n", "observe")) {
            if (args.option(required) == null) {
                throw new UsageException("sweep needs --param P --from A --to B --n N --observe VAR (missing --"
                        + required + ")");
            }
        }
        ModelArgument m = ModelArgument.resolve(args.positional().get(0), args.sets());
        Model model = m.model();
        String method = args.option("method") == null ? "rk4" : args.option("method");
        if (!IntegrationMethods.names().contains(method)) {
            throw new UsageException("--method: unknown method '" + method + "'; methods: "
                    + String.join(", ", IntegrationMethods.names()));
        }
        SweepRequest request;
        try {
            request = new SweepRequest(model, m.parameters(), args.option("param"), args.number("from", 0),
                    args.number("to", 0), args.integer("n", 0), args.option("observe"),
                    args.number("transient", 1000), args.number("t", 1000), method, args.number("dt", 0.01),
                    Threads.option(args));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        double perValue = request.transientMs() + request.recordedMs();
        String what = "--n " + request.values() + " values of (--transient " + ResourceLimits.count(
                request.transientMs()) + " + --t " + ResourceLimits.count(request.recordedMs()) + ") ms";
        if (IntegrationMethods.get(method).adaptive()) {
            ResourceLimits.checkSpan(what, request.values() * perValue);
        } else {
            ResourceLimits.checkSteps(what + " at dt " + ResourceLimits.count(request.dt()) + " ms",
                    request.values(), perValue, request.dt());
        }
        SweepResult result = SpikeTriggeredSweep.run(request, Progress.on(err, "sweeping"));
        double[][] points = result.points();
        if (args.flag("json")) {
            List<Object> list = new ArrayList<>(points.length);
            for (double[] pt : points) {
                list.add(pt);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("param", request.parameter());
            doc.put("observe", request.observed());
            doc.put("points", list);
            out.println(Json.write(doc));
            return 0;
        }
        out.printf("%s: %d spikes over %d values of %s; %s at each spike:%n", model.id(), points.length,
                request.values(), request.parameter(), request.observed());
        for (int i = 0; i < result.parameter().length; i++) {
            StringBuilder line = new StringBuilder(Format.number(result.parameter()[i])).append(':');
            double[] v = result.spikeValues()[i];
            for (int k = 0; k < Math.min(v.length, 8); k++) {
                line.append(' ').append(Format.number(v[k]));
            }
            if (v.length > 8) {
                line.append(" ... (").append(v.length).append(" spikes)");
            }
            out.println(line);
        }
        return 0;
    }
}
