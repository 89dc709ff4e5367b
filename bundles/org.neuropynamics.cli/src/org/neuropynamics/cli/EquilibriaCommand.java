package org.neuropynamics.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.analysis.Eigenvalue;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.core.analysis.EquilibriumFinder;
import org.neuropynamics.core.analysis.StateWindow;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeOptions;

/** {@code equilibria}: every equilibrium in a window, with eigenvalues and classification. */
final class EquilibriaCommand implements Command {

    @Override
    public String name() {
        return "equilibria";
    }

    @Override
    public String summary() {
        return "equilibria in a window with eigenvalues and their type";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics equilibria MODEL|--system FILE [--set NAME=VALUE]... [--window VAR=LO:HI,...] [--json]

                Finds every equilibrium inside the window (default: a window suited to each variable's unit) by a
                scan and Newton's method, and classifies it from the Jacobian's eigenvalues: stable node, unstable
                node, saddle, stable focus, unstable focus, center or degenerate (1-D: stable, unstable,
                semi-stable). --system FILE is an XPPAUT .ode file (same as giving the file as MODEL).
                Models with a threshold/reset rule (lif, adex, izhikevich, .ode files with global) mark equilibria at or
                beyond the threshold: the reset fires before an orbit reaches them.
                JSON: {model, equilibria:[{state:{var:value}, eigenvalues:[[re,im],..], type, detail, stable,
                beyond_threshold (models with a reset)}]}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("system", "window");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        String target = args.option("system");
        if (target == null) {
            if (args.positional().size() != 1) {
                throw new UsageException("equilibria needs one MODEL (a model id or an .ode file) or --system FILE");
            }
            target = args.positional().get(0);
        } else if (!args.positional().isEmpty()) {
            throw new UsageException("give either MODEL or --system FILE, not both");
        } else if (!target.endsWith(".ode") && !target.contains("/")) {
            target = "./" + target;
        }
        ModelArgument m = ModelArgument.resolve(target, args.sets());
        Model model = m.model();
        if (model.kind() == Model.Kind.MAP) {
            throw new UsageException(model.id() + " is a map; equilibria are for flows (fixed points of maps: 'map')");
        }
        StateWindow window = window(model, m.parameters(), m.options(), args.option("window"));
        List<Equilibrium> found = new EquilibriumFinder(model).find(m.parameters(), window);
        List<String> names = model.variableNames();
        if (args.flag("json")) {
            List<Object> list = new ArrayList<>();
            for (Equilibrium e : found) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("state", new LinkedHashMap<>(e.stateByName(names)));
                List<Object> eig = new ArrayList<>();
                for (Eigenvalue ev : e.eigenvalues()) {
                    eig.add(new double[] { ev.re(), ev.im() });
                }
                o.put("eigenvalues", eig);
                o.put("type", e.type().label());
                o.put("detail", e.detail());
                o.put("stable", e.stable());
                if (model.spikeRule() != null) {
                    o.put("beyond_threshold", beyondThreshold(model, m.parameters(), e));
                }
                list.add(o);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("model", model.id());
            doc.put("equilibria", list);
            out.println(Json.write(doc));
            return 0;
        }
        out.printf("%s: %d equilibri%s in %s%n", model.id(), found.size(), found.size() == 1 ? "um" : "a", describe(window, names));
        for (Equilibrium e : found) {
            StringBuilder s = new StringBuilder("  ");
            double[] y = e.state();
            for (int i = 0; i < y.length; i++) {
                s.append(names.get(i)).append('=').append(Format.number(y[i])).append(' ');
            }
            // the detail starts with the type and adds the subcase, e.g. "center (non-hyperbolic)"
            s.append(' ').append(e.detail().startsWith(e.type().label()) ? e.detail()
                    : e.type().label() + (e.detail().isEmpty() ? "" : " (" + e.detail() + ")"));
            s.append("; eigenvalues");
            for (Eigenvalue ev : e.eigenvalues()) {
                s.append(' ').append(ev.im() == 0 ? Format.number(ev.re())
                        : String.format(Locale.ROOT, "%s%+.6gi", Format.number(ev.re()), ev.im()));
            }
            if (model.spikeRule() != null && beyondThreshold(model, m.parameters(), e)) {
                s.append("; beyond the spike threshold: the reset fires before it is reached");
            }
            out.println(s);
        }
        return 0;
    }

    /**
     * True when the model's threshold/reset rule fires at (or before reaching) the equilibrium: its switching
     * function is zero or positive there, so an orbit is reset before it arrives (the LIF equilibrium v = EL
     * with EL above the threshold).
     */
    static boolean beyondThreshold(Model model, double[] p, Equilibrium e) {
        return model.spikeRule().switching(0, e.state(), p) >= 0;
    }

    private static String describe(StateWindow window, List<String> names) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(names.get(i)).append(" in [")
                    .append(Format.number(window.lower()[i])).append(", ").append(Format.number(window.upper()[i]))
                    .append(']');
        }
        return s.toString();
    }

    /** An .ode file's plot window (@ xp, yp, xlo, xhi, ylo, yhi) is where its author looks for equilibria. */
    private static void applyFileWindow(Model model, OdeOptions options, double[] lower, double[] upper) {
        List<String> names = model.variableNames();
        int x = model.variableIndex(options.xPlot().orElse(names.get(0)));
        int y = names.size() > 1 ? model.variableIndex(options.yPlot().orElse(names.get(1))) : -1;
        if (x >= 0 && options.xlo().isPresent() && options.xhi().isPresent()
                && options.xlo().getAsDouble() < options.xhi().getAsDouble()) {
            lower[x] = options.xlo().getAsDouble();
            upper[x] = options.xhi().getAsDouble();
        }
        if (y >= 0 && options.ylo().isPresent() && options.yhi().isPresent()
                && options.ylo().getAsDouble() < options.yhi().getAsDouble()) {
            lower[y] = options.ylo().getAsDouble();
            upper[y] = options.yhi().getAsDouble();
        }
    }

    private static StateWindow window(Model model, double[] p, OdeOptions options, String option) {
        StateWindow window = StateWindow.defaultFor(model, p);
        double[] lower = window.lower().clone();
        double[] upper = window.upper().clone();
        applyFileWindow(model, options, lower, upper);
        if (option == null) {
            return new StateWindow(lower, upper);
        }
        for (String part : option.split(",")) {
            int eq = part.indexOf('=');
            int colon = part.indexOf(':', eq + 1);
            if (eq <= 0 || colon < 0) {
                throw new UsageException("--window needs VAR=LO:HI[,VAR=LO:HI...], got '" + part + "'");
            }
            String var = part.substring(0, eq).strip();
            int i = model.variableIndex(var);
            if (i < 0) {
                throw new UsageException("--window " + var + ": model " + model.id() + " has no variable '" + var
                        + "'; its variables: " + String.join(", ", model.variableNames()));
            }
            lower[i] = Arguments.number("--window " + var, part.substring(eq + 1, colon));
            upper[i] = Arguments.number("--window " + var, part.substring(colon + 1));
            if (!(lower[i] < upper[i])) {
                throw new UsageException("--window " + var + ": the lower end must be below the upper end");
            }
        }
        return new StateWindow(lower, upper);
    }
}
