package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code continue}: Hopf points against closed forms and docs/reference-values.md. */
class ContinueCommandTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> special(CliRun run, String type) {
        assertEquals(0, run.status(), run.err());
        Map<String, Object> doc = (Map<String, Object>) run.json();
        return ((List<Map<String, Object>>) doc.get("special")).stream().filter(s -> type.equals(s.get("type")))
                .toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void fitzHughNagumoHopfPointsMatchTheClosedForm() {
        // v^2 = 1 - b/tau = 0.936 at the Hopf points; I = v^3/3 - v + (v + a)/b (reference README, 1e-6)
        CliRun run = CliRun.of("continue", "fitzhugh-nagumo", "--param", "I", "--from", "0", "--to", "2", "--json");
        List<Map<String, Object>> hopf = special(run, "HB");
        assertEquals(2, hopf.size(), run.out());
        double v = Math.sqrt(1 - 0.8 / 12.5);
        double first = -v * v * v / 3 + v + (-v + 0.7) / 0.8;
        assertEquals(0.3312813, first, 1e-7, "closed form as printed in the reference");
        assertEquals(first, (Double) hopf.get(0).get("p"), 1e-6);
        assertEquals(1.4187187, (Double) hopf.get(1).get("p"), 1e-6);
        assertEquals(-v, (Double) ((Map<String, Object>) hopf.get(0).get("state")).get("v"), 1e-6);
        Map<String, Object> doc = (Map<String, Object>) run.json();
        assertEquals("I", doc.get("param"));
        List<Map<String, Object>> branches = (List<Map<String, Object>>) doc.get("branches");
        assertEquals("equilibrium", branches.get(0).get("kind"));
        assertTrue(branches.stream().anyMatch(b -> "cycle".equals(b.get("kind"))), "a cycle branch from the Hopf point");
    }

    /**
     * Issue 19: over 0..1e6 (and 1e12) the steps used to scale with the range and jump over both Hopf points,
     * and the branch claimed to reach the end. The step scale is now capped by the parameter's range, so both
     * Hopf points are found at the closed form, and a branch that runs out of points says so.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aHugeRangeStillFindsBothHopfPointsAndNeverClaimsItsEnd() {
        double v = Math.sqrt(1 - 0.8 / 12.5);
        double first = -v * v * v / 3 + v + (-v + 0.7) / 0.8;
        double second = v * v * v / 3 - v + (v + 0.7) / 0.8;
        for (String to : List.of("1e6", "1e12")) {
            CliRun run = CliRun.of("continue", "fitzhugh-nagumo", "--param", "I", "--from", "0", "--to", to,
                    "--no-cycles", "--json");
            List<Map<String, Object>> hopf = special(run, "HB");
            assertEquals(2, hopf.size(), run.out());
            assertEquals(first, (Double) hopf.get(0).get("p"), 1e-6);
            assertEquals(second, (Double) hopf.get(1).get("p"), 1e-6);
            Map<String, Object> eq = ((List<Map<String, Object>>) ((Map<String, Object>) run.json()).get("branches"))
                    .get(0);
            List<Map<String, Object>> points = (List<Map<String, Object>>) eq.get("points");
            double last = (Double) points.get(points.size() - 1).get("p");
            String stop = (String) eq.get("stop");
            assertTrue(last < Double.parseDouble(to), "the branch ends before " + to + ": " + last);
            assertTrue(!stop.contains("reached the end"), stop);
            assertTrue(stop.contains("maximum number of points"), stop);
        }
    }

    @Test
    void hodgkinHuxleyFirstHopfPointIsSubcritical() {
        CliRun run = CliRun.of("continue", "hodgkin-huxley", "--param", "I", "--from", "0", "--to", "200",
                "--no-cycles", "--json");
        List<Map<String, Object>> hopf = special(run, "HB");
        assertEquals(2, hopf.size(), run.out());
        assertEquals(9.7754, (Double) hopf.get(0).get("p"), 1e-3, "reference README");
        assertEquals("subcritical", hopf.get(0).get("criticality"));
        assertTrue((Double) hopf.get(0).get("l1") > 0);
        assertEquals(154.5224, (Double) hopf.get(1).get("p"), 1e-3, "AUTO-07p");
    }

    @Test
    void badInputIsOneLineWithExitTwo() {
        CliRun run = CliRun.of("continue", "fitzhugh-nagumo", "--param", "nope", "--from", "0", "--to", "1");
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("nope"), run.err());
        CliRun map = CliRun.of("continue", "logistic", "--param", "r", "--from", "0", "--to", "1");
        assertEquals(2, map.status(), map.err());
    }
}
