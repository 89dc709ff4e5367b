package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.cli.ResourceLimitsCliTest.assertContains;
import static org.neuropynamics.cli.ResourceLimitsCliTest.refused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, no silent nonsense: typos are errors (numbers parsed strictly, unknown methods, ignored --set,
 * --threads below 1), NaN and infinity are never printed as results, the network simulator refuses
 * parameters it cannot run and reports divergence, and equilibria of reset models say whether the reset
 * makes them unreachable. Each refusal: exit 2, one stderr line, nothing on stdout.
 */
class StrictInputCliTest {

    @Test
    void numbersAreParsedStrictly() {
        // Double.parseDouble accepts both: a float suffix and a hexadecimal literal
        assertContains("--t: '100f' is not a number", refused("simulate", "hodgkin-huxley", "--t", "100f"));
        assertContains("--t: '0x1p3' is not a number", refused("simulate", "hodgkin-huxley", "--t", "0x1p3"));
        assertContains("--set I: '5d' is not a number",
                refused("simulate", "hodgkin-huxley", "--set", "I=5d"));
        assertContains("--n: '1.5' is not an integer", refused("cable", "--n", "1.5"));
    }

    @Test
    void threadsBelowOneAreRefused(@TempDir Path dir) {
        for (String n : List.of("0", "-4")) {
            assertContains("--threads must be at least 1, got " + n, refused("sweep", "adex", "--param", "Vr",
                    "--from", "-48", "--to", "-47", "--n", "3", "--observe", "w", "--threads", n));
            assertContains("--threads must be at least 1, got " + n,
                    refused("network", "../../examples/cuba.neuronet", "--threads", n));
        }
    }

    @Test
    void setIsAnErrorWhereItMeansNothing() {
        assertContains("--set a: cable has no model parameters to set", refused("cable", "--set", "a=1"));
        assertContains("--set a: models has no model parameters to set", refused("models", "--set", "a=1"));
    }

    @Test
    void odeTyposAreErrors(@TempDir Path dir) throws IOException {
        Path typo = dir.resolve("typo.ode");
        Files.writeString(typo, "par a=5abc\nx' = -a*x\ndone\n");
        assertContains("'5abc' is not a number", refused("simulate", typo.toString()));
        Path method = dir.resolve("method.ode");
        Files.writeString(method, "x' = -x\n@ meth=bogus\ndone\n");
        assertContains("unknown integration method 'bogus'", refused("simulate", method.toString()));
        // XPPAUT's names and abbreviations stay accepted
        Path euler = dir.resolve("euler.ode");
        Files.writeString(euler, "x' = -x\ninit x=1\n@ meth=euler, total=1, dt=0.01\ndone\n");
        assertEquals(0, CliRun.of("simulate", euler.toString()).status());
    }

    @Test
    void divergingMapHasNoLyapunovExponent() {
        // r = 5: the logistic orbit from 0.1 leaves [0, 1] and goes to minus infinity
        String line = refused("map", "logistic", "--set", "r=5", "--lyapunov");
        assertContains("no Lyapunov exponent", line);
        assertFalse(line.contains("NaN") || line.contains("Infinity"), line);
        assertContains("diverges", refused("map", "logistic", "--set", "r=5"));
    }

