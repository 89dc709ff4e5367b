package org.neuropynamics.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.integrate.ResourceLimits;
import org.neuropynamics.bifurcation.maps.IteratedMap;
import org.neuropynamics.bifurcation.maps.LyapunovExponent;
import org.neuropynamics.bifurcation.maps.OrbitDiagram;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeOptions;
import org.neuropynamics.core.ode.SystemCompiler;

/**
 * {@code map}: orbits, orbit diagrams and Lyapunov exponents of iterated maps (the logistic map, .ode maps, maps
 * typed with {@code --equations}).
 */
final class MapCommand implements Command {

    @Override
    public String name() {
        return "map";
    }

    @Override
    public String summary() {
        return "iterated maps: orbit, orbit diagram, Lyapunov exponent";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics map MODEL|--equations TEXT [--set NAME=VALUE]... [--lyapunov] [--orbit-diagram A:B:N]
                                        [--param P] [--transient 1000] [--iterations 300] [--observe VAR] [--json]

                MODEL is a map (logistic, or an .ode file with x(t+1) = ... equations). --equations types a map like a
                system instead, x' being the next value, statements separated by ';' or new lines, e.g.
                  --equations "x' = 1 - a*x^2 + y; y' = b*x; init x=0.1, y=0.1" --set a=1.4 --set b=0.3
                (--set adds parameters the text does not declare with par). Without options prints the
                orbit after the transient. --lyapunov: the largest Lyapunov exponent (average over 100000
                iterations). --orbit-diagram A:B:N: the orbit diagram over N values of --param (default: the
                map's first parameter) in [A, B], --iterations points kept per value.
                JSON: {lyapunov?, points?} (points: [[n, x], ..] for an orbit, [[p, x], ..] for a diagram)""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("orbit-diagram", "param", "transient", "iterations", "observe", "equations");
    }

    @Override
    public Set<String> switches() {
        return Set.of("lyapunov");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        String equations = args.option("equations");
        if (args.positional().size() != (equations == null ? 1 : 0)) {
            throw new UsageException(equations == null ? "map needs one MODEL (logistic or an .ode map) or --equations"
                    : "give either MODEL or --equations, not both");
        }
        ModelArgument m = equations == null ? ModelArgument.resolve(args.positional().get(0), args.sets())
                : typed(equations, args);
        Model model = m.model();
        if (model.kind() != Model.Kind.MAP) {
            throw new UsageException(model.id() + " is a flow, not a map (flows: 'continue' or 'sweep')");
        }
        int discarded = args.integer("transient", 1000);
        int kept = args.integer("iterations", 300);
        if (discarded < 0 || kept < 1) {
            throw new UsageException("--transient must be >= 0 and --iterations >= 1");
        }
        String observe = args.option("observe") == null ? model.variableNames().get(0) : args.option("observe");
        int var = model.variableIndex(observe);
        if (var < 0) {
            throw new UsageException("--observe " + observe + ": map " + model.id() + " has no variable '" + observe
                    + "'");
        }
        String diagram = args.option("orbit-diagram");
        String[] diagramParts = diagram == null ? null : diagram.split(":");
        if (diagram != null && diagramParts.length != 3) {
            throw new UsageException("--orbit-diagram needs A:B:N, got '" + diagram + "'");
        }
        int diagramValues = diagram == null ? 1 : Arguments.integer("--orbit-diagram N", diagramParts[2]);
        String iterations = "--transient " + discarded + " + --iterations " + kept;
        if (diagram != null) {
            // each value iterates transient + kept times and keeps kept points (a double[2] and a reference each)
            ResourceLimits.checkSteps("--orbit-diagram N " + diagramValues + " values of (" + iterations + ")",
                    (double) diagramValues * ((double) discarded + kept));
            ResourceLimits.checkMemory("--orbit-diagram N " + diagramValues + " values of --iterations " + kept
                    + " points", (double) diagramValues * kept * 64.0);
        } else {
            ResourceLimits.checkSteps(iterations, (double) discarded + kept);
            ResourceLimits.checkMemory("--iterations " + kept + " points", kept * 64.0);
        }
        if (args.flag("lyapunov")) {
            ResourceLimits.checkSteps("--transient " + discarded + " + 100000 iterations for --lyapunov",
                    discarded + 100_000.0);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        IteratedMap map = new IteratedMap(model, m.parameters());
        if (args.flag("lyapunov")) {
            double l = LyapunovExponent.largest(map, model.initialState(m.parameters()), discarded, 100_000);
            if (!Double.isFinite(l)) {
                throw new UsageException("no Lyapunov exponent: the orbit of " + model.id() + " from "
                        + describe(model, model.initialState(m.parameters())) + " leaves every bound"
                        + " (it diverges at these parameters)");
            }
            doc.put("lyapunov", l);
            if (!args.flag("json")) {
                out.println("largest Lyapunov exponent: " + Format.number(l));
            }
        }
        List<Object> points = new ArrayList<>();
        if (diagram != null) {
            String[] parts = diagramParts;
            String param = args.option("param") == null ? model.parameters().get(0).name() : args.option("param");
            OrbitDiagram d;
            try {
                d = OrbitDiagram.compute(new OrbitDiagram.Request(model, m.parameters(), param,
                        Arguments.number("--orbit-diagram A", parts[0]), Arguments.number("--orbit-diagram B", parts[1]),
                        diagramValues, observe, discarded, kept, false),
                        Progress.on(err, "iterating"));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            for (int i = 0; i < d.parameter().length; i++) {
                for (double x : d.points()[i]) {
                    if (!Double.isFinite(x)) {
                        throw new UsageException("the orbit diverges at " + param + " = "
                                + Format.number(d.parameter()[i]) + " (" + observe + " leaves every bound);"
                                + " choose a range where it stays bounded");
                    }
                    points.add(new double[] {d.parameter()[i], x});
                }
            }
        } else if (!args.flag("lyapunov")) {
            double[] y = model.initialState(m.parameters());
            map.iterate(y, discarded);
            for (int k = 1; k <= kept; k++) {
                map.step(y);
                if (!Double.isFinite(y[var])) {
                    throw new UsageException("the orbit of " + model.id() + " diverges: " + observe
                            + " leaves every bound by iteration " + (discarded + k));
                }
                points.add(new double[] {discarded + k, y[var]});
            }
        }
        if (!points.isEmpty()) {
            doc.put("points", points);
        }
        if (args.flag("json")) {
            out.println(Json.write(doc));
        } else if (!points.isEmpty()) {
            for (Object o : points) {
                double[] pt = (double[]) o;
                out.println(Format.number(pt[0]) + " " + Format.number(pt[1]));
            }
        }
        return 0;
    }

    private static String describe(Model model, double[] y) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < y.length; i++) {
            s.append(i == 0 ? "" : ",").append(model.variableNames().get(i)).append('=').append(Format.number(y[i]));
        }
        return s.toString();
    }

    /** The map typed with --equations; --set values override and add parameters. */
    private static ModelArgument typed(String equations, Arguments args) {
        Model model;
        try {
            model = SystemCompiler.compileMap("typed-map", equations.replace(';', '\n'), args.sets());
        } catch (EquationException e) {
            String where = e.line() <= 0 ? "" : "statement " + e.line() + (e.column() > 0 ? ", column " + e.column() : "")
                    + ": ";
            throw new UsageException("--equations: " + where + e.detail());
        }
        return new ModelArgument(model, model.defaultParameters(), OdeOptions.none(), null);
    }
}
