package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code map --equations}: maps typed like systems, against published values and the built-in logistic map. */
class TypedMapCommandTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.status(), run.err());
        return (Map<String, Object>) run.json();
    }

    @Test
    void henonLyapunovExponent() {
        // 0.41922 (Sprott 2003); the command averages 100000 iterations
        Map<String, Object> doc = json("map", "--equations", "x' = 1 - a*x^2 + y; y' = b*x; init x=0.1, y=0.1",
                "--set", "a=1.4", "--set", "b=0.3", "--lyapunov", "--json");
        assertEquals(0.41922, (Double) doc.get("lyapunov"), 0.01);
    }

    @Test
    @SuppressWarnings("unchecked")
    void typedLogisticOrbitDiagramEqualsTheBuiltIn() {
        String[] common = {"--orbit-diagram", "3.4:3.9:11", "--iterations", "30", "--json"};
        Map<String, Object> builtIn = json(concat(new String[] {"map", "logistic"}, common));
        Map<String, Object> typed = json(concat(new String[] {"map", "--equations", "x' = r*x*(1-x); init x=0.2",
            "--set", "r=3.5"}, common));
        List<List<Double>> a = (List<List<Double>>) builtIn.get("points");
        List<List<Double>> b = (List<List<Double>>) typed.get("points");
        assertEquals(330, a.size());
        assertEquals(a, b);
    }

    @Test
    void aTypingErrorNamesStatementAndColumn() {
        CliRun run = CliRun.of("map", "--equations", "x' = 1 - a*x^2 + y; y' = b*x +", "--set", "a=1.4", "--set",
                "b=0.3");
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("--equations: statement 2, column"), run.err());
    }

    @Test
    void modelAndEquationsTogetherAreRefused() {
        CliRun run = CliRun.of("map", "logistic", "--equations", "x' = r*x*(1-x)");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("not both"), run.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