    @Test
    void cableRefusesCurrentsWithoutAMeaningfulAttenuation() {
        assertContains("--current 1e+308 nA drives the membrane potential beyond the range of numbers",
                refused("cable", "--current", "1e308"));
        // with no current the solver leaves V(x0) - EL at rounding noise (2e-11 mV), not an attenuation
        String zero = refused("cable", "--current", "0");
        assertContains("--current 0 nA moves V(x0) by ", zero);
        assertContains(" mV, too little to define an attenuation (V - EL is rounding noise)", zero);
        // found by the fuzzing suite: an axial resistivity of 1e308 makes lambda 0 and the theory NaN
        assertContains("--ra must lie in (0, 1e9], got 1e308", refused("cable", "--n", "20", "--ra", "1e308"));
        CliRun ok = CliRun.of("cable", "--current", "0.1");
        assertEquals(0, ok.status(), ok.err());
        assertFalse(ok.out().contains("NaN") || ok.out().contains("Infinity"), ok.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void lifEquilibriumBeyondTheThresholdIsMarked() {
        // v* = EL + I = -59 + 10 = -49 mV lies above Vth = -50 mV: the reset fires first
        CliRun run = CliRun.of("equilibria", "lif", "--json");
        assertEquals(0, run.status(), run.err());
        List<Object> eqs = (List<Object>) ((Map<String, Object>) run.json()).get("equilibria");
        assertEquals(1, eqs.size());
        Map<String, Object> e = (Map<String, Object>) eqs.get(0);
        assertEquals(-49.0, (Double) ((Map<String, Object>) e.get("state")).get("v"), 1e-9);
        assertEquals(Boolean.TRUE, e.get("beyond_threshold"));
        assertTrue(CliRun.of("equilibria", "lif").out().contains("beyond the spike threshold"));
        // I = 5: v* = -54 mV, below the threshold, reached
        run = CliRun.of("equilibria", "lif", "--set", "I=5", "--json");
        e = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) run.json()).get("equilibria")).get(0);
        assertEquals(-54.0, (Double) ((Map<String, Object>) e.get("state")).get("v"), 1e-9);
        assertEquals(Boolean.FALSE, e.get("beyond_threshold"));
    }

    private static Path cuba(Path dir, String name, String from, String to) throws IOException {
        String text = Files.readString(Path.of("../../examples/cuba.neuronet"));
        assertTrue(text.contains(from), from);
        Path file = dir.resolve(name);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        return file;
    }

    @Test
    void networkParametersItCannotRunAreRefused(@TempDir Path dir) throws IOException {
        assertContains("Population Excitatory: parameter I is NaN; it must be a finite number.",
                refused("network", cuba(dir, "nan.neuronet", "<parameters name=\"I\"/>",
                        "<parameters name=\"I\" value=\"NaN\"/>").toString(), "--t", "10"));
        assertContains("Population Excitatory: tau must be positive, got 0.0 ms.",
                refused("network", cuba(dir, "tau.neuronet", "name=\"tau\" value=\"20.0\"",
                        "name=\"tau\" value=\"0\"").toString(), "--t", "10"));
        assertContains("Projection Excitatory -> Excitatory: the weight is NaN; it must be a finite number.",
                refused("network", cuba(dir, "w.neuronet", "value=\"1.6200000000000003\"", "value=\"NaN\"")
                        .toString(), "--t", "10"));
        assertContains("Population Excitatory: the initial value of v: uniform(-50.0, -60.0) has its low bound"
                + " above its high bound.", refused("network", cuba(dir, "u.neuronet", "low=\"-60.0\" high=\"-50.0\"",
                        "low=\"-50.0\" high=\"-60.0\"").toString(), "--t", "10"));
        assertContains("has a negative standard deviation", refused("network", cuba(dir, "sd.neuronet",
                "<value xsi:type=\"network:Uniform\" low=\"-60.0\" high=\"-50.0\"/>",
                "<value xsi:type=\"network:Normal\" mean=\"-55.0\" std=\"-1.0\"/>").toString(), "--t", "10"));
    }

    @Test
    void networkDivergenceIsReported(@TempDir Path dir) throws IOException {
        // tau = 0 is refused by validation; a tiny tau and a huge input under Euler make v infinite in one step
        Path file = cuba(dir, "blowup.neuronet", "<run method=\"exact\"/>", "<run method=\"euler\"/>");
        Files.writeString(file, Files.readString(file).replaceFirst("name=\"tau\" value=\"20.0\"",
                "name=\"tau\" value=\"1e-300\"").replaceFirst("<parameters name=\"I\"/>",
                "<parameters name=\"I\" value=\"1e308\"/>"));
        String line = refused("network", file.toString(), "--t", "10");
        assertContains("population Excitatory neuron 0: v became", line);
        assertContains("at t = 0.1 ms", line);
    }
}
