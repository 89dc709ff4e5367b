package org.neuropynamics.core.integrate;

/** Any explicit Runge-Kutta tableau taken with a fixed step; stage arrays preallocated. */
final class RungeKuttaScheme implements FixedStepScheme {

    private final int stages;
    private final double[] c;
    private final double[][] a;
    private final double[] b;
    private final double[][] k;
    private final double[] stageState;

    RungeKuttaScheme(ButcherTableau tableau, int n) {
        this.stages = tableau.stages();
        this.c = tableau.c();
        this.a = tableau.a();
        this.b = tableau.b();
        this.k = new double[stages][n];
        this.stageState = new double[n];
    }

    @Override
    public void step(DrivenSystem f, double t, double[] y, double h, double[] yOut) {
        int n = y.length;
        f.derivatives(t, y, k[0]);
        for (int s = 1; s < stages; s++) {
            double[] as = a[s];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < s; j++) {
                    sum += as[j] * k[j][i];
                }
                stageState[i] = y[i] + h * sum;
            }
            f.derivatives(t + c[s] * h, stageState, k[s]);
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int s = 0; s < stages; s++) {
                sum += b[s] * k[s][i];
            }
            yOut[i] = y[i] + h * sum;
        }
    }
}
