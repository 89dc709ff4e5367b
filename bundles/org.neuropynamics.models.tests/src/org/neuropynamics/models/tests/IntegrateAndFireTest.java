package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;

/** Perfect integrator, LIF and AdEx: course defaults, units, threshold, reset and refractoriness. */
class IntegrateAndFireTest {

    @Test
    void perfectIntegratorRisesAtITau() {
        Model model = PerfectIntegratorModel.create();
        double[] p = model.defaultParameters();
        assertArrayEquals(new double[] {10, 20, -50, -70}, p);
        assertEquals(0.5, BuiltInModels.derivatives(model, new double[] {-60}, p)[0], 1e-15);
        assertEquals(-70, model.initialState(p)[0]);
    }

    @Test
    void lifHasCourseDefaultsAndClampsVDuringTref() {
        Model model = LeakyIntegrateAndFireModel.create();
        double[] p = model.defaultParameters();
        assertArrayEquals(new double[] {10, 20, -59, -50, -70, 0}, p);
        assertEquals(-59, model.initialState(p)[0]);
        double[] reference = BuiltInModels.with(model, p, "tref", 2);
        assertEquals(2, model.spikeRule().refractoryPeriod(reference));
        assertArrayEquals(new int[] {0}, model.spikeRule().clampedVariables());
        double[] y = {-49};
        model.spikeRule().reset(0, y, p);
        assertEquals(-70, y[0]);
        // (EL - v + I)/tau at v = EL: I/tau
        assertEquals(0.5, BuiltInModels.derivatives(model, new double[] {-59}, p)[0], 1e-15);
    }

    /** C 281 pF, I 0.8 nA: 800 pA / 281 pF = 2.847 mV/ms; gL (EL - V) in nS mV = pA. */
    @Test
    void adexUnitsAreConsistent() {
        Model model = AdaptiveExponentialModel.create();
        double[] p = model.defaultParameters();
        double[] y = {-70.6, 0};
        double[] f = BuiltInModels.derivatives(model, y, p);
        double spikeCurrent = 30 * 2 * Math.exp((-70.6 + 50.4) / 2);
        assertEquals((800 + spikeCurrent) / 281, f[0], 1e-12);
        assertEquals(0, f[1], 1e-15);
        // a (V - EL) = 4 nS * 10 mV = 40 pA = 0.04 nA; w' = 0.04 / tauw
        double[] g = BuiltInModels.derivatives(model, new double[] {-60.6, 0}, p);
        assertEquals(0.04 / 40, g[1], 1e-15);
    }

    @Test
    void adexSpikesAtVtPlusFiveDeltaTAndResets() {
        Model model = AdaptiveExponentialModel.create();
        double[] p = model.defaultParameters();
        assertEquals(0, model.spikeRule().switching(0, new double[] {-40.4, 0}, p), 1e-12);
        double[] y = {-40, 0.1};
        model.spikeRule().reset(0, y, p);
        assertEquals(-70.6, y[0]);
        assertEquals(0.18, y[1], 1e-12);
        var vr = model.parameters().get(model.parameterIndex("Vr"));
        assertEquals(true, vr.min() <= -48.3 && vr.max() >= -47.7, "the course's Vr sweep fits the slider");
    }
}
