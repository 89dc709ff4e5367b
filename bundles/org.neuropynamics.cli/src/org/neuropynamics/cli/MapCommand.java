package org.neuropynamics.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.maps.IteratedMap;
import org.neuropynamics.core.maps.LyapunovExponent;
import org.neuropynamics.core.maps.OrbitDiagram;
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
        Map<String, Object> doc = new LinkedHashMap<>();
        IteratedMap map = new IteratedMap(model, m.parameters());
        if (args.flag("lyapunov")) {
            double l = LyapunovExponent.largest(map, model.initialState(m.parameters()), discarded, 100_000);
            doc.put("lyapunov", l);
            if (!args.flag("json")) {
                out.println("largest Lyapunov exponent: " + Format.number(l));
            }
        }
        List<Object> points = new ArrayList<>();
        String diagram = args.option("orbit-diagram");
        if (diagram != null) {
            String[] parts = diagram.split(":");
            if (parts.length != 3) {
                throw new UsageException("--orbit-diagram needs A:B:N, got '" + diagram + "'");
            }
            String param = args.option("param") == null ? model.parameters().get(0).name() : args.option("param");
            OrbitDiagram d;
            try {
                d = OrbitDiagram.compute(new OrbitDiagram.Request(model, m.parameters(), param,
                        Arguments.number("--orbit-diagram A", parts[0]), Arguments.number("--orbit-diagram B", parts[1]),
                        (int) Arguments.number("--orbit-diagram N", parts[2]), observe, discarded, kept, false),
                        RunMonitor.NONE);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            for (int i = 0; i < d.parameter().length; i++) {
                for (double x : d.points()[i]) {
                    points.add(new double[] {d.parameter()[i], x});
                }
            }
        } else if (!args.flag("lyapunov")) {
            double[] y = model.initialState(m.parameters());
            map.iterate(y, discarded);
            for (int k = 1; k <= kept; k++) {
                map.step(y);
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
        return new ModelArgument(model, model.defaultParameters(), OdeOptions.none());
    }
}
