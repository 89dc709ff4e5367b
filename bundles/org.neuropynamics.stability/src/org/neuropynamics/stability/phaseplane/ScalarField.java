package org.neuropynamics.stability.phaseplane;

/** A real function of the plane, such as one component of a planar vector field. */
@FunctionalInterface
public interface ScalarField {
    /** The value at (x, y). */
    double value(double x, double y);
}
