package org.neuropynamics.core.integrate;

/**
 * The classical fourth-order Runge-Kutta step written out: the same numbers as {@link ButcherTableau#RK4}
 * through {@link RungeKuttaScheme}, without the generic stage loops (the hot path of single-neuron views).
 */
final class ClassicalRungeKuttaScheme implements FixedStepScheme {

    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] ys;

    ClassicalRungeKuttaScheme(int n) {
        k1 = new double[n];
        k2 = new double[n];
        k3 = new double[n];
        k4 = new double[n];
        ys = new double[n];
    }

    @Override
    public void step(DrivenSystem f, double t, double[] y, double h, double[] yOut) {
        int n = y.length;
        double half = 0.5 * h;
        f.derivatives(t, y, k1);
        for (int i = 0; i < n; i++) {
            ys[i] = y[i] + half * k1[i];
        }
        f.derivatives(t + half, ys, k2);
        for (int i = 0; i < n; i++) {
            ys[i] = y[i] + half * k2[i];
        }
        f.derivatives(t + half, ys, k3);
        for (int i = 0; i < n; i++) {
            ys[i] = y[i] + h * k3[i];
        }
        f.derivatives(t + h, ys, k4);
        double sixth = h / 6;
        for (int i = 0; i < n; i++) {
            yOut[i] = y[i] + sixth * (k1[i] + 2 * (k2[i] + k3[i]) + k4[i]);
        }
    }
}
