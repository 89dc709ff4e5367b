package org.neuropynamics.dendrites.jeffress.tests;

import org.neuropynamics.dendrites.jeffress.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tuning curve is the place code: across the line's range the winner is the detector nearest to k*
 * (the later arrival max(t_left + k delta, t_right + (N + 1 - k) delta) is smallest there), so it is a
 * staircase rising with the ITD.
 */
class TuningCurveTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "hh-traub", "lif", "izhikevich" })
    void winnerIsTheDetectorNearestToKStarAcrossTheLine(String model) {
        JeffressConfig base = JeffressConfig.of(2.0, 2.0, 9, 0.1, model);
        // ITDs from -0.76 to +0.76 ms in 0.04 ms steps: k* from 1.2 to 8.8 in steps of 0.2, never a half-integer
        List<TuningCurve.Point> curve = TuningCurve.sweep(base, -0.76, 0.76, 39);
        assertEquals(39, curve.size());
        int previous = 0;
        for (TuningCurve.Point p : curve) {
            double kStar = p.analytic();
            assertEquals(5 + p.itd() / 0.2, kStar, 1e-9);
            assertTrue(Math.abs(kStar - Math.floor(kStar) - 0.5) > 0.05, "test ITDs avoid ties");
            assertEquals(Math.round(kStar), p.winner(), "ITD " + p.itd());
            assertTrue(p.winner() >= previous, "monotone place code");
            previous = p.winner();
        }
    }
}
