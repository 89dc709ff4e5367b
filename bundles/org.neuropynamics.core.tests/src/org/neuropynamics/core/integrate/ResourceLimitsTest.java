package org.neuropynamics.core.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * Issue 19: the size checks made before a run. Step counts are exact arithmetic on the request, reported even
 * beyond the range of double (1e308 ms / 0.01 ms = 1e310 steps); a run request over the limits is refused
 * when it is built, before any array is allocated.
 */
class ResourceLimitsTest {

    @Test
    void stepCountsBeyondDoubleRangeAreReportedExactly() {
        ResourceLimitException e = assertThrows(ResourceLimitException.class,
                () -> ResourceLimits.checkSteps("--t 1e308 ms at dt 0.01 ms", 1, 1e308, 0.01));
        assertEquals("--t 1e308 ms at dt 0.01 ms is 1e310 steps; the limit is 1e9 steps", e.getMessage());
        e = assertThrows(ResourceLimitException.class, () -> ResourceLimits.checkSteps("x", 7, 1e308, 0.05));
        assertEquals("x is 1.4e310 steps; the limit is 1e9 steps", e.getMessage());
        e = assertThrows(ResourceLimitException.class, () -> ResourceLimits.checkSteps("y", 1, 1e7, 1e-3));
        assertEquals("y is 1e10 steps; the limit is 1e9 steps", e.getMessage());
        ResourceLimits.checkSteps("at the limit", 1, 1e7, 0.01); // 1e9 steps: allowed
        assertThrows(ResourceLimitException.class, () -> ResourceLimits.checkSteps("NaN", 1, Double.NaN, 1));
    }

    @Test
    void countsAndSizesReadWell() {
        assertEquals("1000", ResourceLimits.count(1000));
        assertEquals("2.6e12", ResourceLimits.count(2.6e12));
        assertEquals("1e6", ResourceLimits.count(1e6));
        assertEquals("100", ResourceLimits.count(100));
        assertEquals("512 MB", ResourceLimits.bytes(512.0 * (1 << 20)));
        assertEquals("74.5 GB", ResourceLimits.bytes(1e9 * 5 * 16));
    }

    @Test
    void memoryOverHalfTheHeapIsRefused() {
        long budget = ResourceLimits.memoryBudget();
        assertEquals(Runtime.getRuntime().maxMemory() / 2, budget);
        ResourceLimits.checkMemory("fits", budget);
        ResourceLimitException e = assertThrows(ResourceLimitException.class,
                () -> ResourceLimits.checkMemory("too much", budget + 1.0));
        assertTrue(e.getMessage().startsWith("too much needs about "), e.getMessage());
        assertTrue(e.getMessage().contains("; the limit is " + ResourceLimits.bytes(budget)), e.getMessage());
    }

    @Test
    void runRequestsAreCheckedWhenBuilt() {
        Model m = OdeModelLoader.load("decay", "x' = -x\ninit x=1\n", "decay.ode");
        ResourceLimitException e = assertThrows(ResourceLimitException.class,
                () -> SimulationRequest.builder(m).tEnd(1e308).dt(0.01).build());
        assertEquals("a run of 1e308 ms at dt 0.01 ms is 1e310 steps; the limit is 1e9 steps", e.getMessage());
        e = assertThrows(ResourceLimitException.class,
                () -> SimulationRequest.builder(m).tEnd(1e8).method("dopri5").build());
        assertTrue(e.getMessage().startsWith("a run of 1e8 ms is longer than the limit of 1e7 ms"), e.getMessage());
        // 1e9 steps are allowed, but recording every one of them (1e9 + 1 samples of t and x) is not
        e = assertThrows(ResourceLimitException.class,
                () -> SimulationRequest.builder(m).tEnd(1e7).dt(0.01).build());
        assertTrue(e.getMessage().startsWith("a run of 1e7 ms sampled every 0.01 ms (1e9 samples of 2 values) needs"
                + " about 29.8 GB of memory"), e.getMessage());
        SimulationRequest.builder(m).tEnd(1e7).dt(0.01).sampleInterval(1e4).build(); // sparse sampling fits
    }
}
