package org.neuropynamics.bifurcation.maps;

import org.neuropynamics.core.analysis.JacobianEvaluator;
import org.neuropynamics.core.model.Model;

/**
 * A {@link Model.Kind#MAP} model with fixed parameter values, iterated in place: {@code y <- f(y)}. The
 * Jacobian is the model's analytic one when it has one, else central differences. Not thread-safe.
 */
public final class IteratedMap {

    private final Model model;
    private final double[] parameters;
    private final double[] next;
    private final JacobianEvaluator jacobian;

    /**
     * @throws IllegalArgumentException when the model is a flow
     */
    public IteratedMap(Model model, double[] parameters) {
        if (model.kind() != Model.Kind.MAP) {
            throw new IllegalArgumentException(model.id() + " is a flow, not a map");
        }
        this.model = model;
        this.parameters = parameters.clone();
        this.next = new double[model.dimension()];
        this.jacobian = new JacobianEvaluator(model, null);
    }

    public Model model() {
        return model;
    }

    public int dimension() {
        return model.dimension();
    }

    /** The parameter values (the map's own copy; change entries to move the map). */
    public double[] parameters() {
        return parameters;
    }

    /** Replaces y by f(y). */
    public void step(double[] y) {
        model.field().derivatives(0, y, parameters, next);
        System.arraycopy(next, 0, y, 0, y.length);
    }

    /** Applies {@link #step} count times. */
    public void iterate(double[] y, long count) {
        for (long i = 0; i < count; i++) {
            step(y);
        }
    }

    /** The Jacobian Df(y) into jac. */
    public void jacobian(double[] y, double[][] jac) {
        jacobian.evaluate(0, y, parameters, jac);
    }

    /** Sets one parameter by name. */
    public void set(String parameter, double value) {
        int i = model.parameterIndex(parameter);
        if (i < 0) {
            throw new IllegalArgumentException("map " + model.id() + " has no parameter '" + parameter + "'");
        }
        parameters[i] = value;
    }
}
