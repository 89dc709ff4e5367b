package org.neuropynamics.stability.phaseplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.core.analysis.EquilibriumFinder;
import org.neuropynamics.core.model.Model;

/** Saddle manifolds against exact invariant curves. */
class SeparatrixTest {

    @Test
    void manifoldsOfANonlinearSaddle() {
        // x' = x, y' = -y + x^2: stable manifold x = 0; unstable manifold y = x^2 / 3 (exactly invariant:
        // d/dt (x^2/3) = 2 x^2 / 3 = -x^2/3 + x^2)
        Model m = ReferenceModels.system("saddle", (t, y, p, f) -> {
            f[0] = y[0];
            f[1] = -y[1] + y[0] * y[0];
        }, 0.1, 0.1);
        PlaneWindow w = new PlaneWindow(-2, 2, -2, 2);
        List<Equilibrium> eq = new EquilibriumFinder(m).find(new double[0], w.toStateWindow());
        assertEquals(1, eq.size());
        List<Separatrix> s = new SeparatrixTracer(TrajectoryTracer.planar(m, new double[0], w).duration(30), w)
                .trace(eq);
        assertEquals(4, s.size());
        int unstable = 0;
        for (Separatrix branch : s) {
            Trajectory o = branch.orbit();
            assertTrue(o.size() > 20);
            for (int k = 0; k < o.size(); k++) {
                if (branch.unstable()) {
                    assertEquals(o.x()[k] * o.x()[k] / 3, o.y()[k], 2e-4, "on y = x^2/3");
                } else {
                    assertEquals(0, o.x()[k], 1e-9, "on x = 0");
                }
            }
            unstable += branch.unstable() ? 1 : 0;
            double end = 0;
            for (int k = 0; k < o.size(); k++) {
                end = Math.max(end, branch.unstable() ? Math.abs(o.x()[k]) : Math.abs(o.y()[k]));
            }
            assertTrue(end > 2, "branch reaches the window edge: " + end);
        }
        assertEquals(2, unstable);
    }
}
