package org.neuropynamics.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuropynamics.bifurcation.draw.MapFigures;
import org.neuropynamics.bifurcation.draw.SweepFigure;
import org.neuropynamics.core.integrate.IntegrationMethods;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.bifurcation.maps.OrbitDiagram;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.bifurcation.sweep.SpikeTriggeredSweep;
import org.neuropynamics.bifurcation.sweep.SweepRequest;
import org.neuropynamics.bifurcation.sweep.SweepResult;
import org.neuropynamics.dendrites.figures.DendriteFigure;
import org.neuropynamics.dendrites.figures.JeffressFigure;
import org.neuropynamics.dendrites.jeffress.JeffressConfig;
import org.neuropynamics.network.figures.NetworkFigures;
import org.neuropynamics.network.figures.WeightFigures;
import org.neuropynamics.network.figures.NetworkGraphPainter;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkBuildException;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.network.sim.SynapseTable;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.render.FigureFiles;

/**
 * The {@code render} kinds of the network, dendrites and maps views: each builds the figure its view shows with the
 * same display-free figure code and writes it through {@link RenderTarget}.
 */
final class ViewRender {

    private ViewRender() {
    }

    /** Usage text of these kinds. */
    static final String USAGE = """

                   neuropynamics render raster|rates|heatmap|traces|network-graph|weights|weight-histogram FILE
                       [--t MS] [--seed S] (--png FILE | --svg FILE) [--width PX] [--height PX] [--json]

            Runs a .neuronet network as 'network' does and draws what its result view shows: the spike raster
            (one row per neuron, groups coloured), the population rates (rate monitors, else 5 ms bins), the heat
            map of the first state monitor, the voltage traces of the state monitors (a few neurons, stacked), the
            network graph (neuron level up to 200 neurons), or the weights
            of its STDP projections over time (mean and some synapses) or as a histogram (final over initial).
            Defaults: --width 1000, --height 600. JSON: {view, file, width, height, network, total_spikes}

                   neuropynamics render jeffress [--left MS] [--right MS] [--n N] [--delta MS] [--model ID]
                   neuropynamics render dendrite [--length UM] [--diameter UM] [--position F] [--ra OHMCM] [--gl S_CM2]

            Draw the Jeffress and Dendrite views (four panels each) for the view's inputs; defaults as in the
            views (--left 2 --right 2.2 --n 7 --delta 0.1 --model hh-traub; --length 500 --diameter 1
            --position 0.9 --ra 100 --gl 0.0001). Defaults: --width 1200, --height 800.

                   neuropynamics render orbit-diagram [--model logistic] [--set NAME=VALUE]... [--param P]
                       [--from A] [--to B] [--n N] [--mark R] [--range LO:HI]
                   neuropynamics render cobweb [--model logistic] [--set NAME=VALUE]... [--param P] [--x0 X]
                       [--range LO:HI]
                   neuropynamics render sweep MODEL --param P --from A --to B --n N --observe VAR [--transient T]
                       [--t T] [--dt DT]

            Draw the Maps view's orbit diagram (defaults: the first parameter over 2.5:4 for logistic, else its
            slider range, 700 values, 1000 discarded and 300 kept iterates), its cobweb at the parameter's value
            (--set), and the Sweep view's spike-triggered sweep. The orbit diagram's --range is its y window
            (default: the range of the orbits; the view shows 0:1 for the logistic map). Defaults: --width 1000, --height 650.""";

