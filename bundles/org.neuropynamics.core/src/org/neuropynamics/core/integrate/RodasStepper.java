package org.neuropynamics.core.integrate;

import org.neuropynamics.core.linalg.DenseLu;

/**
 * Hairer and Wanner's RODAS (Rodas4): a six-stage, stiffly accurate, L-stable Rosenbrock method of order 4
 * with an embedded order-3 solution (the error is the last stage, {@code k6}) and a continuous extension of
 * order 3. Coefficients of Hairer's {@code rodas.f} (method 1; Hairer and Wanner, Solving Ordinary
 * Differential Equations II, 2nd ed., section IV.7, table 7.2), in the form with {@code W = I/(gamma h) - J}:
 * <pre>
 *   W k_i = f(t + c_i h, y + sum_j a_ij k_j) + sum_j (c_ij / h) k_j + h d_i df/dt,    y1 = y + sum a_6j k_j + k6
 * </pre>
 * {@code J} comes from the model's symbolic Jacobian (finite differences for models without one) at the
 * start of the step and is kept when the step is rejected (only {@code W} is factored again); {@code df/dt}
 * by a forward difference in time (non-zero under a current protocol or time-dependent equations). The
 * linear systems are solved with the one dense LU of the core ({@link DenseLu}), factored once per attempt:
 * O(n^3) per step, fine for the tens of variables of neuron models; large sparse systems (hundreds of
 * coupled compartments) would want a sparse factorisation, which we do not have.
 */
final class RodasStepper implements AdaptiveStepper {

    private static final double GAMMA = 0.25;
    private static final double C2 = 0.386;
    private static final double C3 = 0.21;
    private static final double C4 = 0.63;
    private static final double D1 = 0.25;
    private static final double D2 = -0.1043;
    private static final double D3 = 0.1035;
    private static final double D4 = -0.3620000000000023e-01;
    private static final double A21 = 0.1544e+01;
    private static final double A31 = 0.9466785280815826;
    private static final double A32 = 0.2557011698983284;
    private static final double A41 = 0.3314825187068521e+01;
    private static final double A42 = 0.2896124015972201e+01;
    private static final double A43 = 0.9986419139977817;
    private static final double A51 = 0.1221224509226641e+01;
    private static final double A52 = 0.6019134481288629e+01;
    private static final double A53 = 0.1253708332932087e+02;
    private static final double A54 = -0.6878860361058950;
    private static final double C21 = -0.56688e+01;
    private static final double C31 = -0.2430093356833875e+01;
    private static final double C32 = -0.2063599157091915;
    private static final double C41 = -0.1073529058151375;
    private static final double C42 = -0.9594562251023355e+01;
    private static final double C43 = -0.2047028614809616e+02;
    private static final double C51 = 0.7496443313967647e+01;
    private static final double C52 = -0.1024680431464352e+02;
    private static final double C53 = -0.3399990352819905e+02;
    private static final double C54 = 0.1170890893206160e+02;
    private static final double C61 = 0.8083246795921522e+01;
    private static final double C62 = -0.7981132988064893e+01;
    private static final double C63 = -0.3152159432874371e+02;
    private static final double C64 = 0.1631930543123136e+02;
    private static final double C65 = -0.6058818238834054e+01;
    private static final double D21 = 0.1012623508344586e+02;
    private static final double D22 = -0.7487995877610167e+01;
    private static final double D23 = -0.3480091861555747e+02;
    private static final double D24 = -0.7992771707568823e+01;
    private static final double D25 = 0.1025137723295662e+01;
    private static final double D31 = -0.6762803392801253;
    private static final double D32 = 0.6087714651680015e+01;
    private static final double D33 = 0.1643084320892478e+02;
    private static final double D34 = 0.2476722511418386e+02;
    private static final double D35 = -0.6594389125716872e+01;

