package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate} against the reference values of docs/reference-values.md (Brian2 2.5.1 spike times,
 * LIF closed form), through the whole command line as a script would call it.
 */
class SimulateCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void izhikevichRegularSpikingMatchesBrian2Rk4() {
        CliRun run = CliRun.of("simulate", "izhikevich", "--set", "a=0.02", "--set", "b=0.2", "--set", "c=-65",
                "--set", "d=8", "--set", "I=10", "--t", "1000", "--method", "rk4", "--dt", "0.01", "--json");
        assertEquals(0, run.status(), run.err());
        Map<String, Object> doc = (Map<String, Object>) run.json();
        assertEquals("izhikevich", doc.get("model"));
        List<Object> spikes = (List<Object>) doc.get("spikes_ms");
        double[] brian2 = { 3.12, 26.23, 71.07, 115.89, 160.71 };
        for (int k = 0; k < brian2.length; k++) {
            // reference README: one step (0.01 ms) on times for the same method
            assertEquals(brian2[k], (Double) spikes.get(k), 0.01 + 1e-9, "spike " + (k + 1));
        }
        assertEquals(23.0, (Double) doc.get("spike_count"), 1.0);
        assertEquals(spikes.size(), ((Double) doc.get("spike_count")).intValue());
        Map<String, Object> fin = (Map<String, Object>) doc.get("final");
        assertEquals(List.of("v", "u"), List.copyOf(fin.keySet()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void izhikevichForwardEulerMatchesBrian2() {
        CliRun run = CliRun.of("simulate", "izhikevich", "--method", "euler", "--dt", "0.1", "--json");
        assertEquals(0, run.status(), run.err());
        List<Object> spikes = (List<Object>) ((Map<String, Object>) run.json()).get("spikes_ms");
        double[] brian2 = { 3.3, 27.0, 72.1, 117.2, 162.3 };
        for (int k = 0; k < brian2.length; k++) {
            assertEquals(brian2[k], (Double) spikes.get(k), 0.1 + 1e-9, "spike " + (k + 1));
        }
        assertEquals(23, spikes.size(), 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void lifRateMatchesTheClosedForm() {
        // rate = 1 / (tref + tau ln(I / (I - (Vth - EL)))) = 77.0053 Hz at I = 30 mV (reference README)
        CliRun run = CliRun.of("simulate", "lif", "--set", "tau=10", "--set", "EL=-70", "--set", "Vreset=-70",
                "--set", "Vth=-50", "--set", "tref=2", "--set", "I=30", "--t", "10000", "--json",
                "--spike-timing", "interpolated");
        assertEquals(0, run.status(), run.err());
        double count = (Double) ((Map<String, Object>) run.json()).get("spike_count");
        assertEquals(77.0053, count / 10.0, 0.2);
    }

    @Test
    void odeFileWritesCsvWithHeaderAndOneRowPerSample(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("out.csv");
        Path ode = dir.resolve("izh.ode");
        try (var in = SimulateCommandTest.class.getResourceAsStream("/bench/izhikevich.ode")) {
            Files.write(ode, in.readAllBytes());
        }
        // an .ode file runs with XPPAUT's numerics (dt 0.05, events interpolated); ask for the catalogue's
        CliRun run = CliRun.of("simulate", ode.toString(), "--t", "200", "--csv", csv.toString(), "--sample", "0.5",
                "--dt", "0.01", "--spike-timing", "step", "--json");
        assertEquals(0, run.status(), run.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("t,v,u", lines.get(0));
        assertEquals(1 + 401, lines.size(), "samples at 0, 0.5, ..., 200 ms");
        String[] first = lines.get(1).split(",");
        assertEquals(0.0, Double.parseDouble(first[0]));
        assertEquals(-65.0, Double.parseDouble(first[1]));
        assertEquals(-13.0, Double.parseDouble(first[2]));
        // the typed file and the catalogue model are the same neuron: same spikes in 200 ms
        CliRun catalogue = CliRun.of("simulate", "izhikevich", "--t", "200", "--json");
        assertEquals(field(catalogue, "spikes_ms"), field(run, "spikes_ms"));
    }

    @Test
    void divergenceIsReportedInOneLineNamingVariableAndTime() {
        CliRun run = CliRun.of("simulate", "data/blowup.ode");
        assertEquals(2, run.status(), "a model that blows up is bad input: exit 2");
        assertEquals("", run.out());
        String line = run.err().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains("x ") && line.contains("t = "), line);
        double t = Double.parseDouble(line.replaceAll(".*t = ([0-9.]+).*", "$1"));
        assertEquals(1.0, t, 0.05, "x' = x^2 from 1 blows up at t = 1");
    }

    @SuppressWarnings("unchecked")
    private static Object field(CliRun run, String key) {
        return ((Map<String, Object>) run.json()).get(key);
    }
}
