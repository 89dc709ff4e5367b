package org.neuropynamics.core.ode;

import java.util.Locale;

import org.neuropynamics.core.equations.Evaluator;
import org.neuropynamics.core.integrate.DivergenceException;
import org.neuropynamics.core.model.AlgebraicSolver;

/**
 * XPPAUT's Newton solution of an algebraic equation {@code 0= g} with {@code solv y} (XPPAUT 6.11's
 * {@code dae_fun.c}, {@code solve_dae}; issue 14, docs/architecture.md "The XPPAUT language"), run before every
 * evaluation of the right-hand side. From the last solution y: if |g(y)| &lt; NEWT_TOL, y is the solution;
 * otherwise the derivative is the forward difference with step JAC_EPS max(|y|, JAC_EPS), y -= g/g', and when
 * |g/g'| &lt; NEWT_TOL the new y is the solution (so XPPAUT's y is off the exact root by up to about NEWT_TOL,
 * which its trajectory carries); at most NEWT_ITER iterations. NEWT_TOL 1e-3, JAC_EPS 1e-3, NEWT_ITER 100 whatever
 * the file says: XPPAUT 6.11 reads {@code @ newt_tol}, {@code jac_eps}, {@code newt_iter} but then resets them to
 * these defaults ({@code set_all_vals} tests other flags than the ones the options clear; xppaut's output of
 * dae.ode with its {@code newt_tol=1e-8} and of dae_ex3.ode without its {@code JAC_EPS=1e-5} are the same bytes
 * as without them). A zero derivative, too many iterations
 * or a Newton step beyond the file's bound stop the run, as they stop XPPAUT's. Hand-written: matching XPPAUT
 * needs its exact iteration and stopping rule.
 */
final class OdeAlgebraic implements AlgebraicSolver {

    private final OdeBinding.Constraint constraint;
    private final String name;
    private final int line;
    private final double tolerance;
    private final double jacobianStep;
    private final int maxIterations;
    private final double bound;

    OdeAlgebraic(OdeBinding.Constraint constraint, String name, int line, OdeOptions options) {
        this.constraint = constraint;
        this.name = name;
        this.line = line;
        this.tolerance = 1e-3;
        this.jacobianStep = 1e-3;
        this.maxIterations = 100;
        this.bound = options.bound().orElse(OdeRunSettings.BOUND);
    }

    @Override
    public int variable() {
        return constraint.variable();
    }

    @Override
    public Run start(double[] y0) {
        double[] last = {y0[constraint.variable()]};
        int k = constraint.variable();
        return new Run() {
            @Override
            public void solve(double t, double[] y, double[] p) {
                double v = last[0];
                for (int iteration = 0;; iteration++) {
                    y[k] = v;
                    double g = Evaluator.evaluate(constraint.g(), t, y, p);
                    if (Math.abs(g) < tolerance) {
                        last[0] = v;
                        return;
                    }
                    double z = Math.max(Math.abs(v), jacobianStep);
                    double delta = jacobianStep * z;
                    y[k] = v + delta;
                    double slope = (Evaluator.evaluate(constraint.g(), t, y, p) - g) / delta;
                    if (slope == 0 || !Double.isFinite(slope) || !Double.isFinite(g)) {
                        throw failure(t, "its derivative in " + name + " is 0");
                    }
                    double step = g / slope;
                    v -= step;
                    if (Math.abs(step) > bound) {
                        throw failure(t, "Newton's step exceeds the bound " + bound);
                    }
                    if (Math.abs(step) < tolerance) {
                        y[k] = v;
                        last[0] = v;
                        return;
                    }
                    if (iteration + 1 > maxIterations) {
                        throw failure(t, "Newton's method needs more than " + maxIterations + " iterations");
                    }
                }
            }

            @Override
            public double last() {
                return last[0];
            }
        };
    }

    private DivergenceException failure(double t, String why) {
        return new DivergenceException(name, t, Double.NaN, String.format(Locale.ROOT,
                "the algebraic equation of line %d has no solution for %s near t = %.6g (%s; XPPAUT stops there too)",
                line, name, t, why));
    }
}
