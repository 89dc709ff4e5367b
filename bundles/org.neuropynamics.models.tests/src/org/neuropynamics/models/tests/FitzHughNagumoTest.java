package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;

/** FHN against docs/reference-values.md (a 0.7, b 0.8, tau 12.5). */
class FitzHughNagumoTest {

    private final Model model = FitzHughNagumoModel.create();
    private final double[] p = model.defaultParameters();

    @Test
    void referenceEquilibriumAtZeroInputIsAZeroOfTheField() {
        double[] f = BuiltInModels.derivatives(model, new double[] {-1.1994080, -0.6242600},
                BuiltInModels.with(model, p, "I", 0));
        assertEquals(0, f[0], 1e-6);
        assertEquals(0, f[1], 1e-6);
    }

    @Test
    void referenceEquilibriumAtHalfInputIsAZeroOfTheField() {
        double[] f = BuiltInModels.derivatives(model, new double[] {-0.8048477, -0.1310597},
                BuiltInModels.with(model, p, "I", 0.5));
        assertEquals(0, f[0], 1e-6);
        assertEquals(0, f[1], 1e-6);
    }

    @Test
    void startsAtTheRestingEquilibriumWithoutInput() {
        double[] y0 = model.initialState(p);
        assertEquals(-1.1994080, y0[0], 1e-6);
        assertEquals(-0.6242600, y0[1], 1e-6);
    }

    /** Eigenvalues -0.251290 +- 0.211949i at I = 0: trace and determinant of the analytic Jacobian. */
    @Test
    void jacobianAtRestHasTheReferenceEigenvalues() {
        double[][] j = new double[2][2];
        model.jacobian().jacobian(0, model.initialState(p), p, j);
        assertEquals(-2 * 0.251290, j[0][0] + j[1][1], 2e-6);
        assertEquals(0.251290 * 0.251290 + 0.211949 * 0.211949, Determinant.of(j), 2e-6);
    }

    @Test
    void tauSliderExcludesZero() {
        assertEquals(0.01, model.parameters().get(model.parameterIndex("tau")).min());
    }
}
