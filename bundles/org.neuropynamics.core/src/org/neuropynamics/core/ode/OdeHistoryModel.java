package org.neuropynamics.core.ode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.equations.Evaluator;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.ExpressionParser;
import org.neuropynamics.core.equations.FunctionDefinition;
import org.neuropynamics.core.integrate.HistoryEquations;
import org.neuropynamics.core.model.Model;

/**
 * Builds the model of an {@code .ode} file with delays {@code delay(x, tau)} or Volterra integrals (issue 14).
 * Each delay and each integral becomes a hidden input of the equations (a parameter {@code delay__N} or
 * {@code kernel__N} that the run sets before every evaluation), and each tau, integrand, convolution kernel and
 * history a hidden fixed quantity; the file is then bound as any other, so names, functions and errors behave
 * as everywhere. The equations are interpreted ({@link Evaluator}), not compiled: the run
 * ({@code core.integrate.HistoryRun}) evaluates them with the stored past.
 */
final class OdeHistoryModel {

    static final String KERNEL = "kernel__";
    static final String DELAY = "delay__";
    static final String T_PRIME = "tprime__";
    private static final String TAU = "tau__";
    private static final String INTEGRAND = "integrand__";
    private static final String CONVOLUTION = "convolution__";
    private static final String HISTORY = "history__";
    /** XPPAUT's default number of points a Volterra integral keeps ({@code MaxPoints}). */
    private static final int VOLTERRA_POINTS = 4000;

    private OdeHistoryModel() {
    }

    /** True when the file has a delay, an integral or an integral equation. */
    static boolean needed(OdeFile file) {
        if (!file.history().kernels().isEmpty() || !file.history().integralVariables().isEmpty()) {
            return true;
        }
        List<Delay> found = new ArrayList<>();
        for (OdeFile.Variable v : file.variables()) {
            replaceDelays(v.rightHandSide(), found);
        }
        for (OdeFile.Definition f : file.fixed()) {
            replaceDelays(f.value(), found);
        }
        for (OdeFile.Definition a : file.auxiliaries()) {
            replaceDelays(a.value(), found);
        }
        return !found.isEmpty();
    }

    private record Delay(String variable, Expr tau, int line, int column) {
    }

    /** The tree with every {@code delay(x, tau)} replaced by its input {@code delay__N}, recorded in {@code found}. */
    private static Expr replaceDelays(Expr e, List<Delay> found) {
        return switch (e) {
            case Expr.Call c when c.function().equalsIgnoreCase("delay") -> {
                if (c.arguments().size() != 2) {
                    throw new EquationException(c.line(), c.column(), "delay takes 2 arguments (delay(x, tau)), found "
                            + c.arguments().size());
                }
                if (!(c.arguments().get(0) instanceof Expr.Name x)) {
                    throw new EquationException(c.line(), c.column(), "the first argument of delay(x, tau) must be a "
                            + "state variable");
                }
                Expr tau = replaceDelays(c.arguments().get(1), found);
                found.add(new Delay(x.name(), tau, c.line(), c.column()));
                yield new Expr.Name(DELAY + (found.size() - 1), c.line(), c.column());
            }
            case Expr.Call c -> {
                List<Expr> args = new ArrayList<>();
                for (Expr a : c.arguments()) {
                    args.add(replaceDelays(a, found));
                }
                yield new Expr.Call(c.function(), args, c.line(), c.column());
            }
            case Expr.Neg n -> new Expr.Neg(replaceDelays(n.operand(), found));
            case Expr.Binary b -> new Expr.Binary(b.op(), replaceDelays(b.left(), found), replaceDelays(b.right(), found));
            case Expr.Cond c -> new Expr.Cond(replaceDelays(c.condition(), found), replaceDelays(c.whenTrue(), found),
                    replaceDelays(c.whenFalse(), found));
            case Expr.Apply a -> {
                List<Expr> args = new ArrayList<>();
                for (Expr x : a.arguments()) {
                    args.add(replaceDelays(x, found));
                }
                yield new Expr.Apply(a.function(), args);
            }
            default -> e;
        };
    }

