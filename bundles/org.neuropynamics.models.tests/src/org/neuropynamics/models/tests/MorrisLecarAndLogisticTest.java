package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;

/** Morris-Lecar (Rinzel-Ermentrout Hopf set) and the logistic map. */
class MorrisLecarAndLogisticTest {

    @Test
    void morrisLecarStartsAtRestAndItsDefaultCurrentDestabilisesRest() {
        Model model = MorrisLecarModel.create();
        double[] p = model.defaultParameters();
        double[] rest = model.initialState(p);
        double[] f = BuiltInModels.derivatives(model, rest, BuiltInModels.with(model, p, "I", 0));
        assertEquals(0, f[0], 1e-10);
        assertEquals(0, f[1], 1e-12);
        assertEquals(-60.855, rest[0], 1e-3, "rest of the Hopf set at I = 0");
        // At the default I = 100 uA/cm^2 the single equilibrium is an unstable focus: the model fires.
        double v = equilibriumV(model, p);
        double[][] j = new double[2][2];
        model.jacobian().jacobian(0, new double[] {v, MorrisLecarModel.wInf(v, p)}, p, j);
        assertTrue(j[0][0] + j[1][1] > 0, "trace at the I = 100 equilibrium");
    }

    /** Equilibrium voltage with w = winf(V), by bisection on [-80, 40] (one root for the Hopf set). */
    private static double equilibriumV(Model model, double[] p) {
        double lo = -80;
        double hi = 40;
        for (int i = 0; i < 100; i++) {
            double mid = 0.5 * (lo + hi);
            double dv = BuiltInModels.derivatives(model, new double[] {mid, MorrisLecarModel.wInf(mid, p)}, p)[0];
            if (dv > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Test
    void logisticMapWritesTheNextState() {
        Model model = LogisticMapModel.create();
        assertEquals(Model.Kind.MAP, model.kind());
        double[] p = model.defaultParameters();
        assertEquals(3.5, p[0]);
        assertEquals(3.5 * 0.2 * 0.8, BuiltInModels.derivatives(model, model.initialState(p), p)[0], 1e-15);
        var r = model.parameters().get(0);
        assertEquals(0, r.min());
        assertEquals(4, r.max());
    }
}
