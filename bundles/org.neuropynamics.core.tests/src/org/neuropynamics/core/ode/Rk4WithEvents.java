package org.neuropynamics.core.ode;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.model.VectorField;

/**
 * Test-only fixed-step classical RK4, the default method of XPPAUT, with XPPAUT's handling of a
 * {@code global} event: when the switching function changes sign over a step, the crossing time is
 * interpolated linearly, the state is integrated to it, reset, and integrated over the rest of the step.
 * Maps are iterated instead (t increases by 1 per iteration, as XPPAUT's discrete method).
 */
final class Rk4WithEvents {

    private final Model model;
    private final double[] p;
    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] tmp;

    Rk4WithEvents(Model model, double[] p) {
        this.model = model;
        this.p = p;
        int n = model.dimension();
        k1 = new double[n];
        k2 = new double[n];
        k3 = new double[n];
        k4 = new double[n];
        tmp = new double[n];
    }

    /** Advances y in place from t by one step of size h (or one iteration for maps). */
    void step(double t, double[] y, double h) {
        if (model.kind() == Model.Kind.MAP) {
            model.field().derivatives(t, y, p, tmp);
            System.arraycopy(tmp, 0, y, 0, y.length);
            return;
        }
        SpikeRule rule = model.spikeRule();
        if (rule == null) {
            rk4(t, y, h);
            return;
        }
        double[] start = y.clone();
        double g0 = rule.switching(t, y, p);
        rk4(t, y, h);
        double g1 = rule.switching(t + h, y, p);
        if (g0 < 0 && g1 >= 0) {
            double s = g0 / (g0 - g1);
            System.arraycopy(start, 0, y, 0, y.length);
            rk4(t, y, s * h);
            rule.reset(t + s * h, y, p);
            rk4(t + s * h, y, (1 - s) * h);
        }
    }

    private void rk4(double t, double[] y, double h) {
        VectorField f = model.field();
        int n = y.length;
        f.derivatives(t, y, p, k1);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + 0.5 * h * k1[i];
        }
        f.derivatives(t + 0.5 * h, tmp, p, k2);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + 0.5 * h * k2[i];
        }
        f.derivatives(t + 0.5 * h, tmp, p, k3);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + h * k3[i];
        }
        f.derivatives(t + h, tmp, p, k4);
        for (int i = 0; i < n; i++) {
            y[i] += h / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
    }
}
