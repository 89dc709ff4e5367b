package org.neuropynamics.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.integrate.IntegrationMethods;
import org.neuropynamics.core.integrate.ResourceLimits;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.dendrites.jeffress.DelayLine;
import org.neuropynamics.dendrites.jeffress.DetectorResponse;
import org.neuropynamics.dendrites.jeffress.DetectorSettings;
import org.neuropynamics.dendrites.jeffress.JeffressConfig;
import org.neuropynamics.dendrites.jeffress.JeffressModel;
import org.neuropynamics.dendrites.jeffress.JeffressResult;

/** {@code jeffress}: the delay-line place code for one pair of input spikes. */
final class JeffressCommand implements Command {

    @Override
    public String name() {
        return "jeffress";
    }

    @Override
    public String summary() {
        return "Jeffress delay line: which coincidence detector fires first for two input times";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics jeffress --left MS --right MS --n N [--delta MS] [--model hh-traub|lif|izhikevich]
                                              [--weight MV] [--t MS] [--set NAME=VALUE]... [--json]

                One input spike from each ear reaches N coincidence detectors through opposed delay lines: the left
                input reaches detector k after k*delta, the right after (N+1-k)*delta (delta default 0.1 ms). Each
                input adds --weight mV to the detector's membrane potential (default per model: one input is
                subthreshold, two coincident inputs fire). The winner is the detector that fires first (1-based);
                analytically k* = (N+1)/2 + (right - left)/(2 delta). --set changes detector model parameters;
                --t the end of the run (default: last arrival + 10 ms).
                JSON: {model, n, delta_ms, left_ms, right_ms, weight_mv, detector_spikes:[[ms,..],..], winner,
                analytic_winner}; winner is null when no detector fires.""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("left", "right", "n", "delta", "model", "weight", "t");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        if (!args.positional().isEmpty()) {
            throw new UsageException("jeffress takes no positional argument, got '" + args.positional().get(0) + "'");
        }
        for (String required : List.of("left", "right", "n")) {
            if (args.option(required) == null) {
                throw new UsageException("jeffress needs --" + required);
            }
        }
        JeffressResult result;
        DetectorSettings settings;
        try {
            String model = args.option("model") == null ? "hh-traub" : args.option("model");
            settings = DetectorSettings.defaults(model);
            if (args.option("weight") != null) {
                settings = settings.withWeight(args.number("weight", settings.weight()));
            }
            for (Map.Entry<String, Double> e : args.sets().entrySet()) {
                settings = settings.withParameter(e.getKey(), e.getValue());
            }
            DelayLine line = new DelayLine(args.integer("n", 0), args.number("delta", 0.1));
            JeffressConfig config = new JeffressConfig(args.number("left", 0), args.number("right", 0), line, settings,
                    args.number("t", Double.NaN));
            double tEnd = config.endTime();
            String what = "--n " + line.size() + " detectors over " + (args.option("t") == null ? "" : "--t ")
                    + ResourceLimits.count(tEnd) + " ms";
            if (IntegrationMethods.contains(settings.method()) && IntegrationMethods.get(settings.method()).adaptive()) {
                ResourceLimits.checkSpan(what, line.size() * tEnd);
            } else {
                ResourceLimits.checkSteps(what + " at dt " + ResourceLimits.count(settings.dt()) + " ms",
                        line.size(), tEnd, settings.dt());
            }
            result = JeffressModel.simulate(config, ModelRegistry.getDefault(), Progress.on(err, "simulating"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        JeffressConfig c = result.config();
        if (args.flag("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("model", settings.modelId());
            doc.put("n", c.line().size());
            doc.put("delta_ms", c.line().delta());
            doc.put("left_ms", c.leftTime());
            doc.put("right_ms", c.rightTime());
            doc.put("weight_mv", settings.weight());
            List<Object> spikes = new ArrayList<>();
            for (double[] s : result.detectorSpikes()) {
                spikes.add(s);
            }
            doc.put("detector_spikes", spikes);
            doc.put("winner", result.winner().isPresent() ? result.winner().getAsInt() : null);
            doc.put("analytic_winner", Math.rint(c.coincidentDetector() * 1e9) / 1e9); // hide 1e-16 rounding
            out.println(Json.write(doc));
            return 0;
        }
        out.printf("%s detectors, N = %d, delta = %s ms, left %s ms, right %s ms, weight %s mV%n", settings.modelId(),
                c.line().size(), Format.number(c.line().delta()), Format.number(c.leftTime()),
                Format.number(c.rightTime()), Format.number(settings.weight()));
        for (DetectorResponse d : result.detectors()) {
            StringBuilder s = new StringBuilder();
            for (double t : d.spikeTimes()) {
                s.append(' ').append(Format.number(t));
            }
            out.printf("  detector %2d: inputs at %s and %s ms, spikes:%s%n", d.index(), Format.number(d.leftArrival()),
                    Format.number(d.rightArrival()), s.length() == 0 ? " none" : s);
        }
        out.printf("winner: %s (analytic k* = %s)%n",
                result.winner().isPresent() ? Integer.toString(result.winner().getAsInt()) : "none",
                Format.number(c.coincidentDetector()));
        return 0;
    }
}
