package org.neuropynamics.core.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;

/**
 * Divergence detection: y' = y^2 from y(0) = 1 has the exact solution 1 / (1 - t), which blows up at t = 1;
 * the run must stop there and name the variable and the time.
 */
class DivergenceTest {

    private static final Model BLOW_UP = ReferenceModels.system("blow-up", (t, y, p, d) -> d[0] = y[0] * y[0], 1.0);

    @ParameterizedTest
    @ValueSource(strings = {"euler", "exp-euler", "rk4", "dopri5"})
    void blowUpIsReportedNearTimeOne(String method) {
        DivergenceException e = assertThrows(DivergenceException.class, () -> Simulation.run(
                SimulationRequest.builder(BLOW_UP).tEnd(2).dt(1e-4).method(method).build()));
        assertEquals("x", e.variable());
        // |y| passes 1e12 at t = 1 - 1e-12 exactly; fixed steps of 1e-4 lag by a few steps (Euler most)
        assertEquals(1.0, e.time(), 0.01, e.getMessage());
        assertTrue(e.getMessage().startsWith("x "), e.getMessage());
        assertTrue(e.getMessage().contains(" at t = "), e.getMessage());
    }

    @Test
    void limitIsConfigurable() {
        DivergenceException e = assertThrows(DivergenceException.class, () -> Simulation.run(
                SimulationRequest.builder(BLOW_UP).tEnd(2).dt(1e-5).divergenceLimit(100).build()));
        // y = 1 / (1 - t) passes 100 at t = 0.99
        assertEquals(0.99, e.time(), 1e-4);
        assertTrue(e.getMessage().startsWith("x exceeded 100 in magnitude"), e.getMessage());
    }

    @Test
    void nanIsNamedWithItsTime() {
        // x' = -1 from 1 reaches 0 at t = 1; z' = sqrt(x) is NaN afterwards, so z becomes NaN one step later
        Model m = ReferenceModels.system("nan", (t, y, p, d) -> {
            d[0] = -1;
            d[1] = Math.sqrt(y[0]);
        }, 1.0, 0.0);
        DivergenceException e = assertThrows(DivergenceException.class, () -> Simulation.run(
                SimulationRequest.builder(m).tEnd(3).dt(0.01).method("euler").build()));
        assertEquals("y", e.variable());
        assertEquals(1.02, e.time(), 0.015);
        assertTrue(e.getMessage().matches("y became NaN at t = 1\\.0[12]\\d* ms"), e.getMessage());
    }
}
