package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code map}: the logistic map's Lyapunov exponent and cycles against closed forms. */
class MapCommandTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.status(), run.err());
        return (Map<String, Object>) run.json();
    }

    @Test
    void lyapunovExponentAtFourIsLnTwo() {
        Map<String, Object> doc = json("map", "logistic", "--set", "r=4", "--lyapunov", "--json");
        assertEquals(Math.log(2), (Double) doc.get("lyapunov"), 3e-3);
    }

    @Test
    void lyapunovExponentOfTheStableFixedPoint() {
        // r = 2.5: x* = 1 - 1/r attracts, lambda = ln |f'(x*)| = ln |2 - r|
        Map<String, Object> doc = json("map", "logistic", "--set", "r=2.5", "--lyapunov", "--json");
        assertEquals(Math.log(0.5), (Double) doc.get("lyapunov"), 1e-6);
    }

    @Test
    @SuppressWarnings("unchecked")
    void orbitDiagramOnTheTwoCycle() {
        // r = 3.2: the 2-cycle x = (r + 1 +- sqrt((r - 3)(r + 1))) / (2 r)
        double r = 3.2;
        double root = Math.sqrt((r - 3) * (r + 1));
        double lo = (r + 1 - root) / (2 * r);
        double hi = (r + 1 + root) / (2 * r);
        Map<String, Object> doc = json("map", "logistic", "--orbit-diagram", "3.2:3.2:1", "--iterations", "20",
                "--json");
        List<List<Double>> points = (List<List<Double>>) doc.get("points");
        assertEquals(20, points.size());
        for (List<Double> p : points) {
            assertEquals(3.2, p.get(0), 1e-12);
            double x = p.get(1);
            assertEquals(0, Math.min(Math.abs(x - lo), Math.abs(x - hi)), 1e-9, "x = " + x);
        }
    }

    @Test
    void aFlowIsRefused() {
        CliRun run = CliRun.of("map", "fitzhugh-nagumo");
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
