package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code cycle}: limit cycles found by shooting, against periods computed independently. */
class CycleCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void fitzHughNagumoCycleAtHalf() {
        // FHN (a 0.7, b 0.8, tau 12.5, I 0.5): T = 39.474414980241, SciPy DOP853 at rtol 1e-13 (see the
        // phase-plane tests in org.neuropynamics.core.tests)
        CliRun run = CliRun.of("cycle", "fitzhugh-nagumo", "--set", "I=0.5", "--json");
        assertEquals(0, run.status(), run.err());
        Map<String, Object> doc = (Map<String, Object>) run.json();
        assertEquals(39.474414980241, (Double) doc.get("period_ms"), 1e-6);
        assertEquals(Boolean.TRUE, doc.get("stable"));
        Map<String, Object> max = (Map<String, Object>) doc.get("max");
        Map<String, Object> min = (Map<String, Object>) doc.get("min");
        assertTrue((Double) max.get("v") > 1.8 && (Double) min.get("v") < -1.8, "relaxation cycle spans the cubic");
    }

    @Test
    void aResetModelIsRefused() {
        CliRun run = CliRun.of("cycle", "izhikevich");
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
