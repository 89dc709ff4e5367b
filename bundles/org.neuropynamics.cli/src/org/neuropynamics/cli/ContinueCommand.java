package org.neuropynamics.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.bifurcation.continuation.BifurcationDiagram;
import org.neuropynamics.bifurcation.continuation.Branch;
import org.neuropynamics.bifurcation.continuation.BranchPoint;
import org.neuropynamics.bifurcation.continuation.SpecialPoint;
import org.neuropynamics.bifurcation.continuation.SpecialPointType;
import org.neuropynamics.core.model.Model;

/** {@code continue}: one-parameter continuation of equilibria and of the limit cycles born at Hopf points. */
final class ContinueCommand implements Command {

    @Override
    public String name() {
        return "continue";
    }

    @Override
    public String summary() {
        return "bifurcation diagram: equilibria, limit cycles, folds, Hopf points";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics continue MODEL --param P --from A --to B [--set NAME=VALUE]... [--init VAR=V,...]
                                             [--no-cycles] [--json]

                Follows the equilibrium that MODEL has at P = A (Newton from its initial state, or --init) by
                pseudo-arclength continuation up to P = B, with stability from the eigenvalues, and locates folds
                (LP), Hopf points (HB, with the first Lyapunov coefficient l1: < 0 supercritical, > 0 subcritical)
                and branch points (BP). Then follows the limit cycles from each Hopf point (multiple shooting) with
                period, min/max and Floquet multipliers, locating folds of cycles (LPC) and period doublings (PD).
                JSON: {param, branches:[{kind: equilibrium|cycle, points:[{p, state, stable, period_ms?, min?, max?}],
                stop}], special:[{type, p, state, l1?, criticality?, period_ms?}]}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("param", "from", "to", "init");
    }

    @Override
    public Set<String> switches() {
        return Set.of("no-cycles");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        if (args.positional().size() != 1) {
            throw new UsageException("continue needs one MODEL (a model id or an .ode file)");
        }
        ContinuationRun run = ContinuationRun.parse("continue", args.positional().get(0), args);
        Model model = run.model();
        String param = run.parameterName();
        BifurcationDiagram d = run.compute(err);
        List<String> names = model.variableNames();
        if (args.flag("json")) {
            out.println(Json.write(json(d, names)));
            return 0;
        }
        for (Branch b : d.branches()) {
            BranchPoint first = b.points().get(0);
            BranchPoint last = b.points().get(b.points().size() - 1);
            out.printf("%s branch: %d points, %s = %s .. %s (%s)%n", b.kind().label(), b.points().size(), param,
                    Format.number(first.parameter()), Format.number(last.parameter()), b.stopReason());
            for (SpecialPoint s : b.specialPoints()) {
                StringBuilder line = new StringBuilder("  ").append(s.type()).append(' ').append(param).append('=')
                        .append(Format.number(s.parameter()));
                for (int i = 0; i < names.size(); i++) {
                    line.append(' ').append(names.get(i)).append('=').append(Format.number(s.state()[i]));
                }
                if (s.type() == SpecialPointType.HB) {
                    line.append(" l1=").append(Format.number(s.firstLyapunovCoefficient())).append(" (")
                            .append(s.criticality()).append(')');
                }
                if (!Double.isNaN(s.period())) {
                    line.append(" period=").append(Format.number(s.period())).append(" ms");
                }
                out.println(line);
            }
        }
        return 0;
    }

    private static Map<String, Object> json(BifurcationDiagram d, List<String> names) {
        List<Object> branches = new ArrayList<>();
        for (Branch b : d.branches()) {
            List<Object> points = new ArrayList<>();
            for (BranchPoint bp : b.points()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("p", bp.parameter());
                o.put("state", byName(bp.state(), names));
                o.put("stable", bp.stable());
                if (bp.isCycle()) {
                    o.put("period_ms", bp.period());
                    o.put("min", byName(bp.min(), names));
                    o.put("max", byName(bp.max(), names));
                }
                points.add(o);
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("kind", b.kind().label());
            o.put("points", points);
            o.put("stop", b.stopReason());
            branches.add(o);
        }
        List<Object> special = new ArrayList<>();
        for (SpecialPoint s : d.specialPoints()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("type", s.type().name());
            o.put("p", s.parameter());
            o.put("state", byName(s.state(), names));
            if (s.type() == SpecialPointType.HB) {
                o.put("l1", s.firstLyapunovCoefficient());
                o.put("criticality", s.criticality());
                o.put("frequency", s.frequency());
            }
            if (!Double.isNaN(s.period())) {
                o.put("period_ms", s.period());
            }
            special.add(o);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("param", d.parameter());
        doc.put("branches", branches);
        doc.put("special", special);
        return doc;
    }

    private static Map<String, Object> byName(double[] x, List<String> names) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), x[i]);
        }
        return m;
    }
}
