package org.neuropynamics.cli;

import java.io.PrintStream;

import org.neuropynamics.bifurcation.continuation.BifurcationDiagram;
import org.neuropynamics.core.model.Model;

/**
 * The continuation that {@code continue} and {@code render continuation} share: {@code --param P --from A --to B
 * [--init ...] [--no-cycles]} read and checked for a model ({@link #parse}), then the diagram ({@link #compute}).
 *
 * @param model the model continued
 * @param parameter index of the continued parameter
 * @param parameters parameter values, the continued one at {@code from}
 * @param from start of the parameter range
 * @param to end of the parameter range
 * @param start the state the continuation starts from
 * @param cycles whether limit cycles are followed from the Hopf points
 */
record ContinuationRun(Model model, int parameter, double[] parameters, double from, double to, double[] start,
        boolean cycles) {

    /**
     * Reads and checks the options; {@code command} names the command in messages ("continue", "render
     * continuation").
     *
     * @throws UsageException for missing or bad options
     */
    static ContinuationRun parse(String command, String modelText, Arguments args) {
        String param = args.option("param");
        if (param == null || args.option("from") == null || args.option("to") == null) {
            throw new UsageException(command + " needs --param P --from A --to B");
        }
        double from = args.number("from", 0);
        double to = args.number("to", 0);
        if (from == to) {
            throw new UsageException("--from and --to must differ");
        }
        ModelArgument m = ModelArgument.resolve(modelText, args.sets());
        Model model = m.model();
        if (model.kind() == Model.Kind.MAP) {
            throw new UsageException(model.id() + " is a map; continuation is for flows (maps: 'map')");
        }
        int pi = model.parameterIndex(param);
        if (pi < 0) {
            throw new UsageException("--param " + param + ": model " + model.id() + " has no parameter '" + param
                    + "'");
        }
        double[] p = m.parameters().clone();
        p[pi] = from;
        return new ContinuationRun(model, pi, p, from, to, m.initialState(args.option("init")),
                !args.flag("no-cycles"));
    }

    /** Name of the continued parameter. */
    String parameterName() {
        return model.parameters().get(parameter).name();
    }

    /**
     * Computes the diagram, with progress on {@code err}.
     *
     * @throws UsageException when the continuation cannot start
     */
    BifurcationDiagram compute(PrintStream err) {
        try {
            return BifurcationDiagram.compute(model, parameters, parameterName(), from, to, start, cycles,
                    Progress.on(err, "continuing"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
