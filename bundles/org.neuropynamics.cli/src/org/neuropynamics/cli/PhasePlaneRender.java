package org.neuropynamics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.stability.phaseplane.Direction;
import org.neuropynamics.stability.phaseplane.LimitCycle;
import org.neuropynamics.stability.phaseplane.PhasePortrait;
import org.neuropynamics.stability.phaseplane.PhasePortraitResult;
import org.neuropynamics.stability.phaseplane.PlaneProjection;
import org.neuropynamics.stability.phaseplane.PlaneWindow;
import org.neuropynamics.stability.PlaneCycles;
import org.neuropynamics.stability.PlaneTitles;
import org.neuropynamics.stability.PlaneWindows;
import org.neuropynamics.stability.draw.PlaneFigure;
import org.neuropynamics.stability.draw.PlanePainter;

/**
 * {@code render phase-plane}: the Phase Plane view's figure (vector field, labelled nullclines, classified
 * equilibria with the legend, trajectories, limit cycles), painted by the view's painter into Java2D or SVG.
 */
final class PhasePlaneRender {

    private PhasePlaneRender() {
    }

    static int run(Arguments args, PrintStream out) throws IOException {
        ModelArgument m = model(args);
        Model model = m.model();
        if (model.kind() != Model.Kind.FLOW || model.dimension() < 2) {
            throw new UsageException("render phase-plane needs a flow with two or more variables; " + model.id()
                    + " has " + model.dimension() + (model.kind() == Model.Kind.FLOW ? "" : " (a map)"));
        }
        List<String> names = model.variableNames();
        String x = variable(args, "x", m.options().xPlot().filter(names::contains).orElse(names.get(0)), names);
        String y = variable(args, "y", m.options().yPlot().filter(v -> names.contains(v) && !v.equals(x))
                .orElse(names.get(names.get(0).equals(x) ? 1 : 0)), names);
        if (x.equals(y)) {
            throw new UsageException("--x and --y must name two different variables (both are '" + x + "')");
        }
        RenderTarget target = RenderTarget.parse(args, 900, 700);
        double[] p = m.parameters();
        PlaneWindow window = args.option("window") != null ? window(args.option("window"))
                : args.option("system") != null || !m.options().all().isEmpty() ? PlaneWindows.forOptions(m.options())
                        : PlaneWindows.forModel(model, p, model.variableIndex(x), model.variableIndex(y));
        List<PhasePortrait.Seed> seeds = seeds(args.option("trajectories"));
        double[] fixed = model.initialState(p);
        PhasePortraitResult result;
        List<LimitCycle> cycles;
        try {
            result = new PhasePortrait(model, x, y, fixed, window).arrows(20).separatrices(true).seeds(seeds)
                    .compute(p);
            Model planar = PlaneProjection.of(model, x, y, fixed).planarModel();
            cycles = PlaneCycles.find(planar, p, result);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int selected = args.integer("selected-equilibrium", -1);
        if (selected < -1 || selected >= result.equilibria().size()) {
            throw new UsageException("--selected-equilibrium " + selected + ": there are " + result.equilibria().size()
                    + " equilibria (0 to " + (result.equilibria().size() - 1) + ", -1 for none)");
        }
        PlaneFigure figure = new PlaneFigure(result, cycles, PlaneTitles.of(model, p), false, selected, -1,
                Set.of());
        target.write(d -> PlanePainter.paint(d, target.width(), target.height(), figure));
        if (args.flag("json")) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("view", "phase-plane");
            o.put("model", model.id());
            o.put("file", target.file().toString());
            o.put("width", target.width());
            o.put("height", target.height());
            o.put("x", x);
            o.put("y", y);
            o.put("window", List.of(window.xMin(), window.xMax(), window.yMin(), window.yMax()));
            List<Object> eqs = new ArrayList<>();
            for (Equilibrium e : result.equilibria()) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put(x, e.state()[0]);
                q.put(y, e.state()[1]);
                q.put("type", e.type().label());
                eqs.add(q);
            }
            o.put("equilibria", eqs);
            o.put("trajectories", result.trajectories().size());
            o.put("cycle_periods", cycles.stream().map(LimitCycle::period).toList());
            out.println(Json.write(o));
        } else {
            out.println("wrote " + target.file() + " (" + model.id() + ": " + result.equilibria().size()
                    + " equilibria, " + result.trajectories().size() + " trajectories, " + cycles.size()
                    + " limit cycles)");
        }
        return 0;
    }

    private static ModelArgument model(Arguments args) {
        String id = args.option("model");
        String system = args.option("system");
        if ((id == null) == (system == null)) {
            throw new UsageException("render phase-plane needs exactly one of --model MODEL or --system FILE");
        }
        if (system != null && !system.endsWith(".ode") && !system.contains("/")) {
            system = "./" + system;
        }
        return ModelArgument.resolve(id != null ? id : system, args.sets());
    }

    private static String variable(Arguments args, String option, String fallback, List<String> names) {
        String v = args.option(option);
        if (v == null) {
            return fallback;
        }
        if (!names.contains(v)) {
            throw new UsageException("--" + option + " " + v + ": no such variable; variables: "
                    + String.join(", ", names));
        }
        return v;
    }

    /** Parses {@code x0:x1,y0:y1}. */
    static PlaneWindow window(String text) {
        String[] axes = text.split(",");
        if (axes.length != 2) {
            throw new UsageException("--window needs x0:x1,y0:y1, got '" + text + "'");
        }
        double[] v = new double[4];
        for (int a = 0; a < 2; a++) {
            String[] r = axes[a].split(":");
            if (r.length != 2) {
                throw new UsageException("--window needs x0:x1,y0:y1, got '" + text + "'");
            }
            v[2 * a] = Arguments.number("--window", r[0]);
            v[2 * a + 1] = Arguments.number("--window", r[1]);
            if (!(v[2 * a] < v[2 * a + 1])) {
                throw new UsageException("--window: each range needs lower < upper, got '" + axes[a] + "'");
            }
        }
        return new PlaneWindow(v[0], v[1], v[2], v[3]);
    }

    /** Parses {@code x,y;x,y...} into trajectory seeds integrated forward and backward. */
    static List<PhasePortrait.Seed> seeds(String text) {
        List<PhasePortrait.Seed> seeds = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return seeds;
        }
        for (String point : text.split(";")) {
            String[] c = point.split(",");
            if (c.length != 2) {
                throw new UsageException("--trajectories needs x,y;x,y;..., got '" + point + "'");
            }
            seeds.add(new PhasePortrait.Seed(Arguments.number("--trajectories", c[0]),
                    Arguments.number("--trajectories", c[1]), Direction.BOTH));
        }
        return seeds;
    }
}
