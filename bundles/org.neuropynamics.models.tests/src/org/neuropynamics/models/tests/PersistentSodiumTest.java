package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;

/**
 * I_Na,p 1-D model against docs/reference-values.md: at I = 0, F(V) = dV/dt vanishes at
 * -52.5123, -40.2855 and 30.8632 mV (stable, unstable, stable). The roots are given to 1e-4 mV, so F must
 * change sign within 2e-4 mV of each.
 */
class PersistentSodiumTest {

    private static final double[] ROOTS = {-52.5123, -40.2855, 30.8632};
    private static final double HALF_WIDTH = 2e-4;

    private final Model model = PersistentSodiumModel.create();
    private final double[] p = BuiltInModels.with(model, model.defaultParameters(), "I", 0);

    private double f(double v) {
        return BuiltInModels.derivatives(model, new double[] {v}, p)[0];
    }

    @Test
    void fieldVanishesAtTheReferenceEquilibria() {
        for (double root : ROOTS) {
            assertTrue(f(root - HALF_WIDTH) * f(root + HALF_WIDTH) < 0, "no sign change at " + root);
            assertEquals(0, f(root), 1e-3, "F at " + root);
        }
    }

    @Test
    void stabilityAlternatesStableUnstableStable() {
        double[][] j = new double[1][1];
        double[] signs = {-1, 1, -1};
        for (int i = 0; i < ROOTS.length; i++) {
            model.jacobian().jacobian(0, new double[] {ROOTS[i]}, p, j);
            assertEquals(signs[i], Math.signum(j[0][0]), "F'(" + ROOTS[i] + ")");
        }
    }

    @Test
    void startsAtTheLowerStableEquilibrium() {
        assertEquals(-52.5123, model.initialState(model.defaultParameters())[0], 1e-4);
    }
}
