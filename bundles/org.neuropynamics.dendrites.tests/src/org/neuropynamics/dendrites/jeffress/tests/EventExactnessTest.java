package org.neuropynamics.dendrites.jeffress.tests;

import org.neuropynamics.dendrites.jeffress.*;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The event-driven detector against the LIF closed form: between inputs v(t) = EL + (v(t1) - EL)
 * exp(-(t - t1) / tau), and exponential Euler is exact for this linear equation, so inputs at times off the
 * step grid are applied at their exact times.
 */
class EventExactnessTest {

    private static final double EL = -59;
    private static final double TAU = 20;

    @Test
    void lifPotentialBetweenInputsIsTheClosedForm() {
        // detector 2 of N = 3, delta 0.1: left arrives at 1.03 + 0.2 = 1.23, right at 1.57 + 0.2 = 1.77 ms
        JeffressConfig c = JeffressConfig.of(1.03, 1.57, 3, 0.1, "lif");
        DetectorResponse d = JeffressModel.simulate(c).detectors().get(1);
        assertEquals(1.23, d.leftArrival(), 1e-12);
        assertEquals(1.77, d.rightArrival(), 1e-12);
        double w = c.detector().weight();
        for (double t : new double[] { 1.3, 1.5, 1.7699 }) {
            double expected = EL + w * Math.exp(-(t - 1.23) / TAU);
            assertEquals(expected, d.potentialAt(t), 2e-5, "v at " + t); // linear interpolation between samples
        }
        // the second input arrives on top of the decayed first: 2w - w (1 - exp(-0.54/20)) is still above 9 mV,
        // so the detector fires exactly at 1.77 ms, the instant of the second input
        assertArrayEquals(new double[] { 1.77 }, d.spikeTimes(), 1e-12);
        double reached = EL + w * Math.exp(-(1.77 - 1.23) / TAU) + w;
        assertEquals(reached, d.peakPotential(), 1e-9);
    }

    @Test
    void potentialGridHoldsEveryDetectorOnACommonTimeBase() {
        JeffressResult r = JeffressModel.simulate(JeffressConfig.of(2.0, 2.2, 7, 0.1, "lif"));
        double[][] grid = r.potentialGrid(0.05);
        assertEquals(7, grid.length);
        assertEquals((int) Math.floor(r.endTime() / 0.05 + 1e-9) + 1, grid[0].length);
        assertEquals(EL, grid[0][0], 1e-12, "at rest at t = 0");
    }
}
