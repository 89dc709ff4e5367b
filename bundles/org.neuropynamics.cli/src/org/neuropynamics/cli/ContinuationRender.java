package org.neuropynamics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neuropynamics.bifurcation.draw.DiagramFigure;
import org.neuropynamics.plot.render.FigureFiles;
import org.neuropynamics.bifurcation.continuation.BifurcationDiagram;
import org.neuropynamics.core.model.Model;

/**
 * {@code render continuation}: the Continuation Diagram view's figure (equilibria and limit cycles against the
 * parameter, stable solid and unstable dashed, special points labelled), painted by the view's painter into
 * Java2D or SVG. The diagram is the one {@code continue} computes.
 */
final class ContinuationRender {

    private ContinuationRender() {
    }

    static int run(Arguments args, PrintStream out, PrintStream err) throws IOException {
        if (args.option("model") == null) {
            throw new UsageException("render continuation needs --model MODEL");
        }
        RenderTarget target = RenderTarget.parse(args, 1000, 650);
        ContinuationRun run = ContinuationRun.parse("render continuation", args.option("model"), args);
        Model model = run.model();
        int pi = run.parameter();
        String param = run.parameterName();
        String variable = args.option("variable") == null ? model.variables().get(0).name() : args.option("variable");
        int vi = model.variableNames().indexOf(variable);
        if (vi < 0) {
            throw new UsageException("--variable " + variable + ": model " + model.id() + " has the variables "
                    + String.join(", ", model.variableNames()));
        }
        BifurcationDiagram d = run.compute(err);
        DiagramFigure figure = DiagramFigure.of(d, model.variableNames(), vi, model.variables().get(vi).unit(),
                model.parameters().get(pi).unit(), model.name() + ": bifurcation diagram in " + param);
        target.write(FigureFiles.painter(figure.chart(), target.width(), target.height()));
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
            out.println("wrote " + target.file() + " (" + model.id() + ": " + d.branches().size() + " branches, "
                    + figure.labels().size() + " special points)");
        }
        return 0;
    }
}
