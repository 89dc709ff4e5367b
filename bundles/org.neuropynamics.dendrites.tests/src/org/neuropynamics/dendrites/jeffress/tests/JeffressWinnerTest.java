package org.neuropynamics.dendrites.jeffress.tests;

import org.neuropynamics.dendrites.jeffress.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The place code against its closed form: with symmetric delay lines the inputs coincide at detector
 * k* = (N + 1) / 2 + (t_right - t_left) / (2 delta), and the simulated winner (first detector to spike) must be
 * exactly that detector whenever k* is a whole number, for every detector model, several N, delta and ITDs
 * (both signs, zero, and the ends of the line).
 */
class JeffressWinnerTest {

    static Stream<Arguments> integralCases() {
        List<Arguments> cases = new ArrayList<>();
        int[][] lines = { { 5, 0 }, { 7, 0 }, { 10, 0 }, { 15, 1 }, { 20, 2 } };
        double[] deltas = { 0.1, 0.05, 0.2 };
        for (String model : DetectorSettings.MODELS) {
            for (int[] line : lines) {
                int n = line[0];
                double delta = deltas[line[1]];
                for (int k : new int[] { 1, 2, (n + 1) / 2, n - 1, n }) {
                    // ITD that puts the coincidence on detector k: 2 delta (k - (N + 1) / 2)
                    double itd = delta * (2 * k - (n + 1));
                    cases.add(Arguments.of(model, n, delta, itd, k));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: N={1}, delta={2} ms, ITD={3} ms -> detector {4}")
    @MethodSource("integralCases")
    void winnerIsTheAnalyticCoincidentDetector(String model, int n, double delta, double itd, int expected) {
        double onset = 2.0;
        double left = onset + Math.max(0, -itd);
        double right = onset + Math.max(0, itd);
        JeffressConfig config = JeffressConfig.of(left, right, n, delta, model);
        double kStar = config.coincidentDetector();
        assertEquals(expected, kStar, 1e-9, "closed form k*");
        JeffressResult result = JeffressModel.simulate(config);
        assertTrue(result.winner().isPresent(), "no detector fired");
        assertEquals(expected, result.winner().getAsInt(), "winner; first spikes: " + firstSpikes(result));
        // the winner's inputs coincide: it fires no earlier than their common arrival
        DetectorResponse w = result.detectors().get(expected - 1);
        assertEquals(w.leftArrival(), w.rightArrival(), 1e-9);
        assertTrue(w.firstSpike() >= w.lastArrival() - 1e-9);
    }

    @ParameterizedTest(name = "{0}: half-integral k* ties between mirror detectors")
    @MethodSource("models")
    void halfIntegralCoincidenceTiesBetweenMirrorImages(String model) {
        // N = 7, delta 0.1, ITD 0.3 ms: k* = 4 + 1.5 = 5.5; detectors 5 and 6 receive mirror-image inputs
        JeffressResult result = JeffressModel.simulate(JeffressConfig.of(2.0, 2.3, 7, 0.1, model));
        DetectorResponse five = result.detectors().get(4);
        DetectorResponse six = result.detectors().get(5);
        assertEquals(five.firstSpike(), six.firstSpike(), WinnerRule.TIE_TOLERANCE);
        assertEquals(5, result.winner().getAsInt(), "tie goes to the lower index");
        for (DetectorResponse d : result.detectors()) {
            if (d.index() != 5 && d.index() != 6 && d.fired()) {
                assertTrue(d.firstSpike() > five.firstSpike(), "detector " + d.index() + " fired first");
            }
        }
    }

    static Stream<String> models() {
        return DetectorSettings.MODELS.stream();
    }

    private static String firstSpikes(JeffressResult r) {
        StringBuilder s = new StringBuilder();
        for (DetectorResponse d : r.detectors()) {
            s.append(d.index()).append(':').append(d.fired() ? String.format("%.4f", d.firstSpike()) : "-").append(' ');
        }
        return s.toString();
    }
}
