package org.neuropynamics.bifurcation.continuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.SquidAxonModel;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;

/**
 * Equilibrium continuation against closed forms (normal forms, FitzHugh-Nagumo) and against
 * docs/reference-values.md (Hodgkin-Huxley first Hopf point and its criticality).
 */
class EquilibriumContinuationTest {

    private static Branch continueFrom(Model m, String param, double from, double to, double[] guess) {
        ParameterizedSystem sys = new ParameterizedSystem(m, m.defaultParameters(), param);
        return new EquilibriumContinuation(sys).run(from, to, guess, RunMonitor.NONE);
    }

    private static List<SpecialPoint> of(Branch b, SpecialPointType type) {
        return b.specialPoints().stream().filter(s -> s.type() == type).toList();
    }

    @Test
    void foldOfTheSaddleNodeNormalFormIsAtZero() {
        Branch b = continueFrom(NormalForms.fold(), "mu", 1, -1, new double[] {1});
        List<SpecialPoint> folds = of(b, SpecialPointType.LP);
        assertEquals(1, folds.size(), () -> "special points: " + b.specialPoints());
        assertEquals(0, folds.get(0).parameter(), 1e-9);
        assertEquals(0, folds.get(0).state()[0], 1e-5);
        // the branch turns at the fold and comes back along x = -sqrt(mu), which is unstable
        BranchPoint end = b.points().get(b.points().size() - 1);
        assertEquals(1, end.parameter(), 1e-9);
        assertEquals(-1, end.state()[0], 1e-8);
        assertFalse(end.stable());
        assertTrue(b.points().get(0).stable());
        assertTrue(of(b, SpecialPointType.HB).isEmpty());
    }

    @Test
    void hopfNormalFormSupercritical() {
        Branch b = continueFrom(NormalForms.hopf(-1, 2), "mu", -1, 1, new double[] {0, 0});
        List<SpecialPoint> hopf = of(b, SpecialPointType.HB);
        assertEquals(1, hopf.size());
        assertEquals(0, hopf.get(0).parameter(), 1e-9);
        assertEquals(2, hopf.get(0).frequency(), 1e-9);
        // x = z q + conj(z q) with |q| = 1 gives |x|^2 = 2 |z|^2, so z' = i w z + 2 s z |z|^2: l1 = 2 s / w = -1
        assertEquals(-1, hopf.get(0).firstLyapunovCoefficient(), 1e-6);
        assertEquals("supercritical", hopf.get(0).criticality());
    }

    @Test
    void hopfNormalFormSubcritical() {
        Branch b = continueFrom(NormalForms.hopf(1, 4), "mu", -1, 1, new double[] {0, 0});
        List<SpecialPoint> hopf = of(b, SpecialPointType.HB);
        assertEquals(1, hopf.size());
        assertEquals(0, hopf.get(0).parameter(), 1e-9);
        assertEquals(0.5, hopf.get(0).firstLyapunovCoefficient(), 1e-6); // 2 s / w with s = 1, w = 4
        assertEquals("subcritical", hopf.get(0).criticality());
    }

    @Test
    void fitzHughNagumoHopfPointsMatchTheClosedForm() {
        Branch b = continueFrom(NormalForms.fitzHughNagumo(), "I", 0, 2, new double[] {-1.2, -0.62});
        List<SpecialPoint> hopf = of(b, SpecialPointType.HB);
        assertEquals(2, hopf.size(), () -> "special points: " + b.specialPoints());
        // reference README: v^2 = 1 - b/tau at the Hopf points, I = 0.3312813 and 1.4187187
        assertEquals(0.3312813, hopf.get(0).parameter(), 1e-6);
        assertEquals(1.4187187, hopf.get(1).parameter(), 1e-6);
        double v = Math.sqrt(1 - 0.8 / 12.5);
        assertEquals(-v, hopf.get(0).state()[0], 1e-7);
        assertEquals(v, hopf.get(1).state()[0], 1e-7);
        assertTrue(of(b, SpecialPointType.LP).isEmpty());
    }

    @Test
    void hodgkinHuxleyFirstHopfIsSubcriticalAtTheReferenceCurrent() {
        Model hh = SquidAxonModel.create();
        double[] p = hh.defaultParameters();
        p[SquidAxonModel.I] = 0;
        Branch b = new EquilibriumContinuation(new ParameterizedSystem(hh, p, "I"))
                .run(0, 200, hh.initialState(p), RunMonitor.NONE);
        List<SpecialPoint> hopf = of(b, SpecialPointType.HB);
        assertEquals(2, hopf.size(), () -> "special points: " + b.specialPoints());
        // reference README: I = 9.7754 uA/cm^2 (tol 1e-3), V = -59.654 mV, subcritical
        assertEquals(9.7754, hopf.get(0).parameter(), 1e-3);
        assertEquals(-59.654, hopf.get(0).state()[0], 1e-3);
        assertTrue(hopf.get(0).firstLyapunovCoefficient() > 0, "l1 = " + hopf.get(0).firstLyapunovCoefficient());
        assertTrue(b.points().get(0).stable());
        assertEquals(200, b.points().get(b.points().size() - 1).parameter(), 1e-9);
    }
}
