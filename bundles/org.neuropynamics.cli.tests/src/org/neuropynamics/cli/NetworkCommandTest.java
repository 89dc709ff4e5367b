package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code network FILE} per the contract (README.md, "The command line"), on the shipped examples. */
class NetworkCommandTest {

    private static final String CUBA = "../../examples/cuba.neuronet";

    /** CUBA mean rate in 4-8 Hz (docs/reference-values.md); keys of the contract present and consistent. */
    @Test
    @SuppressWarnings("unchecked")
    void cubaReportsPopulationsAndRates() {
        CliRun run = CliRun.of("network", CUBA, "--seed", "3", "--json");
        assertEquals(0, run.status(), run.err());
        Map<String, Object> doc = (Map<String, Object>) run.json();
        List<Object> pops = (List<Object>) doc.get("populations");
        assertEquals(2, pops.size());
        double total = 0;
        for (Object o : pops) {
            Map<String, Object> p = (Map<String, Object>) o;
            double count = (Double) p.get("spike_count");
            double size = (Double) p.get("size");
            assertEquals(count / size, (Double) p.get("rate_hz"), 1e-9);
            total += count;
        }
        assertEquals(total, (Double) doc.get("total_spikes"));
        double rate = total / 4000;
        assertTrue(rate > 4 && rate < 8, "CUBA mean rate " + rate + " Hz");
        assertTrue((Double) doc.get("build_ms") > 0 && (Double) doc.get("run_ms") > 0);
    }

    /** --t shortens the run; the same seed gives the same counts. */
    @Test
    @SuppressWarnings("unchecked")
    void durationAndSeedApply() {
        Map<String, Object> a = (Map<String, Object>) CliRun.of("network", CUBA, "--t", "200", "--seed", "5",
                "--json").json();
        Map<String, Object> b = (Map<String, Object>) CliRun.of("network", CUBA, "--t", "200", "--seed", "5",
                "--json").json();
        assertEquals(200.0, a.get("duration_ms"));
        assertEquals(a.get("total_spikes"), b.get("total_spikes"));
    }

    @Test
    void badInputExitsWithOneLine(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.of("network", dir.resolve("nope.neuronet").toString(), "--json");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such network file"), missing.err());
        Path broken = dir.resolve("broken.neuronet");
        Files.writeString(broken, "<?xml version=\"1.0\"?><network:Network xmlns:network=");
        CliRun bad = CliRun.of("network", broken.toString());
        assertTrue(bad.status() != 0);
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("broken.neuronet is not a valid network file"), bad.err());
    }
}
