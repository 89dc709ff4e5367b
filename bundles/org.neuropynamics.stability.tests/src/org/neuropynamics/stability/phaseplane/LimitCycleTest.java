package org.neuropynamics.stability.phaseplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;

/** Limit cycles against closed forms and published periods. */
class LimitCycleTest {

    /** Hopf normal form x' = mu x - omega y - x r^2, y' = omega x + mu y - y r^2 (sign -1: time reversed). */
    private static Model hopf(double mu, double omega, int sign) {
        return ReferenceModels.system("hopf", (t, y, p, f) -> {
            double r2 = y[0] * y[0] + y[1] * y[1];
            f[0] = sign * (mu * y[0] - omega * y[1] - y[0] * r2);
            f[1] = sign * (omega * y[0] + mu * y[1] - y[1] * r2);
        }, 0.1, 0);
    }

    @Test
    void hopfNormalFormPeriodAmplitudeAndMultiplier() {
        double mu = 0.25;
        double omega = 3;
        LimitCycle c = new LimitCycleFinder(hopf(mu, omega, 1)).transientTime(50)
                .find(new double[0], new double[] {0.1, 0}).orElseThrow();
        // closed form: r = sqrt(mu), period 2 pi / omega; r' = mu r - r^3 has slope -2 mu at the cycle, so the
        // non-trivial Floquet multiplier is exp(-2 mu T)
        assertEquals(2 * Math.PI / omega, c.period(), 1e-9);
        assertEquals(Math.sqrt(mu), c.max()[0], 1e-7);
        assertEquals(-Math.sqrt(mu), c.min()[1], 1e-7);
        assertEquals(Math.exp(-2 * mu * c.period()), c.returnMapDerivative(), 1e-7);
        assertTrue(c.stable());
        assertEquals(1, c.nontrivialMultipliers().size());
        for (int k = 0; k < c.times().length; k += 97) {
            assertEquals(Math.sqrt(mu), Math.hypot(c.orbit()[0][k], c.orbit()[1][k]), 1e-8, "on the circle");
        }
    }

    @Test
    void unstableCycleIsFoundBackwardsInTime() {
        // the reversed normal form: the origin is stable, the circle r = sqrt(mu) repels
        double mu = 0.5;
        LimitCycle c = new LimitCycleFinder(hopf(mu, 2, -1)).transientTime(40)
                .find(new double[0], new double[] {0.3, 0}).orElseThrow();
        assertEquals(Math.PI, c.period(), 1e-9);
        assertEquals(Math.sqrt(mu), c.max()[1], 1e-7);
        assertFalse(c.stable());
        assertEquals(Math.exp(2 * mu * c.period()), c.returnMapDerivative(), 1e-5 * Math.exp(2 * mu * Math.PI));
    }

    @Test
    void vanDerPolPeriod() {
        // mu = 1: T = 6.6632868593 (e.g. Strogatz, Nonlinear Dynamics and Chaos, 7.5, and numerous references
        // give 6.6633); 6.663286859323 and max x = 2.008619860812 from SciPy DOP853, rtol = atol = 1e-13,
        // event-timed returns (computed for this test)
        Model vdp = ReferenceModels.system("van-der-pol", (t, y, p, f) -> {
            f[0] = y[1];
            f[1] = (1 - y[0] * y[0]) * y[1] - y[0];
        }, 2, 0);
        LimitCycle c = new LimitCycleFinder(vdp).transientTime(100).find(new double[0], new double[] {2, 0})
                .orElseThrow();
        assertEquals(6.663286859323, c.period(), 1e-8);
        assertEquals(2.008619860812, c.max()[0], 1e-6);
        assertEquals(-2.678441479433, c.min()[1], 1e-6);
        assertTrue(c.stable());
        assertTrue(c.returnMapDerivative() > 0 && c.returnMapDerivative() < 1);
    }

    @Test
    void fitzHughNagumoCycleAtI05() {
        // reference: SciPy DOP853, rtol = atol = 1e-13 (computed for this test): T = 39.474414980241,
        // v in [-1.97040674755, 1.852117473168]
        Model fhn = ReferenceModels.fitzHughNagumo(0.5);
        LimitCycle c = new LimitCycleFinder(fhn).find(fhn.defaultParameters(), new double[] {-1.2, -0.6})
                .orElseThrow();
        assertEquals(39.474414980241, c.period(), 1e-7);
        assertEquals(-1.97040674755, c.min()[0], 1e-6);
        assertEquals(1.852117473168, c.max()[0], 1e-6);
        assertEquals(1.393772623236, c.max()[1], 1e-6);
        assertTrue(c.stable());
    }

    @Test
    void aBoundKeepsTheSearchNearTheCycle() {
        // the van der Pol cycle lies in |x| <= 2.0086, |y| <= 2.6784 (see vanDerPolPeriod): a box containing
        // it still yields the cycle; a box that cuts through it ends the search without one
        Model vdp = ReferenceModels.system("van-der-pol", (t, y, p, f) -> {
            f[0] = y[1];
            f[1] = (1 - y[0] * y[0]) * y[1] - y[0];
        }, 2, 0);
        LimitCycle c = new LimitCycleFinder(vdp).transientTime(100).bound(new double[] {-3, -3}, new double[] {3, 3})
                .find(new double[0], new double[] {2, 0}).orElseThrow();
        assertEquals(6.663286859323, c.period(), 1e-8);
        assertTrue(new LimitCycleFinder(vdp).transientTime(100).bound(new double[] {-1.5, -3}, new double[] {1.5, 3})
                .find(new double[0], new double[] {1, 0}).isEmpty());
    }

    @Test
    void noCycleWhereTheOrbitSettlesOnAStableFocus() {
        // FHN at I = 0 (reference README: stable focus, the only attractor)
        Model fhn = ReferenceModels.fitzHughNagumo(0);
        Optional<LimitCycle> c = new LimitCycleFinder(fhn).find(fhn.defaultParameters(), new double[] {1, 0});
        assertTrue(c.isEmpty(), "no cycle: " + c);
    }

    @Test
    void modelsWithResetAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LimitCycleFinder(ReferenceModels.izhikevich()));
    }
}