    /** The tree with the name t replaced by a number (a history statement read as an initial value). */
    private static Expr atTime(Expr e, double t) {
        return switch (e) {
            case Expr.Name n when n.name().equalsIgnoreCase("t") -> new Expr.Num(t);
            case Expr.Call c -> {
                List<Expr> args = new ArrayList<>();
                for (Expr a : c.arguments()) {
                    args.add(atTime(a, t));
                }
                yield new Expr.Call(c.function(), args, c.line(), c.column());
            }
            case Expr.Neg n -> new Expr.Neg(atTime(n.operand(), t));
            case Expr.Binary b -> new Expr.Binary(b.op(), atTime(b.left(), t), atTime(b.right(), t));
            case Expr.Cond c -> new Expr.Cond(atTime(c.condition(), t), atTime(c.whenTrue(), t),
                    atTime(c.whenFalse(), t));
            default -> e;
        };
    }

    /** The file with its delays and integrals as hidden inputs, bound (for checking and symbolic work). */
    static EquationSystem bind(OdeFile file) {
        return expand(file).bound().system();
    }

    /** The bound expansion, the delays found and the line of the first delay or integral. */
    private record Expansion(OdeBinding.Result bound, List<Delay> delays, int line, int extraParameters) {
    }

    private static Expansion expand(OdeFile file) {
        if (file.map()) {
            throw new EquationException(file.variables().get(0).line(), 0,
                    "delays and Volterra integrals need a differential equation, not a map");
        }
        List<Delay> delays = new ArrayList<>();
        List<OdeFile.Variable> variables = new ArrayList<>();
        for (OdeFile.Variable v : file.variables()) {
            variables.add(new OdeFile.Variable(v.name(), replaceDelays(v.rightHandSide(), delays), v.line()));
        }
        List<OdeFile.Definition> fixed = new ArrayList<>();
        for (OdeFile.Definition f : file.fixed()) {
            fixed.add(new OdeFile.Definition(f.name(), replaceDelays(f.value(), delays), f.line(), f.column()));
        }
        List<OdeFile.Definition> auxiliaries = new ArrayList<>();
        for (OdeFile.Definition a : file.auxiliaries()) {
            auxiliaries.add(new OdeFile.Definition(a.name(), replaceDelays(a.value(), delays), a.line(), a.column()));
        }
        for (FunctionDefinition f : file.functions()) {
            List<Delay> inFunction = new ArrayList<>();
            replaceDelays(f.body(), inFunction);
            if (!inFunction.isEmpty()) {
                throw new EquationException(f.line(), 0, "delay(x, tau) inside the function '" + f.name()
                        + "' is not supported; write it in the equation that calls the function");
            }
        }
        for (OdeFile.GlobalEvent g : file.events()) {
            List<Delay> inEvent = new ArrayList<>();
            replaceDelays(g.condition(), inEvent);
            if (!inEvent.isEmpty() || !delays.isEmpty() || !file.history().kernels().isEmpty()) {
                throw new EquationException(g.line(), 0, "global events with delays or Volterra integrals are not "
                        + "supported");
            }
        }
        OdeHistory history = file.history();
        int line = Integer.MAX_VALUE;
        for (Delay d : delays) {
            line = Math.min(line, d.line());
        }
        for (OdeHistory.Kernel k : history.kernels()) {
            line = Math.min(line, k.line());
        }
        if (line == Integer.MAX_VALUE) {
            line = file.variables().get(0).line();
        }
        List<OdeFile.ParameterDeclaration> parameters = new ArrayList<>(file.parameters());
        for (int d = 0; d < delays.size(); d++) {
            parameters.add(new OdeFile.ParameterDeclaration(DELAY + d, 0, delays.get(d).line()));
            fixed.add(new OdeFile.Definition(TAU + d, delays.get(d).tau(), delays.get(d).line(), delays.get(d).column()));
        }
        for (OdeHistory.Kernel k : history.kernels()) {
            parameters.add(new OdeFile.ParameterDeclaration(k.name(), 0, k.line()));
            int index = Integer.parseInt(k.name().substring(KERNEL.length()));
            List<Delay> inIntegral = new ArrayList<>();
            Expr integrand = replaceDelays(ExpressionParser.parse(k.integrand(), k.line(), k.column()), inIntegral);
            if (!inIntegral.isEmpty()) {
                throw new EquationException(k.line(), k.column(), "delay(x, tau) inside a Volterra integral is not "
                        + "supported");
            }
            fixed.add(new OdeFile.Definition(INTEGRAND + index, integrand, k.line(), k.column()));
            if (k.convolution() != null) {
                fixed.add(new OdeFile.Definition(CONVOLUTION + index,
                        ExpressionParser.parse(k.convolution(), k.line(), k.column()), k.line(), k.column()));
            }
        }
        parameters.add(new OdeFile.ParameterDeclaration(T_PRIME, 0, line));
        List<OdeFile.Definition> initials = new ArrayList<>();
        for (OdeFile.Definition d : file.initials()) {
            boolean isHistory = history.histories().stream()
                    .anyMatch(h -> h.line() == d.line() && h.variable().equalsIgnoreCase(d.name()));
            initials.add(isHistory ? new OdeFile.Definition(d.name(), atTime(d.value(), 0), d.line(), d.column()) : d);
        }
        for (OdeHistory.History h : history.histories()) {
            fixed.add(new OdeFile.Definition(HISTORY + h.variable().toLowerCase(Locale.ROOT),
                    ExpressionParser.parse(h.expression(), h.line(), h.column()), h.line(), h.column()));
        }
        OdeFile expanded = new OdeFile(file.fileName(), file.description(), variables, false, parameters,
                file.constants(), initials, file.functions(), fixed, auxiliaries, file.events(), file.options(),
                file.warnings(), file.presets(), file.algebraics(), history, file.stochastic());
        OdeBinding.Result bound = OdeBinding.bind(expanded);
        if (bound.noise() != null || file.stochastic().any()) {
            // the history solver draws no random numbers: refused rather than run without them (issue 14)
            throw new EquationException(line, 0, "random inputs (wiener, ran, normal, markov, gill) together with "
                    + "delays or Volterra integrals are not supported");
        }
        return new Expansion(bound, delays, line, parameters.size() - file.parameters().size());
    }

