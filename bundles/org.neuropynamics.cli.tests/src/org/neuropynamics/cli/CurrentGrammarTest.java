package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * One {@code --current} grammar for {@code simulate} and {@code render single-neuron} (issue 13): a shape without
 * amplitude takes the parameter I, the same shape with the amplitude written out sets it, and both commands read
 * both forms. Checked by equality of what the two spellings produce: the same spike times (the LIF at I = 30 mV
 * fires at the closed-form rate, docs/reference-values.md), the same SVG text.
 */
class CurrentGrammarTest {

    @SuppressWarnings("unchecked")
    private static List<Object> spikes(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.status(), r.err());
        return (List<Object>) ((Map<String, Object>) r.json()).get("spikes_ms");
    }

    @Test
    void simulateReadsRendersShapesWithTheAmplitudeI() {
        List<Object> implied = spikes("simulate", "lif", "--set", "I=30", "--set", "tau=10", "--set", "EL=-70",
                "--set", "tref=2", "--current", "step:100:600", "--t", "700", "--json");
        List<Object> written = spikes("simulate", "lif", "--set", "tau=10", "--set", "EL=-70", "--set", "tref=2",
                "--current", "step:100:600:30", "--t", "700", "--json");
        assertEquals(written, implied);
        // 500 ms at the closed-form rate 77.0053 Hz: 38 or 39 spikes, none outside the step
        assertTrue(implied.size() == 38 || implied.size() == 39, "spikes " + implied.size());
        assertTrue((Double) implied.get(0) > 100 && (Double) implied.get(implied.size() - 1) < 600);
        List<Object> pulses = spikes("simulate", "lif", "--set", "I=30", "--current", "pulses:100:400:50:100", "--t",
                "500", "--json");
        assertEquals(spikes("simulate", "lif", "--current", "pulses:100:50:100:30:3", "--t", "500", "--json"), pulses);
    }

    @Test
    void renderReadsSimulatesFormsAndSetsI() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "figures"));
        Path a = dir.resolve("current-implied.svg");
        Path b = dir.resolve("current-written.svg");
        CliRun implied = CliRun.of("render", "single-neuron", "--model", "lif", "--set", "I=30", "--current",
                "step:100:600", "--svg", a.toString());
        assertEquals(0, implied.status(), implied.err());
        CliRun written = CliRun.of("render", "single-neuron", "--model", "lif", "--current", "step:100:600:30",
                "--svg", b.toString());
        assertEquals(0, written.status(), written.err());
        assertEquals(Files.readString(a), Files.readString(b));
        CliRun bad = CliRun.of("render", "single-neuron", "--model", "lif", "--current", "ramp:0:10:1:2", "--svg",
                dir.resolve("x.svg").toString());
        assertEquals(2, bad.status());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }
}
