package org.neuropynamics.bifurcation.continuation;

import org.neuropynamics.core.analysis.JacobianEvaluator;
import org.neuropynamics.core.analysis.ShootingFlow;
import org.neuropynamics.core.model.Model;

/**
 * A model's vector field as a function of its state and of one free parameter, {@code f(x, p)}, with the
 * other parameters fixed: the object that continuation differentiates. The state Jacobian is the model's
 * analytic one when it has one (else central differences); the parameter derivative is a central difference.
 * Not thread-safe (work arrays).
 */
public final class ParameterizedSystem implements ShootingFlow.Field {

    private static final double CBRT_EPS = Math.cbrt(Math.ulp(1.0));

    private final Model model;
    private final double[] parameters;
    private final int parameterIndex;
    private final JacobianEvaluator jacobian;
    private final double[] work;
    private final double[] plus;
    private final double[] minus;

    /**
     * @param model a flow
     * @param parameters values of all parameters (copied); the free one's entry is overwritten on each call
     * @param parameterName the free parameter
     * @throws IllegalArgumentException when the model has no such parameter
     */
    public ParameterizedSystem(Model model, double[] parameters, String parameterName) {
        this.model = model;
        this.parameters = parameters.clone();
        this.parameterIndex = model.parameterIndex(parameterName);
        if (parameterIndex < 0) {
            throw new IllegalArgumentException("model " + model.id() + " has no parameter '" + parameterName
                    + "'; its parameters: " + String.join(", ",
                            model.parameters().stream().map(p -> p.name()).toList()));
        }
        this.jacobian = new JacobianEvaluator(model, null);
        int n = model.dimension();
        this.work = new double[n];
        this.plus = new double[n];
        this.minus = new double[n];
    }

    public Model model() {
        return model;
    }

    /** The state dimension n. */
    public int dimension() {
        return model.dimension();
    }

    /** Name of the free parameter. */
    public String parameterName() {
        return model.parameters().get(parameterIndex).name();
    }

    /** All parameter values with the free one set to p (a fresh array). */
    public double[] parametersAt(double p) {
        double[] q = parameters.clone();
        q[parameterIndex] = p;
        return q;
    }

    /** f(x, p) into out. */
    public void field(double[] x, double p, double[] out) {
        parameters[parameterIndex] = p;
        model.field().derivatives(0, x, parameters, out);
    }

    /** df/dx at (x, p) into jac (n x n). */
    public void stateJacobian(double[] x, double p, double[][] jac) {
        parameters[parameterIndex] = p;
        jacobian.evaluate(0, x, parameters, jac);
    }

    /** df/dp at (x, p) into out, by a central difference. */
    public void parameterDerivative(double[] x, double p, double[] out) {
        double h = CBRT_EPS * Math.max(1, Math.abs(p));
        double up = p + h;
        double down = p - h;
        System.arraycopy(x, 0, work, 0, x.length);
        parameters[parameterIndex] = up;
        model.field().derivatives(0, work, parameters, plus);
        parameters[parameterIndex] = down;
        model.field().derivatives(0, work, parameters, minus);
        parameters[parameterIndex] = p;
        double span = up - down;
        for (int i = 0; i < out.length; i++) {
            out[i] = (plus[i] - minus[i]) / span;
        }
    }

    /** A fresh n x n Jacobian at (x, p). */
    public double[][] stateJacobian(double[] x, double p) {
        double[][] jac = new double[dimension()][dimension()];
        stateJacobian(x, p, jac);
        return jac;
    }
}
