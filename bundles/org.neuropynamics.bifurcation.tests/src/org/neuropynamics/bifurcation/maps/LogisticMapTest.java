package org.neuropynamics.bifurcation.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;

/** The logistic map against docs/reference-values.md: period doublings and Lyapunov exponents. */
class LogisticMapTest {

    static Model logistic() {
        return Model.builder("logistic")
                .kind(Model.Kind.MAP)
                .variable("x", "", "")
                .parameter("r", "", 3.5, 0, 4, 0.001, "")
                .field((t, y, p, next) -> next[0] = p[0] * y[0] * (1 - y[0]))
                .jacobian((t, y, p, jac) -> jac[0][0] = p[0] * (1 - 2 * y[0]))
                .initialState(0.2)
                .currentParameter(null)
                .build();
    }

    private static IteratedMap at(double r) {
        Model m = logistic();
        double[] p = m.defaultParameters();
        p[0] = r;
        return new IteratedMap(m, p);
    }

    @Test
    void periodDoublingCascade() {
        IteratedMap map = at(2.5);
        double r1 = PeriodDoubling.locate(map, "r", 1, 2.5, 0.01);
        assertEquals(3, r1, 1e-12);
        double r2 = PeriodDoubling.locate(map, "r", 2, r1 + 0.01, 0.01);
        assertEquals(3.449489742783178, r2, 1e-10);
        double r3 = PeriodDoubling.locate(map, "r", 4, r2 + (r2 - r1) / 50, (r2 - r1) / 50);
        assertEquals(3.544090359551923, r3, 1e-10);
        double r4 = PeriodDoubling.locate(map, "r", 8, r3 + (r3 - r2) / 50, (r3 - r2) / 50);
        assertEquals(3.564407266095433, r4, 1e-10);
    }

    @Test
    void lyapunovExponentOnTheFourCycle() {
        // exact value from the 4-cycle at r = 3.5: -0.8725073; the average over whole cycles is exact
        double l = LyapunovExponent.largest(at(3.5), new double[] {0.2}, 10000, 400000);
        assertEquals(-0.8725073, l, 1e-6);
    }

    @Test
    void lyapunovExponentOfTheFullyChaoticMapIsLn2() {
        double l = LyapunovExponent.largest(at(4), new double[] {0.2}, 1000, 2_000_000);
        assertEquals(Math.log(2), l, 3e-3);
    }

    @Test
    void orbitDiagramShowsTheCycles() {
        OrbitDiagram d = OrbitDiagram.compute(new OrbitDiagram.Request(logistic(), new double[] {3.5}, "r", 2.8,
                3.5, 8, "x", 2000, 64, true), RunMonitor.NONE);
        assertEquals(8, d.parameter().length);
        assertEquals(2.8, d.parameter()[0], 0);
        assertEquals(3.5, d.parameter()[7], 1e-15);
        // r = 2.8: one fixed point 1 - 1/r; r = 3.5: four distinct values
        double fixed = 1 - 1 / 2.8;
        for (double x : d.points()[0]) {
            assertEquals(fixed, x, 1e-9);
        }
        long distinct = Arrays.stream(d.points()[7]).map(x -> Math.round(x * 1e8) / 1e8).distinct().count();
        assertEquals(4, distinct);
        assertEquals(-0.8725073, d.lyapunov()[7], 1e-3);
        assertTrue(d.lyapunov()[0] < 0);
    }

    @Test
    void cobwebFollowsTheOrbit() {
        Cobweb c = Cobweb.of(at(3.2), 0.2, 3, 0, 1, 11);
        assertEquals(3.2 * 0.2 * 0.8, c.pathY()[1], 1e-15);
        assertEquals(c.pathY()[1], c.pathX()[2], 0);
        assertEquals(c.pathX()[2], c.pathY()[2], 0);
        assertEquals(0.8, c.graphY()[5], 1e-15); // f(0.5) = r / 4
    }
}