    static int network(String view, Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 2) {
            throw new UsageException("render " + view + " needs one FILE (a .neuronet network)");
        }
        Path file = Path.of(args.positional().get(1));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such network file: " + file);
        }
        RenderTarget target = RenderTarget.parse(args, 1000, 600);
        RunOptions options = NetworkCommand.runOptions(args, RunOptions.DEFAULT);
        Network network = NetworkFiles.load(file);
        NetworkResult r = new NetworkSimulator().run(network, options, RunMonitor.NONE);
        int w = target.width();
        int h = target.height();
        switch (view) {
            case "raster" -> chart(target, NetworkFigures.raster("Spike raster", r, h));
            case "rates" -> chart(target, NetworkFigures.rates("Population rates", r));
            case "heatmap" -> {
                if (r.states().isEmpty() || r.states().get(0).neurons().length == 0) {
                    throw new UsageException(file + ": the network has no state monitor, so there is no heat map");
                }
                chart(target, NetworkFigures.heatmap(r.states().get(0)));
            }
            case "traces" -> {
                if (r.states().isEmpty()) {
                    throw new UsageException(file + ": the network has no state monitor, so there are no traces");
                }
                target.write(FigureFiles.painter(NetworkFigures.traces(r), w, h));
            }
            case "weights", "weight-histogram" -> {
                if (r.weights().isEmpty()) {
                    throw new UsageException(file + ": the network has no projection with STDP plasticity, so there"
                            + " are no weights to draw");
                }
                chart(target, view.equals("weights") ? WeightFigures.overTime("Weights over time", r,
                        WeightFigures.weightUnit(network))
                        : WeightFigures.histogram("Weight histogram", r, WeightFigures.weightUnit(network)));
            }
            default -> {
                List<SynapseTable> synapses;
                try {
                    synapses = new NetworkSimulator().synapses(network, RunOptions.DEFAULT.withSeed(r.seed()));
                } catch (NetworkBuildException e) {
                    throw new UsageException(file + ": " + e.getMessage());
                }
                target.write(c -> NetworkGraphPainter.paint(c, w, h, network.getName(), r.spikes(), synapses));
            }
        }
        Map<String, Object> o = json(view, target);
        o.put("network", network.getName());
        o.put("total_spikes", r.totalPopulationSpikes());
        report(args, out, o, target, network.getName());
        return 0;
    }

    static int jeffress(Arguments args, PrintStream out) {
        RenderTarget target = RenderTarget.parse(args, 1200, 800);
        JeffressFigure f;
        try {
            JeffressConfig config = JeffressConfig.of(args.number("left", 2.0), args.number("right", 2.2),
                    args.integer("n", 7), args.number("delta", 0.1),
                    args.option("model") == null ? "hh-traub" : args.option("model"));
            f = JeffressFigure.compute(config, ModelRegistry.getDefault(), RunMonitor.NONE);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        target.write(c -> f.paint(c, target.width(), target.height()));
        Map<String, Object> o = json("jeffress", target);
        o.put("winner", f.result().winner().isPresent() ? f.result().winner().getAsInt() : null);
        report(args, out, o, target, "winner " + o.get("winner"));
        return 0;
    }

    static int dendrite(Arguments args, PrintStream out) {
        RenderTarget target = RenderTarget.parse(args, 1200, 800);
        DendriteFigure f;
        try {
            double position = args.number("position", 0.9);
            if (!(position >= 0 && position <= 1)) {
                throw new UsageException("--position must lie in [0, 1] (a fraction of the dendrite), got "
                        + args.option("position"));
            }
            f = DendriteFigure.compute(DendriteFigure.neuron(args.number("length", 500), args.number("diameter", 1),
                    args.number("ra", 100), args.number("gl", 0.0001)), position, RunMonitor.NONE);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        target.write(c -> f.paint(c, target.width(), target.height()));
        Map<String, Object> o = json("dendrite", target);
        o.put("synapse_compartment", f.site());
        o.put("soma_peak_mv", f.spread().peak()[0]);
        report(args, out, o, target, "synapse in compartment " + f.site());
        return 0;
    }

    static int map(String view, Arguments args, PrintStream out) {
        ModelArgument m = ModelArgument.resolve(args.option("model") == null ? "logistic" : args.option("model"),
                args.sets());
        Model model = m.model();
        if (model.kind() != Model.Kind.MAP) {
            throw new UsageException(model.id() + " is a flow, not a map (flows: 'render continuation' or "
                    + "'render sweep')");
        }
        String param = args.option("param") == null ? model.parameters().get(0).name() : args.option("param");
        int pi = model.parameterIndex(param);
        if (pi < 0) {
            throw new UsageException("--param " + param + ": map " + model.id() + " has no such parameter");
        }
        RenderTarget target = RenderTarget.parse(args, 1000, 650);
        String observed = model.variableNames().get(0);
        Chart chart;
        try {
            if (view.equals("cobweb")) {
                double[] range = range(args.option("range"), new double[] {0, 1});
                double x0 = args.number("x0", model.initialState(m.parameters())[0]);
                chart = MapFigures.cobweb(model, m.parameters(), param, m.parameters()[pi], x0, range[0], range[1]);
            } else {
                double from = args.number("from", model.id().equals("logistic") ? 2.5
                        : model.parameters().get(pi).min());
                double to = args.number("to", model.parameters().get(pi).max());
                OrbitDiagram d = OrbitDiagram.compute(new OrbitDiagram.Request(model, m.parameters(), param, from, to,
                        args.integer("n", 700), observed, 1000, 300, true), RunMonitor.NONE);
                double[] y = range(args.option("range"), MapFigures.valueRange(d));
                chart = MapFigures.orbit(model.name(), param, observed, d, y[0], y[1],
                        args.number("mark", m.parameters()[pi]));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        chart(target, chart);
        Map<String, Object> o = json(view, target);
        o.put("model", model.id());
        o.put("param", param);
        report(args, out, o, target, model.id());
        return 0;
    }

    static int sweep(Arguments args, PrintStream out, PrintStream err) {
        if (args.positional().size() != 2) {
            throw new UsageException("render sweep needs one MODEL (a model id or an .ode file)");
        }
        for (String required : List.of("param", "from", "to", "n", "observe")) {
            if (args.option(required) == null) {
                throw new UsageException("render sweep needs --param P --from A --to B --n N --observe VAR (missing --"
                        + required + ")");
            }
        }
        RenderTarget target = RenderTarget.parse(args, 1000, 650);
        ModelArgument m = ModelArgument.resolve(args.positional().get(1), args.sets());
        String method = args.option("method") == null ? "rk4" : args.option("method");
        if (!IntegrationMethods.names().contains(method)) {
            throw new UsageException("--method: unknown method '" + method + "'; methods: "
                    + String.join(", ", IntegrationMethods.names()));
        }
        SweepRequest request;
        try {
            request = new SweepRequest(m.model(), m.parameters(), args.option("param"), args.number("from", 0),
                    args.number("to", 0), args.integer("n", 0), args.option("observe"),
                    args.number("transient", 1000), args.number("t", 1000), method, args.number("dt", 0.01), 0);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        SweepResult result = SpikeTriggeredSweep.run(request, Progress.on(err, "sweeping"));
        chart(target, SweepFigure.chart(request, result));
        Map<String, Object> o = json("sweep", target);
        o.put("model", m.model().id());
        o.put("points", result.points().length);
        report(args, out, o, target, result.points().length + " spikes");
        return 0;
    }

    private static double[] range(String text, double[] fallback) {
        if (text == null) {
            return fallback;
        }
        String[] p = text.split(":");
        if (p.length != 2) {
            throw new UsageException("--range needs LO:HI, got '" + text + "'");
        }
        double lo = Arguments.number("--range LO", p[0]);
        double hi = Arguments.number("--range HI", p[1]);
        if (!(hi > lo)) {
            throw new UsageException("--range needs LO < HI, got '" + text + "'");
        }
        return new double[] {lo, hi};
    }

    private static void chart(RenderTarget target, Chart chart) {
        target.write(FigureFiles.painter(chart, target.width(), target.height()));
    }

    private static Map<String, Object> json(String view, RenderTarget target) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("view", view);
        o.put("file", target.file().toString());
        o.put("width", target.width());
        o.put("height", target.height());
        return o;
    }

    private static void report(Arguments args, PrintStream out, Map<String, Object> o, RenderTarget target,
            String what) {
        if (args.flag("json")) {
            out.println(Json.write(o));
        } else {
            out.println("wrote " + target.file() + " (" + what + ")");
        }
    }
}
