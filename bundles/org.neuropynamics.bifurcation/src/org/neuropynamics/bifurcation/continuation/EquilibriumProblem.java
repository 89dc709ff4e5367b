package org.neuropynamics.bifurcation.continuation;

/** Equilibria as a curve: unknowns {@code u = (x, p)}, equations {@code f(x, p) = 0}. */
final class EquilibriumProblem implements ContinuationProblem {

    private final ParameterizedSystem system;
    private final int n;
    private final double[] x;
    private final double[] fp;
    private final double[][] fx;

    EquilibriumProblem(ParameterizedSystem system) {
        this.system = system;
        this.n = system.dimension();
        this.x = new double[n];
        this.fp = new double[n];
        this.fx = new double[n][n];
    }

    @Override
    public int unknowns() {
        return n + 1;
    }

    @Override
    public void residual(double[] u, double[] out) {
        System.arraycopy(u, 0, x, 0, n);
        system.field(x, u[n], out);
    }

    @Override
    public void jacobian(double[] u, double[][] out) {
        System.arraycopy(u, 0, x, 0, n);
        system.stateJacobian(x, u[n], fx);
        system.parameterDerivative(x, u[n], fp);
        for (int i = 0; i < n; i++) {
            System.arraycopy(fx[i], 0, out[i], 0, n);
            out[i][n] = fp[i];
        }
    }
}
