package org.neuropynamics.core.integrate;

/**
 * An embedded FSAL Runge-Kutta pair (Dormand-Prince 5(4)) with the continuous extension of Hairer's DOPRI5
 * (see {@link IntegrationMethod.EmbeddedRungeKutta}); PI step control as DOPRI5 (exponent 0.17, beta 0.04).
 */
final class EmbeddedRungeKuttaStepper implements AdaptiveStepper {

    private static final double BETA = 0.04;

    private final DrivenSystem sys;
    private final int n;
    private final int stages;
    private final double[] c;
    private final double[][] a;
    private final double[] e;
    private final double[] d;
    private final double[][] k;
    private final double[] yStage;
    private final double[] y0;
    private final double[] dy;
    private final double[] bspl;
    private final double[] r4;
    private final double[] r5;

    EmbeddedRungeKuttaStepper(IntegrationMethod.EmbeddedRungeKutta m, DrivenSystem sys) {
        this.sys = sys;
        this.n = sys.dimension();
        ButcherTableau tab = m.tableau();
        this.stages = tab.stages();
        this.c = tab.c();
        this.a = tab.a();
        this.e = tab.errorWeights();
        this.d = m.denseWeights();
        this.k = new double[stages][n];
        this.yStage = new double[n];
        this.y0 = new double[n];
        this.dy = new double[n];
        this.bspl = new double[n];
        this.r4 = new double[n];
        this.r5 = new double[n];
    }

    @Override
    public void restart(double t, double[] y) {
        sys.derivatives(t, y, k[0]);
    }

    @Override
    public double attempt(double t, double[] y, double h, double[] y1, double atol, double rtol, double[] errors) {
        for (int s = 1; s < stages; s++) {
            double[] as = a[s];
            double[] target = s == stages - 1 ? y1 : yStage;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < s; j++) {
                    sum += as[j] * k[j][i];
                }
                target[i] = y[i] + h * sum;
            }
            sys.derivatives(t + c[s] * h, target, k[s]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ei = 0;
            for (int s = 0; s < stages; s++) {
                ei += e[s] * k[s][i];
            }
            ei *= h;
            double scale = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(y1[i]));
            errors[i] = ei / scale;
            sum += errors[i] * errors[i];
        }
        return Math.sqrt(sum / n);
    }

    @Override
    public void prepareDense(double t, double h, double[] y, double[] y1) {
        int last = stages - 1;
        for (int i = 0; i < n; i++) {
            y0[i] = y[i];
            double diff = y1[i] - y[i];
            dy[i] = diff;
            double b = h * k[0][i] - diff;
            bspl[i] = b;
            r4[i] = diff - h * k[last][i] - b;
            double sum = 0;
            for (int s = 0; s < stages; s++) {
                sum += d[s] * k[s][i];
            }
            r5[i] = h * sum;
        }
    }

    @Override
    public void denseAt(double theta, double[] out) {
        double t1 = 1 - theta;
        for (int i = 0; i < n; i++) {
            out[i] = y0[i] + theta * (dy[i] + t1 * (bspl[i] + theta * (r4[i] + t1 * r5[i])));
        }
    }

    @Override
    public void advanced() {
        double[] swap = k[0];
        k[0] = k[stages - 1];
        k[stages - 1] = swap;
    }

    @Override
    public double exponent() {
        return 0.2 - BETA * 0.75;
    }

    @Override
    public double beta() {
        return BETA;
    }
}
