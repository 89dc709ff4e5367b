package org.neuropynamics.bifurcation.continuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;

/**
 * Limit-cycle continuation of the Hopf normal form, whose cycles are known in closed form: radius
 * sqrt(|mu|), period 2 pi / w, Floquet multipliers 1 and exp(-2 |mu| T) (stable for s = -1, mu &gt; 0) or
 * exp(2 |mu| T) (unstable for s = 1, mu &lt; 0).
 */
class CycleContinuationTest {

    private static Branch cycles(Model m, double pLow, double pHigh) {
        ParameterizedSystem sys = new ParameterizedSystem(m, m.defaultParameters(), "mu");
        Branch eq = new EquilibriumContinuation(sys).run(-1, 1, new double[] {0, 0}, RunMonitor.NONE);
        SpecialPoint hopf = eq.specialPoints().stream().filter(s -> s.type() == SpecialPointType.HB).findFirst()
                .orElseThrow();
        return new CycleContinuation(sys).fromHopf(hopf, pLow, pHigh, RunMonitor.NONE);
    }

    @Test
    void supercriticalCyclesHaveRadiusSqrtMuAndPeriodTwoPiOverOmega() {
        double omega = 2;
        Branch b = cycles(NormalForms.hopf(-1, omega), -1, 1);
        assertTrue(b.points().size() > 5, b.stopReason());
        BranchPoint end = b.points().get(b.points().size() - 1);
        assertEquals(1, end.parameter(), 1e-9, b.stopReason());
        int checked = 0;
        for (BranchPoint pt : b.points().subList(1, b.points().size())) {
            double mu = pt.parameter();
            assertTrue(mu > 0);
            assertEquals(2 * Math.PI / omega, pt.period(), 1e-7);
            // the radius: max x over the cycle, sampled at the Runge-Kutta steps (1500 per period)
            assertEquals(Math.sqrt(mu), pt.max()[0], 1e-5 * Math.sqrt(mu) + 1e-9);
            assertEquals(-Math.sqrt(mu), pt.min()[1], 1e-5 * Math.sqrt(mu) + 1e-9);
            assertTrue(pt.stable());
            checked++;
        }
        assertTrue(checked > 5);
        // non-trivial multiplier exp(-2 mu T) at mu = 1
        assertEquals(Math.exp(-2 * Math.PI), end.spectrum()[1].re(), 1e-7);
        assertTrue(b.specialPoints().isEmpty(), () -> "unexpected " + b.specialPoints());
    }

    @Test
    void subcriticalCyclesAreUnstableAndExistBeforeTheHopfPoint() {
        double omega = 1;
        Branch b = cycles(NormalForms.hopf(1, omega), -0.5, 0.5);
        BranchPoint end = b.points().get(b.points().size() - 1);
        assertEquals(-0.5, end.parameter(), 1e-9, b.stopReason());
        assertEquals(Math.sqrt(0.5), end.max()[0], 1e-5);
        assertEquals(2 * Math.PI, end.period(), 1e-7);
        assertFalse(end.stable());
        assertEquals(Math.exp(2 * 0.5 * 2 * Math.PI), end.spectrum()[0].re(), 1e-4 * Math.exp(2 * Math.PI));
    }
}
