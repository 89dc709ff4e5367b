package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;

/** The Traub-Miles HH of the course (COURSE.md section 1) and Brian2's HH examples. */
class TraubMilesTest {

    private final Model model = TraubMilesModel.create();
    private final double[] p = model.defaultParameters();

    @Test
    void courseDefaults() {
        assertEquals(100, p[model.parameterIndex("gNa")]);
        assertEquals(30, p[model.parameterIndex("gK")]);
        assertEquals(0.05, p[model.parameterIndex("gL")], 1e-15, "5e-5 S/cm^2 in mS/cm^2");
        assertEquals(-63, p[model.parameterIndex("VT")]);
        assertEquals(20000, p[model.parameterIndex("area")]);
        assertEquals(0.3, p[model.parameterIndex("I")]);
        assertEquals("nA", model.parameters().get(model.parameterIndex("I")).unit());
    }

    /** 0.3 nA into 20000 um^2 is 1.5 uA/cm^2, and with C = 1 uF/cm^2 that is 1.5 mV/ms. */
    @Test
    void currentInNanoampsIsDividedByTheArea() {
        double[] y = model.initialState(p);
        double[] withI = BuiltInModels.derivatives(model, y, p);
        double[] withoutI = BuiltInModels.derivatives(model, y, BuiltInModels.with(model, p, "I", 0));
        assertEquals(1.5, withI[0] - withoutI[0], 1e-12);
    }

    @Test
    void startsAtRestWithoutInput() {
        double[] y0 = model.initialState(p);
        double[] f = BuiltInModels.derivatives(model, y0, BuiltInModels.with(model, p, "I", 0));
        for (double fi : f) {
            assertEquals(0, fi, 1e-10, Arrays.toString(f));
        }
        assertTrue(y0[0] > -75 && y0[0] < -55, "rest " + y0[0]);
    }

    /** Removable singularities at V = VT + 13 (alpha_m), VT + 40 (beta_m), VT + 15 (alpha_n). */
    @Test
    void ratesMatchBrian2FormulasAndAreFiniteAtSingularPoints() {
        double vt = -63;
        assertEquals(1.28, TraubMilesModel.alphaM(vt + 13, vt), 1e-15);
        assertEquals(1.4, TraubMilesModel.betaM(vt + 40, vt), 1e-15);
        assertEquals(0.16, TraubMilesModel.alphaN(vt + 15, vt), 1e-15);
        for (double v : new double[] {-70, -30, 0}) {
            double am = 0.32 * (13 - v + vt) / (Math.exp((13 - v + vt) / 4) - 1);
            double bm = 0.28 * (v - vt - 40) / (Math.exp((v - vt - 40) / 5) - 1);
            double an = 0.032 * (15 - v + vt) / (Math.exp((15 - v + vt) / 5) - 1);
            assertEquals(am, TraubMilesModel.alphaM(v, vt), 1e-12);
            assertEquals(bm, TraubMilesModel.betaM(v, vt), 1e-12);
            assertEquals(an, TraubMilesModel.alphaN(v, vt), 1e-12);
        }
        for (double v : new double[] {vt + 13, vt + 40, vt + 15}) {
            double[] f = BuiltInModels.derivatives(model, new double[] {v, 0.2, 0.5, 0.4}, p);
            assertTrue(Arrays.stream(f).allMatch(Double::isFinite), "at V = " + v);
        }
    }
}
