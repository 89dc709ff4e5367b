package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;

/** Classic HH against docs/reference-values.md ("Hodgkin-Huxley, classic squid axon"). */
class HodgkinHuxleyTest {

    private final Model model = HodgkinHuxleyModel.create();
    private final double[] p = model.defaultParameters();

    @Test
    void startsAtTheReferenceRestState() {
        double[] y0 = model.initialState(p);
        assertEquals(-64.99638, y0[0], 1e-3, "V");
        assertEquals(0.052955, y0[1], 1e-5, "m");
        assertEquals(0.595994, y0[2], 1e-5, "h");
        assertEquals(0.317732, y0[3], 1e-5, "n");
    }

    /** The model starts at the rest state without input (the default I = 10 uA/cm^2 then drives it). */
    @Test
    void restStateIsAnEquilibriumWithoutInput() {
        double[] f = BuiltInModels.derivatives(model, model.initialState(p), BuiltInModels.with(model, p, "I", 0));
        for (double fi : f) {
            assertEquals(0, fi, 1e-10, Arrays.toString(f));
        }
    }

    /** Reference eigenvalues -4.6750, -0.20264 +- 0.38322i, -0.12067: compare trace and determinant. */
    @Test
    void jacobianAtRestHasTheReferenceEigenvalues() {
        double[][] j = new double[4][4];
        model.jacobian().jacobian(0, model.initialState(p), p, j);
        double trace = j[0][0] + j[1][1] + j[2][2] + j[3][3];
        double det = Determinant.of(j);
        double expectedDet = -4.6750 * -0.12067 * (0.20264 * 0.20264 + 0.38322 * 0.38322);
        assertEquals(-4.6750 - 2 * 0.20264 - 0.12067, trace, 2e-4);
        assertEquals(expectedDet, det, 2e-4 * expectedDet);
    }

    @Test
    void ratesAreTheirLimitsAtTheRemovableSingularities() {
        assertEquals(1.0, HodgkinHuxleyModel.alphaM(-40), 1e-15);
        assertEquals(0.1, HodgkinHuxleyModel.alphaN(-55), 1e-15);
    }

    /** Near the singular points the rates follow the textbook formula (far) or its Taylor expansion (near). */
    @Test
    void ratesAreContinuousThroughTheRemovableSingularities() {
        for (double delta : new double[] {-1, -1e-2, -1e-4, -1e-7, -1e-12, 1e-12, 1e-7, 1e-4, 1e-2, 1}) {
            double v = -40 + delta;
            double expectedM = Math.abs(delta) >= 1e-4 ? 0.1 * (v + 40) / (1 - Math.exp(-(v + 40) / 10))
                    : 1 + delta / 20;
            assertEquals(expectedM, HodgkinHuxleyModel.alphaM(v), 1e-10, "alpha_m at " + v);
            double w = -55 + delta;
            double expectedN = Math.abs(delta) >= 1e-4 ? 0.01 * (w + 55) / (1 - Math.exp(-(w + 55) / 10))
                    : 0.1 + delta / 200;
            assertEquals(expectedN, HodgkinHuxleyModel.alphaN(w), 1e-10, "alpha_n at " + w);
        }
    }

    @Test
    void derivativesAreFiniteAndContinuousAtMinus40AndMinus55() {
        for (double v : new double[] {-40, -55}) {
            double[] y = {v, 0.1, 0.5, 0.4};
            double[] at = BuiltInModels.derivatives(model, y, p);
            assertTrue(Arrays.stream(at).allMatch(Double::isFinite), Arrays.toString(at));
            for (double delta : new double[] {-1e-9, 1e-9}) {
                double[] near = BuiltInModels.derivatives(model, new double[] {v + delta, 0.1, 0.5, 0.4}, p);
                for (int i = 0; i < 4; i++) {
                    assertEquals(at[i], near[i], 1e-7, "component " + i + " at V = " + v + " + " + delta);
                }
            }
        }
    }

    @Test
    void countsSpikesAtZeroMillivoltsWithoutReset() {
        assertNull(model.spikeRule());
        assertEquals(0.0, model.spikeDetectionThreshold());
    }
}
