package org.neuropynamics.bifurcation.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.SystemCompiler;

/** Maps typed like systems ({@code x' = ...} is the next value): the Henon map and error positions. */
class TypedMapTest {

    private static final String HENON = """
            # Henon (1976)
            x' = 1 - a*x^2 + y
            y' = b*x
            par a=1.4, b=0.3
            init x=0.1, y=0.1
            """;

    @Test
    void henonMapIteratesLikeTheFormula() {
        Model henon = SystemCompiler.compileMap("henon", HENON, Map.of());
        assertEquals(Model.Kind.MAP, henon.kind());
        IteratedMap map = new IteratedMap(henon, henon.defaultParameters());
        double[] y = henon.initialState(henon.defaultParameters());
        double x = 0.1;
        double v = 0.1;
        // ten steps: the chaotic orbit amplifies rounding differences (x^2 as a power) by about e^0.42 per step
        for (int k = 0; k < 10; k++) {
            map.step(y);
            double next = 1 - 1.4 * x * x + v;
            v = 0.3 * x;
            x = next;
            assertEquals(x, y[0], 1e-12 * (1 + Math.abs(x)));
            assertEquals(v, y[1], 1e-12 * (1 + Math.abs(v)));
        }
        // the symbolic Jacobian of the map: [[-2 a x, 1], [b, 0]]
        double[][] jac = new double[2][2];
        map.jacobian(new double[] {0.7, -0.2}, jac);
        assertEquals(-2 * 1.4 * 0.7, jac[0][0], 1e-14);
        assertEquals(1, jac[0][1], 1e-14);
        assertEquals(0.3, jac[1][0], 1e-14);
        assertEquals(0, jac[1][1], 1e-14);
    }

    /** Largest Lyapunov exponent of the Henon attractor at a = 1.4, b = 0.3: 0.41922 (Sprott, Chaos and
     * Time-Series Analysis, 2003, table A.1); the sum of both exponents is ln b exactly. */
    @Test
    void henonLargestLyapunovExponent() {
        Model henon = SystemCompiler.compileMap("henon", HENON, Map.of());
        IteratedMap map = new IteratedMap(henon, henon.defaultParameters());
        double l = LyapunovExponent.largest(map, henon.initialState(henon.defaultParameters()), 1000, 1_000_000);
        assertEquals(0.41922, l, 0.01);
        assertEquals(0.41922, l, 2e-3, "a million iterations average the exponent to about 1e-3");
    }

    @Test
    void parametersGivenBesideTheTextOverrideAndAdd() {
        Model m = SystemCompiler.compileMap("henon", "x' = 1 - a*x^2 + y\ny' = b*x\npar a=1.4",
                Map.of("a", 1.2, "b", 0.3));
        assertEquals(1.2, m.defaultParameters()[m.parameterIndex("a")]);
        assertEquals(0.3, m.defaultParameters()[m.parameterIndex("b")]);
    }

    @Test
    void errorsNameLineAndColumn() {
        EquationException e = assertThrows(EquationException.class,
                () -> SystemCompiler.compileMap("bad", "x' = 1 - a*x^2 + y\ny' = b*x +\npar a=1.4, b=0.3", Map.of()));
        assertEquals(2, e.line());
        assertTrue(e.column() >= 9, "column " + e.column());
        EquationException unknown = assertThrows(EquationException.class,
                () -> SystemCompiler.compileMap("bad", "x' = r*x*(1-q)\npar r=3", Map.of()));
        assertEquals(1, unknown.line());
        assertEquals(13, unknown.column(), unknown.getMessage());
    }

    @Test
    void orbitDiagramAndIteratesOfTheHenonMap() {
        Model henon = SystemCompiler.compileMap("henon", HENON, Map.of());
        // below a = 0.3675 the attractor is a fixed point, then a 2-cycle (Henon 1976)
        OrbitDiagram d = OrbitDiagram.compute(new OrbitDiagram.Request(henon, henon.defaultParameters(), "a", 0.2, 1.4,
                121, "x", 1000, 64, true), RunMonitor.NONE);
        assertEquals(1, distinct(d.points()[0]));
        assertEquals(2, distinct(d.points()[30]), "a = 0.5");
        assertTrue(d.lyapunov()[0] < 0);
        assertEquals(0.41922, d.lyapunov()[120], 0.03);
        Iterates it = Iterates.of(new IteratedMap(henon, henon.defaultParameters()), new double[] {0.1, 0.1}, 100, 5000);
        assertFalse(it.escaped());
        for (int k = 0; k < 5000; k++) {
            // the attractor lies in |x| < 1.3, |y| < 0.4
            assertTrue(Math.abs(it.values()[0][k]) < 1.3 && Math.abs(it.values()[1][k]) < 0.4);
        }
        double[] p = henon.defaultParameters();
        p[henon.parameterIndex("a")] = 2;
        assertTrue(Iterates.of(new IteratedMap(henon, p), new double[] {0.1, 0.1}, 100, 100).escaped(),
                "at a = 2 orbits escape to infinity");
    }

    private static long distinct(double[] values) {
        return java.util.Arrays.stream(values).map(v -> Math.round(v * 1e6)).distinct().count();
    }
}
