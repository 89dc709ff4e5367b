package org.neuropynamics.dendrites.jeffress.tests;

import org.neuropynamics.dendrites.jeffress.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Delays, the closed form of the coincident detector and the free-field head model. */
class DelayLineTest {

    @Test
    void delaysAreSymmetricSoEqualTimesMeetInTheMiddle() {
        DelayLine line = new DelayLine(7, 0.1);
        for (int k = 1; k <= 7; k++) {
            assertEquals(k * 0.1, line.leftDelay(k), 1e-15);
            assertEquals((8 - k) * 0.1, line.rightDelay(k), 1e-15);
            assertEquals(line.leftDelay(k), line.rightDelay(8 - k), 1e-15, "mirror symmetry");
        }
        assertEquals(4.0, line.coincidentDetector(3.0, 3.0), 1e-12);
        assertEquals(5.0, line.coincidentDetector(2.0, 2.2), 1e-12);
        assertEquals(0.2, line.bestItd(5), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> line.leftDelay(8));
        assertThrows(IllegalArgumentException.class, () -> new DelayLine(0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new DelayLine(3, 0));
    }

    @Test
    void headModelGivesWoodworthFreeFieldDelays() {
        HeadModel head = HeadModel.BRIAN2_DEMO; // 20 cm at 300 m/s: 0.6667 ms
        assertEquals(0.2 / 300 * 1000, head.maxItdMs(), 1e-12);
        assertEquals(-head.maxItdMs(), head.itdMs(90), 1e-12, "source on the right: right ear first");
        assertEquals(head.maxItdMs() / 2, head.itdMs(-30), 1e-12, "sin(-30 deg) = -1/2");
        assertEquals(0, head.itdMs(0), 1e-15);
        assertEquals(-30, head.azimuthDegrees(head.itdMs(-30)), 1e-9);
        double[] arrivals = head.arrivalTimes(1.0, 30);
        assertEquals(1.0 + head.maxItdMs() / 2, arrivals[0], 1e-12, "left ear hears a right source later");
        assertEquals(1.0, arrivals[1], 1e-12);
    }
}
