package org.neuropynamics.core.model;

/**
 * Right-hand side of an autonomous or time-dependent system dy/dt = f(t, y; p).
 * <p>
 * Implementations write into the caller's {@code dydt} array and must not allocate: this is called
 * millions of times per second by the integrators. For maps ({@link Model.Kind#MAP}) {@code dydt}
 * receives the next state instead of the derivative.
 */
@FunctionalInterface
public interface VectorField {
    void derivatives(double t, double[] y, double[] p, double[] dydt);
}
