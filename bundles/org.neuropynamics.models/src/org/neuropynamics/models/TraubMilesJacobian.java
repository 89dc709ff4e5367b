package org.neuropynamics.models;

import static org.neuropynamics.models.TraubMilesModel.CAPACITANCE;
import static org.neuropynamics.models.TraubMilesModel.EK;
import static org.neuropynamics.models.TraubMilesModel.ENA;
import static org.neuropynamics.models.TraubMilesModel.GK;
import static org.neuropynamics.models.TraubMilesModel.GL;
import static org.neuropynamics.models.TraubMilesModel.GNA;
import static org.neuropynamics.models.TraubMilesModel.VT;

import org.neuropynamics.core.model.Linoid;

/** Analytic Jacobian of {@link TraubMilesModel}, state (V, m, h, n). */
final class TraubMilesJacobian {

    private TraubMilesJacobian() {
    }

    static void jacobian(double t, double[] y, double[] p, double[][] jac) {
        double v = y[0];
        double m = y[1];
        double h = y[2];
        double n = y[3];
        double vt = p[VT];
        double m3 = m * m * m;
        double n3 = n * n * n;
        jac[0][0] = -(p[GNA] * m3 * h + p[GK] * n3 * n + p[GL]) / CAPACITANCE;
        jac[0][1] = -3 * p[GNA] * m * m * h * (v - p[ENA]) / CAPACITANCE;
        jac[0][2] = -p[GNA] * m3 * (v - p[ENA]) / CAPACITANCE;
        jac[0][3] = -4 * p[GK] * n3 * (v - p[EK]) / CAPACITANCE;

        double dam = 0.32 * Linoid.derivative((v - vt - 13) / 4);
        double dbm = -0.28 * Linoid.derivative((vt + 40 - v) / 5);
        HodgkinHuxleyJacobian.gateRow(jac[1], 1, m, TraubMilesModel.alphaM(v, vt),
                TraubMilesModel.betaM(v, vt), dam, dbm);

        double ah = TraubMilesModel.alphaH(v, vt);
        double bh = TraubMilesModel.betaH(v, vt);
        HodgkinHuxleyJacobian.gateRow(jac[2], 2, h, ah, bh, -ah / 18, bh * (1 - bh / 4) / 5);

        double bn = TraubMilesModel.betaN(v, vt);
        double dan = 0.032 * Linoid.derivative((v - vt - 15) / 5);
        HodgkinHuxleyJacobian.gateRow(jac[3], 3, n, TraubMilesModel.alphaN(v, vt), bn, dan, -bn / 40);
    }
}