    static Model build(String id, String name, OdeFile file) {
        Expansion expansion = expand(file);
        OdeBinding.Result bound = expansion.bound();
        List<Delay> delays = expansion.delays();
        int line = expansion.line();
        OdeHistory history = file.history();
        EquationSystem system = bound.system();
        if (!bound.algebraics().isEmpty()) {
            throw new EquationException(file.algebraics().get(0).line(), 0,
                    "algebraic equations with delays or Volterra integrals are not supported");
        }
        int n = system.dimension();
        List<String> states = system.stateNames();
        int[] delayed = new int[delays.size()];
        for (int d = 0; d < delays.size(); d++) {
            Delay delay = delays.get(d);
            delayed[d] = indexOf(states, delay.variable());
            if (delayed[d] < 0) {
                throw new EquationException(delay.line(), delay.column(), "delay(" + delay.variable()
                        + ", tau): '" + delay.variable() + "' is not a state variable (XPPAUT delays state variables only)");
            }
        }
        boolean[] integral = new boolean[n];
        for (int i = 0; i < n; i++) {
            integral[i] = history.integralVariables().contains(states.get(i).toLowerCase(Locale.ROOT));
        }
        int nk = history.kernels().size();
        double[] mu = new double[nk];
        boolean[] conv = new boolean[nk];
        for (int k = 0; k < nk; k++) {
            mu[k] = history.kernels().get(k).mu();
            conv[k] = history.kernels().get(k).convolution() != null;
        }
        double maxDelay = file.options().maxDelay().orElse(0);
        int points = (int) Math.max(1, Math.min(Integer.MAX_VALUE / 2, file.options().volterraPoints().orElse(VOLTERRA_POINTS)));
        HistoryEquations.Layout layout = new HistoryEquations.Layout(delayed, maxDelay, mu, conv, integral, points,
                system.fixed().size(), line);
        HistorySystem field = new HistorySystem(system, layout, file.parameters().size(), delays.size(), nk);

        Model.Builder b = OdeModelLoader.builder(id, name, file, Model.Kind.FLOW);
        b.field(field);
        List<Expr> starts = bound.initials();
        int extra = expansion.extraParameters();
        b.initialState((p, y0) -> {
            double[] pe = java.util.Arrays.copyOf(p, p.length + extra);
            for (int i = 0; i < y0.length; i++) {
                Expr e = starts.get(i);
                y0[i] = e == null ? 0.0 : Evaluator.evaluate(e, 0.0, y0, pe);
            }
        });
        return b.build();
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The equations with their hidden inputs, evaluated by the interpreter. */
    private static final class HistorySystem implements HistoryEquations {
        private final EquationSystem system;
        private final Layout layout;
        private final int realParameters;
        private final int delayOffset;
        private final int kernelOffset;
        private final int tPrime;
        private final int[] tau;
        private final int[] integrand;
        private final int[] convolution;
        private final int[] history;
        private final Expr[] fixed;
        private final Expr[] rhs;

        HistorySystem(EquationSystem system, Layout layout, int realParameters, int delays, int kernels) {
            this.system = system;
            this.layout = layout;
            this.realParameters = realParameters;
            List<String> p = system.parameterNames();
            this.delayOffset = delays > 0 ? p.indexOf(DELAY + 0) : realParameters;
            this.kernelOffset = kernels > 0 ? p.indexOf(KERNEL + 0) : realParameters;
            this.tPrime = p.indexOf(T_PRIME);
            Map<String, Integer> fixedIndex = new java.util.HashMap<>();
            for (int k = 0; k < system.fixedNames().size(); k++) {
                fixedIndex.put(system.fixedNames().get(k), k);
            }
            tau = new int[delays];
            for (int d = 0; d < delays; d++) {
                tau[d] = fixedIndex.get(TAU + d);
            }
            integrand = new int[kernels];
            convolution = new int[kernels];
            for (int k = 0; k < kernels; k++) {
                integrand[k] = fixedIndex.get(INTEGRAND + k);
                convolution[k] = fixedIndex.getOrDefault(CONVOLUTION + k, -1);
            }
            history = new int[system.dimension()];
            for (int i = 0; i < history.length; i++) {
                history[i] = fixedIndex.getOrDefault(HISTORY + system.stateNames().get(i).toLowerCase(Locale.ROOT), -1);
            }
            fixed = system.fixed().toArray(new Expr[0]);
            rhs = system.rightHandSides().toArray(new Expr[0]);
        }

        @Override
        public Layout layout() {
            return layout;
        }

        @Override
        public Evaluation evaluation(double[] parameters, DelayLookup lookup) {
            return new Work(parameters, lookup);
        }

        /** As a plain vector field: delays read the current state, integrals are 0, integral equations stand still. */
        @Override
        public void derivatives(double t, double[] y, double[] p, double[] dydt) {
            new Work(p, (d, tau, state) -> state[layout.delayedVariables()[d]]).rightHandSides(t, y,
                    new double[layout.exponents().length], dydt);
            for (int i = 0; i < dydt.length; i++) {
                if (layout.integralEquations()[i]) {
                    dydt[i] = 0;
                }
            }
        }

        private final class Work implements Evaluation {
            private final double[] p;
            private final double[] values;
            private final double[] zeros;
            private final DelayLookup lookup;

            Work(double[] parameters, DelayLookup lookup) {
                this.p = java.util.Arrays.copyOf(parameters, system.parameterNames().size());
                java.util.Arrays.fill(p, realParameters, p.length, 0.0);
                this.values = new double[fixed.length];
                this.zeros = new double[system.dimension()];
                this.lookup = lookup;
            }

            private void computeFixed(double t, double[] y) {
                Evaluator ev = new Evaluator(t, y, p, values, null);
                for (int k = 0; k < fixed.length; k++) {
                    values[k] = ev.evaluate(fixed[k]);
                }
            }

            private void prepare(double t, double[] y, double[] integrals) {
                if (integrals.length == integrand.length) {
                    System.arraycopy(integrals, 0, p, kernelOffset, integrals.length);
                }
                if (tau.length > 0) {
                    for (int d = 0; d < tau.length; d++) {
                        p[delayOffset + d] = y[layout.delayedVariables()[d]];
                    }
                    computeFixed(t, y);
                    for (int d = 0; d < tau.length; d++) {
                        p[delayOffset + d] = lookup.value(d, values[tau[d]], y);
                    }
                }
                computeFixed(t, y);
            }

            @Override
            public void history(double t, double[] out) {
                Evaluator ev = new Evaluator(t, zeros, p, values, null);
                for (int i = 0; i < out.length; i++) {
                    out[i] = history[i] < 0 ? 0.0 : ev.evaluate(fixed[history[i]]);
                }
            }

            @Override
            public void rightHandSides(double t, double[] y, double[] integrals, double[] out) {
                prepare(t, y, integrals);
                Evaluator ev = new Evaluator(t, y, p, values, null);
                for (int i = 0; i < rhs.length; i++) {
                    out[i] = ev.evaluate(rhs[i]);
                }
            }

            @Override
            public void fixed(double t, double[] y, double[] integrals, double[] out) {
                prepare(t, y, integrals);
                System.arraycopy(values, 0, out, 0, values.length);
            }

            @Override
            public double integrand(int k, double t, double tPrimeValue, double[] y, double[] fixedValues) {
                p[tPrime] = tPrimeValue;
                return new Evaluator(t, y, p, fixedValues, null).evaluate(fixed[integrand[k]]);
            }

            @Override
            public double convolutionKernel(int k, double t) {
                return new Evaluator(t, zeros, p, values, null).evaluate(fixed[convolution[k]]);
            }
        }
    }
}
