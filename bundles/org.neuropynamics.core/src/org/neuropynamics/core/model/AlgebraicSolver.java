package org.neuropynamics.core.model;

/**
 * XPPAUT's way of running an algebraic equation {@code 0= g(t, x, y)} with {@code solv y} (issue 14,
 * docs/architecture.md "The XPPAUT language"): y is solved by Newton's method before every evaluation of the
 * right-hand side, starting from its last solution, and the stored y is the last solution after each step. The
 * model keeps y as a state variable whose derivative keeps g at 0 (for the analyses); fixed-step and
 * Cash-Karp runs replace it by this solver, as XPPAUT's {@code my_rhs} does with {@code do_daes}.
 */
public interface AlgebraicSolver {

    /** The state variable the algebraic equation determines. */
    int variable();

    /** A run's solver, its last solution taken from the initial state. */
    Run start(double[] y0);

    /** The state of one run. */
    interface Run {
        /**
         * Solves g(t, y) = 0 for {@code y[variable()]} from the last solution and writes it into y.
         *
         * @throws RuntimeException (the run's divergence exception) when Newton's method fails: XPPAUT stops the
         *         integration there
         */
        void solve(double t, double[] y, double[] p);

        /** The last solution. */
        double last();
    }
}
