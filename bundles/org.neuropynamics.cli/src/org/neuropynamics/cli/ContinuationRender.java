package org.neuropynamics.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuropynamics.bifurcation.draw.ChartPainter;
import org.neuropynamics.bifurcation.draw.DiagramFigure;
import org.neuropynamics.core.continuation.BifurcationDiagram;
import org.neuropynamics.core.model.Model;

/**
 * {@code render continuation}: the Continuation Diagram view's figure (equilibria and limit cycles against the
 * parameter, stable solid and unstable dashed, special points labelled), painted by the view's painter into
 * Java2D or SVG. The diagram is the one {@code continue} computes.
 */
final class ContinuationRender {

    private ContinuationRender() {
    }

    static int run(Arguments args, PrintStream out, PrintStream err) {
        if (args.option("model") == null) {
            throw new UsageException("render continuation needs --model MODEL");
        }
        String param = args.option("param");
        if (param == null || args.option("from") == null || args.option("to") == null) {
            throw new UsageException("render continuation needs --param P --from A --to B");
        }
        double from = args.number("from", 0);
        double to = args.number("to", 0);
        if (from == to) {
            throw new UsageException("--from and --to must differ");
        }
        ModelArgument m = ModelArgument.resolve(args.option("model"), args.sets());
        Model model = m.model();
        if (model.kind() == Model.Kind.MAP) {
            throw new UsageException(model.id() + " is a map; continuation is for flows");
        }
        int pi = model.parameterIndex(param);
        if (pi < 0) {
            throw new UsageException("--param " + param + ": model " + model.id() + " has no parameter '" + param
                    + "'");
        }
        String variable = args.option("variable") == null ? model.variables().get(0).name() : args.option("variable");
        int vi = model.variableNames().indexOf(variable);
        if (vi < 0) {
            throw new UsageException("--variable " + variable + ": model " + model.id() + " has the variables "
                    + String.join(", ", model.variableNames()));
        }
        RenderTarget target = RenderTarget.parse(args, 1000, 650);
        double[] p = m.parameters().clone();
        p[pi] = from;
        BifurcationDiagram d;
        try {
            d = BifurcationDiagram.compute(model, p, param, from, to, m.initialState(args.option("init")),
                    !args.flag("no-cycles"), Progress.on(err, "continuing"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        DiagramFigure figure = DiagramFigure.of(d, model.variableNames(), vi, model.variables().get(vi).unit(),
                model.parameters().get(pi).unit(), model.name() + ": bifurcation diagram in " + param);
        target.write(drawing -> ChartPainter.paint(drawing, target.width(), target.height(), figure.chart()));
        if (args.flag("json")) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("view", "continuation");
            o.put("model", model.id());
            o.put("file", target.file().toString());
            o.put("width", target.width());
            o.put("height", target.height());
            o.put("param", param);
            o.put("variable", variable);
            o.put("branches", d.branches().size());
            o.put("labels", figure.labels());
            out.println(Json.write(o));
        } else {
            List<String> labels = figure.labels();
            out.println("wrote " + target.file() + " (" + model.id() + ": " + d.branches().size() + " branches, "
                    + labels.size() + " special points)");
        }
        return 0;
    }
}
