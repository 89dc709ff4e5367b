package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code equilibria} against docs/reference-values.md. */
class EquilibriaCommandTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> equilibria(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.status(), run.err());
        return (List<Map<String, Object>>) ((Map<String, Object>) run.json()).get("equilibria");
    }

    @SuppressWarnings("unchecked")
    private static double state(Map<String, Object> e, String var) {
        return (Double) ((Map<String, Object>) e.get("state")).get(var);
    }

    @SuppressWarnings("unchecked")
    private static double[] eigenvalue(Map<String, Object> e, int k) {
        List<Object> pair = (List<Object>) ((List<Object>) e.get("eigenvalues")).get(k);
        return new double[] { (Double) pair.get(0), (Double) pair.get(1) };
    }

    @Test
    void fitzHughNagumoAtHalfIsAnUnstableFocus() {
        List<Map<String, Object>> eq = equilibria("equilibria", "fitzhugh-nagumo", "--set", "I=0.5", "--json");
        assertEquals(1, eq.size());
        Map<String, Object> e = eq.get(0);
        assertEquals(-0.8048477, state(e, "v"), 1e-6);
        assertEquals(-0.1310597, state(e, "w"), 1e-6);
        assertEquals("unstable focus", e.get("type"));
        double[] l1 = eigenvalue(e, 0);
        double[] l2 = eigenvalue(e, 1);
        assertEquals(0.144110, l1[0], 1e-6);
        assertEquals(0.191547, Math.abs(l1[1]), 1e-6);
        assertEquals(-l1[1], l2[1], 1e-12);
    }

    @Test
    void fitzHughNagumoAtZeroIsAStableFocus() {
        Map<String, Object> e = equilibria("equilibria", "fitzhugh-nagumo", "--set", "I=0", "--json").get(0);
        assertEquals(-1.1994080, state(e, "v"), 1e-6);
        assertEquals(-0.6242600, state(e, "w"), 1e-6);
        assertEquals("stable focus", e.get("type"));
        assertEquals(-0.251290, eigenvalue(e, 0)[0], 1e-6);
    }

    @Test
    void persistentSodiumHasThreeEquilibria() {
        List<Map<String, Object>> eq = equilibria("equilibria", "inap", "--json");
        assertEquals(3, eq.size());
        double[] v = { -52.5123, -40.2855, 30.8632 };
        String[] type = { "stable", "unstable", "stable" };
        for (int k = 0; k < 3; k++) {
            assertEquals(v[k], state(eq.get(k), "V"), 1e-4);
            assertEquals(type[k], eq.get(k).get("type"));
        }
    }

    @Test
    void hodgkinHuxleyRestIsStable() {
        Map<String, Object> e = equilibria("equilibria", "hodgkin-huxley", "--set", "I=0", "--json").get(0);
        assertEquals(-64.99638, state(e, "V"), 1e-3);
        assertEquals(0.052955, state(e, "m"), 1e-5);
        assertEquals(0.595994, state(e, "h"), 1e-5);
        assertEquals(0.317732, state(e, "n"), 1e-5);
        assertEquals(Boolean.TRUE, e.get("stable"));
    }

    @Test
    void lotkaVolterraSystemFileHasACentre() {
        List<Map<String, Object>> eq = equilibria("equilibria", "--system", "data/lotka-volterra.ode", "--window",
                "x=-0.5:3,y=-0.5:3", "--json");
        Map<String, Object> centre = eq.stream().filter(e -> Math.abs(state(e, "x") - 1) < 1e-6).findFirst()
                .orElseThrow();
        assertEquals(1.0, state(centre, "y"), 1e-9);
        assertEquals("center", centre.get("type"));
        assertEquals(1.0, Math.abs(eigenvalue(centre, 0)[1]), 1e-6);
        Map<String, Object> origin = eq.stream().filter(e -> Math.abs(state(e, "x")) < 1e-6).findFirst()
                .orElseThrow();
        assertEquals("saddle", origin.get("type"));
    }
}
