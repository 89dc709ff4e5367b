package org.neuropynamics.core.ode;

import java.util.List;
import java.util.Map;

import org.neuropynamics.core.equations.Evaluator;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.model.Noise;
import org.neuropynamics.core.model.XppautRandom;

/**
 * The random inputs of an {@code .ode} file, drawn as XPPAUT draws them (XPPAUT's {@code markov.c},
 * {@code my_rhs.c}, {@code integrate.c}; issue 14, docs/architecture.md "The XPPAUT language"). The equations
 * read every deviate from a slot after the parameters ({@link Noise}). Before each step of length h:
 * <ol>
 * <li>with Markov chains: the fixed quantities are evaluated (drawing their deviates), then each chain draws one
 * uniform u and jumps from its state i to the first j != i (in order) with u &lt;= sum of rate(i, k) h over the
 * k up to j;</li>
 * <li>each {@code wiener} gets a standard normal deviate divided by sqrt(|h|) (constant over the step).</li>
 * </ol>
 * Before each evaluation of the right-hand side (once per step for Euler and maps, at every stage of Runge-Kutta,
 * as XPPAUT does):
 * <ol>
 * <li>the deviates of the fixed quantities, in file order;</li>
 * <li>each {@code gill} special: the total rate a, waiting time -ln(u1)/a, and the reaction whose cumulative rate
 * first exceeds a u2;</li>
 * <li>the deviates of the right-hand sides, then those of the events.</li>
 * </ol>
 * At every output
 * point (every {@code njmp} steps, and twice before the first step, once if {@code @ trans} is later than the
 * start) a file with auxiliary quantities or Markov chains draws the deviates of the fixed and auxiliary
 * quantities again and discards them, as XPPAUT's {@code extra()} does.
 */
final class OdeNoise implements Noise {

    /** What a slot holds. */
    enum Kind {
        /** a uniform deviate in (0, 1) ({@code ran}) */
        UNIFORM,
        /** a standard normal deviate ({@code normal}) */
        NORMAL,
        /** a standard normal deviate / sqrt(dt) ({@code wiener}) */
        WIENER,
        /** an element of a {@code gill} special */
        GILLESPIE
    }

    /** Where XPPAUT evaluates a random call. */
    enum Group {
        /** nowhere: function bodies are bound once for their errors only */
        NONE,
        FIXED, RHS, AUX, EVENT
    }

    /** A Markov chain: the state variable it sets, and the bound rate from state i to j. */
    record Chain(int variable, Expr[][] rates) {
    }

    /** A {@code gill} special: its first slot (the waiting time; reaction k is slot first + k) and the rates. */
    record Reactions(int firstSlot, List<Expr> rates) {
    }