    private final DrivenSystem sys;
    private final int n;
    private final double[][] jac;
    private final double[][] w;
    private final DenseLu lu;
    private final double[] f0;
    private final double[] ft;
    private final double[] fTemp;
    private final double[] yTemp;
    private final double[] rhs;
    private final double[] work;
    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] k5;
    private final double[] k6;
    private final double[] cont0;
    private final double[] cont1;
    private final double[] cont2;
    private final double[] cont3;
    private boolean fresh = true;

    RodasStepper(DrivenSystem sys) {
        this.sys = sys;
        this.n = sys.dimension();
        this.jac = new double[n][n];
        this.w = new double[n][n];
        this.lu = new DenseLu(w);
        this.f0 = new double[n];
        this.ft = new double[n];
        this.fTemp = new double[n];
        this.yTemp = new double[n];
        this.rhs = new double[n];
        this.work = new double[n];
        this.k1 = new double[n];
        this.k2 = new double[n];
        this.k3 = new double[n];
        this.k4 = new double[n];
        this.k5 = new double[n];
        this.k6 = new double[n];
        this.cont0 = new double[n];
        this.cont1 = new double[n];
        this.cont2 = new double[n];
        this.cont3 = new double[n];
    }

    @Override
    public void restart(double t, double[] y) {
        fresh = true;
    }

    @Override
    public void advanced() {
        fresh = true;
    }

    @Override
    public double attempt(double t, double[] y, double h, double[] y1, double atol, double rtol, double[] errors) {
        if (fresh) {
            sys.derivatives(t, y, f0);
            sys.jacobian(t, y, f0, jac, work, yTemp);
            double dt = Math.sqrt(Math.ulp(1.0)) * Math.max(1e-5, Math.abs(t));
            sys.derivatives(t + dt, y, ft);
            for (int i = 0; i < n; i++) {
                ft[i] = (ft[i] - f0[i]) / dt;
            }
            fresh = false;
        }
        double diagonal = 1 / (GAMMA * h);
        for (int i = 0; i < n; i++) {
            double[] wi = w[i];
            double[] ji = jac[i];
            for (int j = 0; j < n; j++) {
                wi[j] = -ji[j];
            }
            wi[i] += diagonal;
        }
        lu.refactor(w);
        if (lu.isSingular()) {
            return Double.NaN;
        }
        double inv = 1 / h;
        for (int i = 0; i < n; i++) {
            rhs[i] = f0[i] + h * D1 * ft[i];
        }
        lu.solve(rhs, k1);
        for (int i = 0; i < n; i++) {
            yTemp[i] = y[i] + A21 * k1[i];
        }
        sys.derivatives(t + C2 * h, yTemp, fTemp);
        for (int i = 0; i < n; i++) {
            rhs[i] = fTemp[i] + h * D2 * ft[i] + C21 * k1[i] * inv;
        }
        lu.solve(rhs, k2);
        for (int i = 0; i < n; i++) {
            yTemp[i] = y[i] + A31 * k1[i] + A32 * k2[i];
        }
        sys.derivatives(t + C3 * h, yTemp, fTemp);
        for (int i = 0; i < n; i++) {
            rhs[i] = fTemp[i] + h * D3 * ft[i] + (C31 * k1[i] + C32 * k2[i]) * inv;
        }
        lu.solve(rhs, k3);
        for (int i = 0; i < n; i++) {
            yTemp[i] = y[i] + A41 * k1[i] + A42 * k2[i] + A43 * k3[i];
        }
        sys.derivatives(t + C4 * h, yTemp, fTemp);
        for (int i = 0; i < n; i++) {
            rhs[i] = fTemp[i] + h * D4 * ft[i] + (C41 * k1[i] + C42 * k2[i] + C43 * k3[i]) * inv;
        }
        lu.solve(rhs, k4);
        for (int i = 0; i < n; i++) {
            yTemp[i] = y[i] + A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i];
        }
        sys.derivatives(t + h, yTemp, fTemp);
        for (int i = 0; i < n; i++) {
            rhs[i] = fTemp[i] + (C51 * k1[i] + C52 * k2[i] + C53 * k3[i] + C54 * k4[i]) * inv;
        }
        lu.solve(rhs, k5);
        for (int i = 0; i < n; i++) {
            yTemp[i] += k5[i];
        }
        sys.derivatives(t + h, yTemp, fTemp);
        for (int i = 0; i < n; i++) {
            rhs[i] = fTemp[i] + (C61 * k1[i] + C62 * k2[i] + C63 * k3[i] + C64 * k4[i] + C65 * k5[i]) * inv;
        }
        lu.solve(rhs, k6);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            y1[i] = yTemp[i] + k6[i];
            double scale = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(y1[i]));
            errors[i] = k6[i] / scale;
            sum += errors[i] * errors[i];
        }
        return Math.sqrt(sum / n);
    }

    @Override
    public void prepareDense(double t, double h, double[] y, double[] y1) {
        for (int i = 0; i < n; i++) {
            cont0[i] = y[i];
            cont1[i] = y1[i];
            cont2[i] = D21 * k1[i] + D22 * k2[i] + D23 * k3[i] + D24 * k4[i] + D25 * k5[i];
            cont3[i] = D31 * k1[i] + D32 * k2[i] + D33 * k3[i] + D34 * k4[i] + D35 * k5[i];
        }
    }

    @Override
    public void denseAt(double theta, double[] out) {
        double s1 = 1 - theta;
        for (int i = 0; i < n; i++) {
            out[i] = cont0[i] * s1 + theta * (cont1[i] + s1 * (cont2[i] + theta * cont3[i]));
        }
    }

    @Override
    public double exponent() {
        return 0.25;
    }

    @Override
    public double beta() {
        return 0;
    }
}
