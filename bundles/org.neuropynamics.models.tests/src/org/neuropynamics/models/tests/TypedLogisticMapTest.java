package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.bifurcation.maps.IteratedMap;
import org.neuropynamics.bifurcation.maps.LyapunovExponent;
import org.neuropynamics.bifurcation.maps.OrbitDiagram;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.SystemCompiler;

/**
 * The logistic map typed in the Maps view ({@code x' = r*x*(1-x)}) is the catalogue's {@code logistic}: the
 * compiled expression performs the same floating-point operations, so orbits and orbit diagrams agree to the
 * last bit (Lyapunov exponents to rounding of the derivative), and it gives the reference exponents
 * (docs/reference-values.md).
 */
class TypedLogisticMapTest {

    private final Model builtIn = LogisticMapModel.create();
    private final Model typed = SystemCompiler.compileMap("typed-logistic", "x' = r*x*(1-x)\ninit x=0.2",
            Map.of("r", 3.5));

    @Test
    void orbitDiagramsAreIdentical() {
        OrbitDiagram a = OrbitDiagram.compute(new OrbitDiagram.Request(builtIn, builtIn.defaultParameters(), "r", 2.5,
                4, 301, "x", 1000, 200, true), RunMonitor.NONE);
        OrbitDiagram b = OrbitDiagram.compute(new OrbitDiagram.Request(typed, typed.defaultParameters(), "r", 2.5, 4,
                301, "x", 1000, 200, true), RunMonitor.NONE);
        for (int i = 0; i < a.parameter().length; i++) {
            assertArrayEquals(a.points()[i], b.points()[i], 0, "r = " + a.parameter()[i]);
            // the symbolic derivative r (1 - x) - r x rounds differently from the catalogue's r (1 - 2 x)
            assertEquals(a.lyapunov()[i], b.lyapunov()[i], 1e-12);
        }
    }

    @Test
    void lyapunovExponentsMatchTheReference() {
        for (double[] ref : new double[][] {{3.5, -0.8725073, 1e-6}, {4, Math.log(2), 5e-3}}) {
            double[] p = typed.defaultParameters();
            p[0] = ref[0];
            double l = LyapunovExponent.largest(new IteratedMap(typed, p), typed.initialState(p), 10000, 400000);
            assertEquals(ref[1], l, ref[2], "r = " + ref[0]);
        }
    }
}
