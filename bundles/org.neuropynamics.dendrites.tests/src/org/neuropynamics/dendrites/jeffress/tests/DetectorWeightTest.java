package org.neuropynamics.dendrites.jeffress.tests;

import org.neuropynamics.dendrites.jeffress.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default weights make the detectors coincidence detectors: one input alone stays below threshold, two
 * coincident inputs fire. The single-input threshold is measured by bisection on the weight and compared with
 * the values documented on {@link DetectorSettings}.
 */
class DetectorWeightTest {

    static Stream<Arguments> models() {
        // model, documented single-input threshold (mV)
        return Stream.of(Arguments.of("hh-traub", 5.40), Arguments.of("lif", 9.0), Arguments.of("izhikevich", 15.16));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void oneInputIsSubthresholdTwoCoincidentInputsFire(String model, double documentedThreshold) {
        DetectorSettings s = DetectorSettings.defaults(model);
        assertFalse(single(s, s.weight()), "one input alone fired");
        assertTrue(pair(s, s.weight()), "two coincident inputs did not fire");
        double threshold = bisect(s);
        assertEquals(documentedThreshold, threshold, 0.01, "single-input threshold");
        // margins on both sides: w below threshold, 2w above, each by at least 25 %
        assertTrue(s.weight() < 0.8 * threshold && 2 * s.weight() > 1.25 * threshold,
                "weight " + s.weight() + " vs threshold " + threshold);
    }

    /** One input (the other arrives after the end of the run). */
    private static boolean single(DetectorSettings s, double w) {
        JeffressConfig c = new JeffressConfig(1.0, 100.0, new DelayLine(1, 0.1), s.withWeight(w), 40);
        return JeffressModel.simulate(c).detectors().get(0).fired();
    }

    private static boolean pair(DetectorSettings s, double w) {
        JeffressConfig c = new JeffressConfig(1.0, 1.0, new DelayLine(1, 0.1), s.withWeight(w), 40);
        return JeffressModel.simulate(c).detectors().get(0).fired();
    }

    private static double bisect(DetectorSettings s) {
        double lo = 0;
        double hi = 60;
        for (int i = 0; i < 30; i++) {
            double w = 0.5 * (lo + hi);
            if (single(s, w)) {
                hi = w;
            } else {
                lo = w;
            }
        }
        return hi;
    }
}
