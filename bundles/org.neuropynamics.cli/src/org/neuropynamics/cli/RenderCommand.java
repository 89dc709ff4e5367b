package org.neuropynamics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.integrate.CurrentProtocol;
import org.neuropynamics.core.integrate.IntegrationMethods;
import org.neuropynamics.core.integrate.ResourceLimits;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.render.FigureFiles;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.neuropynamics.singleneuron.Stimulus;

/**
 * {@code render VIEW ... --png FILE}: writes the figure a workbench view shows, drawn headless with Java2D (no
 * display, no SWT), for every view of the workbench ({@link #VIEWS}).
 */
final class RenderCommand implements Command {

    /** Every view render draws, in the order of the help. */
    static final java.util.List<String> VIEWS = java.util.List.of("single-neuron", "phase-plane", "stability-1d",
            "continuation", "raster", "rates", "heatmap", "traces", "network-graph", "weights", "weight-histogram", "jeffress", "dendrite", "orbit-diagram",
            "cobweb", "sweep");

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String summary() {
        return "write the figure a view shows as PNG or SVG, headless";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics render single-neuron --model MODEL [--set NAME=VALUE]... [--current SHAPE]
                           [--t MS] [--dt MS] [--method euler|exp-euler|midpoint|rk4|dopri5]
                           (--png FILE | --svg FILE) [--width PX] [--height PX] [--json]

                Draws what the Single Neuron view shows: the membrane potential with spike markers, the threshold
                line and the input current (right axis), and below it the recovery or gating variables. Defaults
                as in the view: the course's step protocol (0 for 100 ms, I for 500 ms, 0 for 100 ms; HH-type models
                10/100/10 ms) with the amplitude I, --method rk4, --dt 0.01, --width 1000, --height 700.
                --current const | step:T0:T1 | ramp:T0:T1 | pulses:START:END:WIDTH:PERIOD sets the shape, its
                amplitude the parameter I (--set I=...); the same option as simulate's, so simulate's forms with
                the amplitude (const:A, step:T0:T1:A, ramp:T0:T1:0:A, pulses:START:WIDTH:PERIOD:A:COUNT,
                course:A) work too and set I. --t overrides the duration.
                The figure is drawn with Java2D (the CLI never needs a display) by the painter the view draws with:
                at the view's size it is the view's PNG. JSON: {view, model, file, spike_count, width, height}

                       neuropynamics render phase-plane (--model MODEL | --system FILE) [--set NAME=VALUE]...
                           [--x VAR --y VAR] [--window X0:X1,Y0:Y1] [--trajectories X,Y;X,Y;...]
                           [--selected-equilibrium K] (--png FILE | --svg FILE) [--width PX] [--height PX] [--json]

                Draws what the Phase Plane view shows: the direction field, both nullclines (all branches, labelled),
                the equilibria coloured by type with the legend, separatrices of saddles, trajectories from the given
                points (forward and backward) and the limit cycles found. --system is an XPPAUT .ode file (its @ xp,
                yp, xlo.. options give the default axes and window); other variables stay at their initial values.
                Defaults: the first two variables, the view's window, --width 900, --height 700.
                --selected-equilibrium K rings equilibrium K (0-based, as listed in the JSON) as the view rings the
                one selected (the view selects the only one by itself).
                JSON: {view, model, file, width, height, x, y, window, equilibria:[{X, Y, type}], trajectories,
                cycle_periods}

                       neuropynamics render stability-1d [--model MODEL] [--set NAME=VALUE]... [--range FROM:TO]
                           (--png FILE | --svg FILE) [--width PX] [--height PX] [--json]

                Draws what the 1-D Stability view shows for a one-variable model (default inap): F(x) with the flow
                arrows on the axis, the classified equilibria and the saddle-node value of the current parameter.
                Defaults: --range -100:50 for a voltage (else -3:3), --width 900, --height 600.
                JSON: {view, model, file, width, height, equilibria:[{X, type}], saddle_nodes}

                       neuropynamics render continuation --model MODEL --param P --from A --to B [--set NAME=VALUE]...
                           [--variable VAR] [--init VAR=V,...] [--no-cycles]
                           (--png FILE | --svg FILE) [--width PX] [--height PX] [--json]

