package org.neuropynamics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuropynamics.core.analysis.StateWindow;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.stability.phaseplane.PhaseLine;
import org.neuropynamics.stability.phaseplane.SaddleNode;
import org.neuropynamics.stability.phaseplane.SaddleNodeLocator;
import org.neuropynamics.stability.PhaseLineNotes;
import org.neuropynamics.stability.PlaneTitles;
import org.neuropynamics.stability.draw.LinePainter;

/**
 * {@code render stability-1d}: the 1-D Stability view's figure (F(x) with the flow on the axis, classified
 * equilibria, legend, the saddle-node note), painted by the view's painter into Java2D or SVG.
 */
final class PhaseLineRender {

    private PhaseLineRender() {
    }

    static int run(Arguments args, PrintStream out) throws IOException {
        ModelArgument m = ModelArgument.resolve(args.option("model") == null ? "inap" : args.option("model"),
                args.sets());
        Model model = m.model();
        if (model.kind() != Model.Kind.FLOW || model.dimension() != 1 || model.spikeRule() != null) {
            throw new UsageException("render stability-1d needs a one-variable flow without reset; " + model.id()
                    + " has " + model.dimension() + " variables");
        }
        RenderTarget target = RenderTarget.parse(args, 900, 600);
        boolean mV = "mV".equals(model.variables().get(0).unit());
        double[] range = range(args.option("range"), mV ? -100 : -3, mV ? 50 : 3);
        double[] p = m.parameters();
        int current = model.currentParameterIndex().orElse(-1);
        PhaseLine line;
        List<SaddleNode> folds = List.of();
        try {
            line = PhaseLine.compute(model, p, range[0], range[1], 600);
            if (current >= 0) {
                Parameter cp = model.parameters().get(current);
                folds = new SaddleNodeLocator(model, cp.name()).scanPoints(60)
                        .locate(p, cp.min(), cp.max(), StateWindow.of(range[0], range[1]));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String title = model.name() + (current < 0 ? "" : ", " + model.parameters().get(current).name() + " = "
                + PlaneTitles.number(p[current]));
        String note = PhaseLineNotes.foldNote(folds, current < 0 ? null : model.parameters().get(current).name());
        String variable = model.variables().get(0).name();
        target.write(d -> LinePainter.paint(d, target.width(), target.height(), line, variable, title, note));
        if (args.flag("json")) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("view", "stability-1d");
            o.put("model", model.id());
            o.put("file", target.file().toString());
            o.put("width", target.width());
            o.put("height", target.height());
            o.put("equilibria", line.equilibria().stream().map(e -> Map.of(variable, e.state()[0], "type",
                    e.type().label())).toList());
            o.put("saddle_nodes", folds.stream().map(SaddleNode::value).toList());
            out.println(Json.write(o));
        } else {
            out.println("wrote " + target.file() + " (" + model.id() + ": " + line.equilibria().size()
                    + " equilibria)");
        }
        return 0;
    }

    private static double[] range(String text, double lo, double hi) {
        if (text == null) {
            return new double[] {lo, hi};
        }
        String[] r = text.split(":");
        if (r.length != 2) {
            throw new UsageException("--range needs FROM:TO, got '" + text + "'");
        }
        double a = Arguments.number("--range", r[0]);
        double b = Arguments.number("--range", r[1]);
        if (!(a < b)) {
            throw new UsageException("--range needs FROM < TO, got '" + text + "'");
        }
        return new double[] {a, b};
    }
}
