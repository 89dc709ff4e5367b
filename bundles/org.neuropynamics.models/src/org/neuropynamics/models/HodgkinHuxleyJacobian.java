package org.neuropynamics.models;

import static org.neuropynamics.models.HodgkinHuxleyModel.C;
import static org.neuropynamics.models.HodgkinHuxleyModel.EK;
import static org.neuropynamics.models.HodgkinHuxleyModel.ENA;
import static org.neuropynamics.models.HodgkinHuxleyModel.GK;
import static org.neuropynamics.models.HodgkinHuxleyModel.GL;
import static org.neuropynamics.models.HodgkinHuxleyModel.GNA;

import java.util.Arrays;

import org.neuropynamics.core.model.Linoid;

/** Analytic Jacobian of {@link HodgkinHuxleyModel}, state (V, m, h, n). */
final class HodgkinHuxleyJacobian {

    private HodgkinHuxleyJacobian() {
    }

    static void jacobian(double t, double[] y, double[] p, double[][] jac) {
        double v = y[0];
        double m = y[1];
        double h = y[2];
        double n = y[3];
        double c = p[C];
        double m3 = m * m * m;
        double n3 = n * n * n;
        jac[0][0] = -(p[GNA] * m3 * h + p[GK] * n3 * n + p[GL]) / c;
        jac[0][1] = -3 * p[GNA] * m * m * h * (v - p[ENA]) / c;
        jac[0][2] = -p[GNA] * m3 * (v - p[ENA]) / c;
        jac[0][3] = -4 * p[GK] * n3 * (v - p[EK]) / c;

        double am = HodgkinHuxleyModel.alphaM(v);
        double bm = HodgkinHuxleyModel.betaM(v);
        double dam = Linoid.derivative((v + 40) / 10) / 10;
        double dbm = -bm / 18;
        gateRow(jac[1], 1, m, am, bm, dam, dbm);

        double ah = HodgkinHuxleyModel.alphaH(v);
        double bh = HodgkinHuxleyModel.betaH(v);
        double dah = -ah / 20;
        double dbh = bh * (1 - bh) / 10;
        gateRow(jac[2], 2, h, ah, bh, dah, dbh);

        double an = HodgkinHuxleyModel.alphaN(v);
        double bn = HodgkinHuxleyModel.betaN(v);
        double dan = 0.1 * Linoid.derivative((v + 55) / 10) / 10;
        double dbn = -bn / 80;
        gateRow(jac[3], 3, n, an, bn, dan, dbn);
    }

    /** Row of x' = alpha (1 - x) - beta x: d/dV from the rates, d/dx = -(alpha + beta), others 0. */
    static void gateRow(double[] row, int self, double x, double alpha, double beta, double dAlpha,
            double dBeta) {
        Arrays.fill(row, 0);
        row[0] = dAlpha * (1 - x) - dBeta * x;
        row[self] = -(alpha + beta);
    }
}
