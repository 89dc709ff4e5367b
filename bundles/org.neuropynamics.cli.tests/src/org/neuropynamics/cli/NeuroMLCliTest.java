package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code network FILE} opens NeuroML 2 and LEMS files (issue 15): the LEMS example Ex0 of the NeuroML2
 * repository (test data of org.neuropynamics.neuroml.tests, LGPL-3.0) runs for its own 300 ms, and hostile
 * files exit 2 with one line.
 */
class NeuroMLCliTest {

    static final Path EX0 = Path.of("../org.neuropynamics.neuroml.tests/data/NeuroML2/LEMS_NML2_Ex0_IaF.xml");

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void lemsExampleRunsWithItsOwnLengthAndSpikeCounts() {
        CliRun run = CliRun.of("network", EX0.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        Map<String, Object> doc = (Map<String, Object>) run.json();
        assertEquals(300.0, ((Number) doc.get("duration_ms")).doubleValue(), 1e-9);
        Map<String, Integer> counts = new HashMap<>();
        for (Object o : (List<Object>) doc.get("populations")) {
            Map<String, Object> p = (Map<String, Object>) o;
            counts.put((String) p.get("name"), ((Number) p.get("spike_count")).intValue());
        }
        // the .mep file's spikes (7, 6, 8 and 7 upward crossings of the output trace) plus the reset at the
        // first step: every cell starts at leakReversal, above thresh, and fires at once, as in LEMS
        assertEquals(Map.of("iafTauPop", 8, "iafTauRefPop", 7, "iafPop", 9, "iafRefPop", 8), counts);
    }

    /**
     * One iafTauCell from rest above threshold: after each reset v = EL + (reset - EL) exp(-t/tau) reaches thresh
     * after tau ln((reset - EL)/(thresh - EL)) = 30 ln 4 = 41.589 ms; LEMS's forward Euler at 0.005 ms with its
     * one-step event lag makes every interval 41.595 ms (the Ex0 .mep file's times).
     */
    @Test
    @SuppressWarnings("unchecked")
    void simulateRunsTheOneCellOfALemsFile() throws Exception {
        Path f = Files.writeString(dir.resolve("LEMS_one.xml"), """
                <Lems>
                  <Target component="sim"/>
                  <Include file="Cells.xml"/>
                  <iafTauCell id="c" leakReversal="-50mV" thresh="-55mV" reset="-70mV" tau="30ms"/>
                  <network id="n"><population id="p" component="c" size="1"/></network>
                  <Simulation id="sim" length="200ms" step="0.005ms" target="n"/>
                </Lems>
                """);
        CliRun run = CliRun.of("simulate", f.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        Map<String, Object> doc = (Map<String, Object>) run.json();
        assertEquals("iafTauCell", doc.get("model"));
        List<Object> spikes = (List<Object>) doc.get("spikes_ms");
        assertEquals(5, spikes.size(), spikes.toString()); // the reset at once, then 41.6, 83.2, 124.8, 166.4
        for (int k = 2; k < spikes.size(); k++) {
            double isi = ((Number) spikes.get(k)).doubleValue() - ((Number) spikes.get(k - 1)).doubleValue();
            assertEquals(30 * Math.log(4), isi, 0.01, "interval " + k);
        }
        CliRun many = CliRun.of("simulate", EX0.toString());
        assertEquals(2, many.status(), many.err());
        assertTrue(many.err().contains("simulate runs one cell"), many.err());
    }

    @Test
    void hostileFileExitsTwoWithOneLine() throws Exception {
        Path f = Files.writeString(dir.resolve("LEMS_evil.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE Lems [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Lems>&x;</Lems>\n");
        CliRun run = CliRun.of("network", f.toString());
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("LEMS_evil.xml:2: a DOCTYPE declaration is not allowed"), run.err());
        assertFalse(run.err().contains("root:"), run.err());
        Path url = Files.writeString(dir.resolve("LEMS_url.xml"), "<Lems><Include file=\"https://example.org/x.nml\"/></Lems>");
        CliRun r2 = CliRun.of("network", url.toString());
        assertEquals(2, r2.status(), r2.err());
        assertTrue(r2.err().contains("refused to include 'https://example.org/x.nml'"), r2.err());
    }
}
