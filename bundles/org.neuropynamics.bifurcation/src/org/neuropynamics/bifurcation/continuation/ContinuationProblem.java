package org.neuropynamics.bifurcation.continuation;

/**
 * An underdetermined smooth system {@code H(u) = 0} with {@code N - 1} equations in {@code N} unknowns whose
 * last unknown is the continuation parameter: the solution set is locally a curve, followed by
 * {@link PseudoArclength}. Equilibria: {@code u = (x, p)}, {@code H = f(x, p)}; periodic orbits:
 * {@code u = (segments, T, p)} with matching and phase conditions.
 */
public interface ContinuationProblem {

    /** N, the number of unknowns (the parameter is {@code u[N - 1]}). */
    int unknowns();

    /** Writes the N - 1 residuals at u. */
    void residual(double[] u, double[] out);

    /** Writes the (N - 1) x N Jacobian of the residuals at u. */
    void jacobian(double[] u, double[][] out);

    /**
     * Weights of the unknowns in the inner product that measures arclength, {@code <a, b> = sum w_i a_i b_i}
     * (AUTO's weighted pseudo-arclength), or null for the plain Euclidean product. Weights make the step
     * size independent of the discretisation and of the units of the unknowns. Default: null.
     */
    default double[] weights() {
        return null;
    }

    /**
     * Called when u has been accepted as a point of the curve; problems with a moving reference (the phase
     * condition of periodic orbits) update it here. Default: nothing.
     */
    default void accept(double[] u) {
    }
}