    /**
     * What the binding found.
     *
     * @param parameters number of the model's parameters (slot k is {@code p[parameters + k]})
     * @param kinds kind per slot
     * @param groups slots per group, in evaluation order
     * @param wieners the wiener slots in declaration order
     * @param chains the Markov chains in declaration order
     * @param reactions the gill specials
     * @param fixed the bound fixed quantities in evaluation order (for the rates)
     * @param extra true when XPPAUT's output points evaluate the fixed quantities again (auxiliary quantities or
     *        Markov chains present)
     */
    record Spec(int parameters, List<Kind> kinds, Map<Group, List<Integer>> groups, List<Integer> wieners,
            List<Chain> chains, List<Reactions> reactions, List<Expr> fixed, boolean extra) {
        int[] slots(Group g) {
            return groups.getOrDefault(g, List.of()).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private final Spec spec;
    private final long seed;
    private final int outputEvery;
    private final double transientTime;

    OdeNoise(Spec spec, OdeOptions options) {
        this.spec = spec;
        double s = options.seed().orElse(XppautRandom.DEFAULT_SEED);
        this.seed = s >= 0 ? (long) s : XppautRandom.DEFAULT_SEED; // XPPAUT ignores a negative seed
        this.outputEvery = (int) Math.max(1, Math.round(options.outputEvery().orElse(1)));
        this.transientTime = options.transientTime().orElse(0);
    }

    @Override
    public int slots() {
        return spec.kinds().size();
    }

    @Override
    public long defaultSeed() {
        return seed;
    }

    @Override
    public Run start(long runSeed, double t0, double[] y, double[] p) {
        RunState run = new RunState(new XppautRandom(runSeed));
        if (spec.extra()) {
            run.output(p);
            if (Math.abs(t0) >= transientTime) {
                run.output(p);
            }
        }
        return run;
    }

    private final class RunState implements Run {
        private final XppautRandom random;
        private final int[] fixedSlots = spec.slots(Group.FIXED);
        private final int[] rhsSlots = spec.slots(Group.RHS);
        private final int[] auxSlots = spec.slots(Group.AUX);
        private final int[] eventSlots = spec.slots(Group.EVENT);
        private final double[] fixed = new double[spec.fixed().size()];
        private final double[] scratch;
        private final double[] next = new double[spec.chains().size()];
        private long steps;

        RunState(XppautRandom random) {
            this.random = random;
            this.scratch = new double[spec.parameters() + slots()];
        }

        @Override
        public void beforeStep(double t, double[] y, double[] p, double h) {
            if (!spec.chains().isEmpty()) {
                draw(fixedSlots, p, p);
                evaluateFixed(t, y, p);
                for (int c = 0; c < next.length; c++) {
                    next[c] = jump(spec.chains().get(c), t, y, p, Math.abs(h));
                }
                for (int c = 0; c < next.length; c++) {
                    y[spec.chains().get(c).variable()] = next[c];
                }
            }
            for (int w : spec.wieners()) {
                p[spec.parameters() + w] = random.normal(0.0, 1.0) / Math.sqrt(Math.abs(h));
            }
        }

        @Override
        public void beforeEvaluation(double t, double[] y, double[] p) {
            draw(fixedSlots, p, p);
            if (!spec.reactions().isEmpty()) {
                evaluateFixed(t, y, p);
                for (Reactions r : spec.reactions()) {
                    gillespie(r, t, y, p);
                }
            }
            draw(rhsSlots, p, p);
            draw(eventSlots, p, p);
        }

        @Override
        public void afterStep(double t, double[] y, double[] p) {
            if (spec.extra() && ++steps % outputEvery == 0) {
                output(p);
            }
        }

        /** XPPAUT's {@code extra()} at an output point: the fixed and auxiliary quantities' draws, discarded. */
        void output(double[] p) {
            draw(fixedSlots, p, scratch);
            draw(auxSlots, p, scratch);
        }

        private void draw(int[] slots, double[] p, double[] into) {
            int base = spec.parameters();
            for (int k : slots) {
                into[base + k] = spec.kinds().get(k) == Kind.UNIFORM ? random.uniform() : random.normal(0.0, 1.0);
            }
        }

        private void evaluateFixed(double t, double[] y, double[] p) {
            Evaluator e = new Evaluator(t, y, p, fixed, null);
            for (int k = 0; k < fixed.length; k++) {
                fixed[k] = e.evaluate(spec.fixed().get(k));
            }
        }

        /** XPPAUT's {@code new_state}: the coin is drawn even when the state is not one of the chain's. */
        private double jump(Chain chain, double t, double[] y, double[] p, double h) {
            double coin = random.uniform();
            double old = y[chain.variable()];
            int n = chain.rates().length;
            int row = -1;
            for (int i = 0; i < n; i++) {
                if (Math.abs(i - old) < 1e-4) {
                    row = i;
                    break;
                }
            }
            if (row < 0) {
                return old;
            }
            Evaluator e = new Evaluator(t, y, p, fixed, null);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (i != row) {
                    sum += e.evaluate(chain.rates()[row][i]) * h;
                    if (coin <= sum) {
                        return i;
                    }
                }
            }
            return old;
        }

        private double[] rateScratch = new double[0];

        /** XPPAUT's {@code one_gill_step}, method 0; with no positive total rate the waiting time stays. */
        private void gillespie(Reactions r, double t, double[] y, double[] p) {
            int base = spec.parameters() + r.firstSlot();
            int m = r.rates().size();
            Evaluator e = new Evaluator(t, y, p, fixed, null);
            if (rateScratch.length < m) {
                rateScratch = new double[m];
            }
            double[] rates = rateScratch; // called at every evaluation of the equations: no allocation per call
            double total = 0;
            for (int i = 0; i < m; i++) {
                p[base + 1 + i] = 0.0;
                rates[i] = e.evaluate(r.rates().get(i));
                total += rates[i];
            }
            if (total <= 0.0) {
                return;
            }
            p[base] = -Math.log(random.uniform()) / total;
            double test = total * random.uniform();
            double cumulative = rates[0];
            for (int i = 0; i < m; i++) {
                if (test < cumulative) {
                    p[base + 1 + i] = 1.0;
                    break;
                }
                if (i + 1 < m) {
                    cumulative += rates[i + 1];
                }
            }
        }
    }
}
