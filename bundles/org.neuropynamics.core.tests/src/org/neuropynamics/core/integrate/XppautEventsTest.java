package org.neuropynamics.core.integrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * XPPAUT's {@code global} events: direction 0 fires on crossings both ways; several events per file; the
 * event times against the analytic crossings of x = sin t through 1/2 (pi/6, 5 pi/6, 13 pi/6, 17 pi/6).
 */
class XppautEventsTest {

    private static final Model SINE = OdeModelLoader.load("sine", """
            x' = cos(t)
            n' = 0
            up' = 0
            global 0 {x - 0.5} {n = n + 1}
            global 1 {x - 0.5} {up = up + 1}
            """, "sine.ode");

    private static final double[] CROSSINGS = {Math.PI / 6, 5 * Math.PI / 6, 13 * Math.PI / 6, 17 * Math.PI / 6};

    private static Trace run(String method, EventTiming timing) {
        return Simulation.run(SimulationRequest.builder(SINE).tEnd(10).dt(0.05).method(method).tolerances(1e-10, 1e-10)
                .eventTiming(timing).build());
    }

    @Test
    void bothDirectionsOnTheDenseOutput() {
        Trace tr = run("dopri5", EventTiming.INTERPOLATED);
        assertArrayEquals(CROSSINGS, tr.spikeTimes(), 1e-7);
        assertEquals(4, tr.finalState()[1], "direction 0: every crossing");
        assertEquals(2, tr.finalState()[2], "direction 1: upward crossings only");
    }

    @Test
    void xppautTimingInterpolatesTheConditionLinearly() {
        Trace tr = run("rk4", EventTiming.XPPAUT);
        // linear interpolation of sin t - 1/2 over a step of 0.05: error below dt^2 |x''| / |x'| / 8 < 2e-4 per
        // event; the state at an event is interpolated linearly too (as XPPAUT's flags.c does), so x carries an
        // O(dt^2) error of up to 3e-4 into later crossings
        assertArrayEquals(CROSSINGS, tr.spikeTimes(), 6e-4);
        assertEquals(4, tr.finalState()[1]);
        assertEquals(2, tr.finalState()[2]);
    }

    @Test
    void hermiteLocationOfFixedStepRuns() {
        Trace tr = run("rk4", EventTiming.INTERPOLATED);
        assertArrayEquals(CROSSINGS, tr.spikeTimes(), 1e-6);
        assertEquals(4, tr.finalState()[1]);
    }
}
