package org.neuropynamics.core.model;

/** Initial state of a model, which may depend on parameters (Izhikevich: u0 = b * v0). */
@FunctionalInterface
public interface InitialState {
    void initial(double[] p, double[] y0);
}