                Draws what the Continuation Diagram view shows for the diagram 'continue' computes: P against VAR
                (default the first variable; min and max on cycles), stable branches solid, unstable dashed, the
                special points (LP, HB with criticality, LPC, PD, BP) labelled. Defaults: --width 1000, --height 650.
                JSON: {view, model, file, width, height, param, variable, branches, labels}""" + ViewRender.USAGE;
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("model", "system", "current", "t", "dt", "method", "png", "svg", "width", "height", "x", "y",
                "window", "trajectories", "range", "param", "from", "to", "variable", "init", "seed", "left", "right",
                "n", "delta", "length", "diameter", "position", "ra", "gl", "mark", "x0", "observe", "transient",
                "selected-equilibrium");
    }

    @Override
    public Set<String> switches() {
        return Set.of("no-cycles");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        String view = args.positional().isEmpty() ? "" : args.positional().get(0);
        boolean withFile = switch (view) {
            case "raster", "rates", "heatmap", "traces", "network-graph", "weights", "weight-histogram", "sweep" -> true;
            default -> false;
        };
        if (!withFile && args.positional().size() > 1) {
            throw new UsageException("render " + view + " takes no further argument, got '" + args.positional().get(1)
                    + "'");
        }
        switch (view) {
            case "single-neuron":
                return singleNeuron(args, out);
            case "phase-plane":
                return PhasePlaneRender.run(args, out);
            case "stability-1d":
                return PhaseLineRender.run(args, out);
            case "continuation":
                return ContinuationRender.run(args, out, err);
            case "raster", "rates", "heatmap", "traces", "network-graph", "weights", "weight-histogram":
                return ViewRender.network(view, args, out, err);
            case "jeffress":
                return ViewRender.jeffress(args, out);
            case "dendrite":
                return ViewRender.dendrite(args, out);
            case "orbit-diagram", "cobweb":
                return ViewRender.map(view, args, out);
            case "sweep":
                return ViewRender.sweep(args, out, err);
            default:
                throw new UsageException("render needs one VIEW; views: " + String.join(", ", VIEWS));
        }
    }

    private static int singleNeuron(Arguments args, PrintStream out) throws IOException {
        if (args.option("model") == null) {
            throw new UsageException("render single-neuron needs --model MODEL");
        }
        RenderTarget target = RenderTarget.parse(args, 1000, 700);
        ModelArgument m = ModelArgument.resolve(args.option("model"), args.sets());
        String method = args.option("method") == null ? "rk4" : args.option("method");
        if (!IntegrationMethods.contains(method)) {
            throw new UsageException("unknown --method '" + method + "'; methods: "
                    + String.join(", ", IntegrationMethods.names()));
        }
        NeuronExperiment e = NeuronExperiment.courseDefaults(m.model(), method, args.number("dt", 0.01))
                .withParameters(m.parameters());
        double duration = args.number("t", e.duration());
        Stimulus stimulus = e.stimulus();
        if (args.option("current") != null) {
            int ci = m.model().currentParameterIndex().orElse(-1);
            if (ci < 0) {
                throw new UsageException("--current: model " + m.model().id() + " has no input current parameter");
            }
            double[] p = e.parameters().clone();
            stimulus = shape(args.option("current"), duration, p, ci);
            e = e.withParameters(p);
        }
        if (!(duration > 0) || !(e.dt() > 0) || e.dt() > duration) {
            throw new UsageException("--t and --dt must be positive with dt <= t");
        }
        ResourceLimits.checkSteps("--t " + ResourceLimits.count(duration) + " ms at dt " + ResourceLimits.count(e.dt())
                + " ms", 1, duration, e.dt());
        e = e.withStimulus(stimulus, duration);
        Trace trace;
        try {
            trace = Simulation.run(e.request());
        } catch (IllegalArgumentException ex) {
            throw new UsageException(ex.getMessage());
        }
        Figure figure = SingleNeuronFigure.figure(e, trace);
        target.write(FigureFiles.painter(figure, target.width(), target.height()));
        Path file = target.file();
        if (args.flag("json")) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("view", "single-neuron");
            o.put("model", m.model().id());
            o.put("file", file.toString());
            o.put("spike_count", trace.spikeCount());
            o.put("width", target.width());
            o.put("height", target.height());
            out.println(Json.write(o));
        } else {
            out.println("wrote " + file + " (" + m.model().id() + ", " + trace.spikeCount() + " spikes)");
        }
        return 0;
    }

    /**
     * The view's stimulus for {@code --current} in the command line's one grammar
     * ({@link CurrentProtocol#parse(String, double)}, the amplitude left out meaning the parameter I); an explicit
     * amplitude becomes I in {@code parameters}.
     */
    private static Stimulus shape(String text, double duration, double[] parameters, int current) {
        CurrentProtocol p;
        try {
            p = CurrentProtocol.parse(text, parameters[current]);
        } catch (IllegalArgumentException ex) {
            throw new UsageException("--current: " + ex.getMessage());
        }
        try {
            return switch (p) {
                case CurrentProtocol.Constant c -> {
                    parameters[current] = c.amplitude();
                    yield new Stimulus(Stimulus.Kind.CONSTANT, 0, duration, 1, 1);
                }
                case CurrentProtocol.Step st -> {
                    parameters[current] = st.amplitude();
                    yield new Stimulus(Stimulus.Kind.STEP, st.start(), st.end(), 1, 1);
                }
                case CurrentProtocol.Ramp r when r.a0() == 0 -> {
                    parameters[current] = r.a1();
                    yield new Stimulus(Stimulus.Kind.RAMP, r.start(), r.end(), 1, 1);
                }
                case CurrentProtocol.PulseTrain t when t.count() > 0 -> {
                    parameters[current] = t.amplitude();
                    yield new Stimulus(Stimulus.Kind.PULSES, t.start(), t.start() + (t.count() - 1) * t.period()
                            + t.width(), t.width(), t.period());
                }
                default -> throw new UsageException("--current " + text + ": the Single Neuron view draws const, "
                        + "steps, ramps from 0 and pulse trains");
            };
        } catch (IllegalArgumentException ex) {
            throw new UsageException("--current " + text + ": " + ex.getMessage());
        }
    }
}
