package org.neuropynamics.core.model;

/** Analytic Jacobian d f_i / d y_j of a {@link VectorField}, written into {@code jac[i][j]}. */
@FunctionalInterface
public interface Jacobian {
    void jacobian(double t, double[] y, double[] p, double[][] jac);
}
