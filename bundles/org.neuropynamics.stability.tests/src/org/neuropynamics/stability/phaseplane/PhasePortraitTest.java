package org.neuropynamics.stability.phaseplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.analysis.Classification;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.core.model.Model;

/** The one-call phase portrait on FitzHugh-Nagumo (reference README values) and a projected 3-D model. */
class PhasePortraitTest {

    private static final PlaneWindow COURSE = new PlaneWindow(-2.1, 2.1, -2.1, 2.1);

    private static PhasePortraitResult fhn(double current) {
        Model m = ReferenceModels.fitzHughNagumo(current);
        return new PhasePortrait(m, "v", "w", null, COURSE).seeds(List.of(
                new PhasePortrait.Seed(-2, -1, Direction.FORWARD), new PhasePortrait.Seed(2, 1, Direction.FORWARD),
                new PhasePortrait.Seed(0, 2, Direction.BOTH), new PhasePortrait.Seed(-1, 1.5, Direction.FORWARD),
                new PhasePortrait.Seed(1, -1.5, Direction.BACKWARD))).compute(m.defaultParameters());
    }

    @Test
    void fitzHughNagumoAtRest() {
        PhasePortraitResult r = fhn(0);
        assertEquals(1, r.equilibria().size());
        Equilibrium e = r.equilibria().get(0);
        assertEquals(-1.1994080, e.state()[0], 1e-6);
        assertEquals(-0.6242600, e.state()[1], 1e-6);
        assertEquals(Classification.STABLE_FOCUS, e.type());
        assertEquals("v", r.xName());
        assertEquals(20, r.field().x().length);
        assertEquals(1, r.nullclines().xNullcline().size());
        assertEquals(1, r.nullclines().yNullcline().size());
        assertEquals(5, r.trajectories().size());
        // forward orbits end at the stable focus (or come to rest there)
        Trajectory first = r.trajectories().get(0);
        assertEquals(-1.1994080, first.x()[first.size() - 1], 1e-3);
        assertEquals(-0.6242600, first.y()[first.size() - 1], 1e-3);
        // the equilibrium lies on both nullclines: on the cubic w = v - v^3/3 + I
        double v = e.state()[0];
        assertEquals(v - v * v * v / 3, e.state()[1], 1e-9);
    }

    @Test
    void fitzHughNagumoOscillating() {
        PhasePortraitResult r = fhn(0.5);
        assertEquals(Classification.UNSTABLE_FOCUS, r.equilibria().get(0).type());
        assertEquals(-0.8048477, r.equilibria().get(0).state()[0], 1e-6);
        // an orbit started outside stays on the limit cycle: it never leaves the window and runs to the limit
        assertEquals(Trajectory.Stop.TIME_LIMIT, r.trajectories().get(0).stop());
    }

    @Test
    void equilibriaOutsideTheWindowAreNotShownAndSaddlesGetSeparatrices() {
        // pendulum x' = y, y' = -sin x: centres at 0, +-2 pi, saddles at +-pi; the window [-1, 4] x [-2, 2]
        // holds only the centre at 0 and the saddle at pi
        Model pendulum = ReferenceModels.system("pendulum", (t, y, p, f) -> {
            f[0] = y[1];
            f[1] = -Math.sin(y[0]);
        }, 0.5, 0);
        PhasePortraitResult r = new PhasePortrait(pendulum, "x", "y", null, new PlaneWindow(-1, 4, -2, 2))
                .separatrices(true).duration(20).compute(new double[0]);
        assertEquals(2, r.equilibria().size());
        assertEquals(0, r.equilibria().get(0).state()[0], 1e-10);
        assertEquals(Classification.CENTER, r.equilibria().get(0).type());
        assertEquals(Math.PI, r.equilibria().get(1).state()[0], 1e-10);
        assertEquals(Classification.SADDLE, r.equilibria().get(1).type());
        assertEquals(4, r.separatrices().size());
        // the separatrices of the pendulum are the energy level y^2/2 - cos x = 1
        for (Separatrix s : r.separatrices()) {
            Trajectory o = s.orbit();
            for (int k = 0; k < o.size(); k++) {
                assertEquals(1, o.y()[k] * o.y()[k] / 2 - Math.cos(o.x()[k]), 1e-5);
            }
        }
    }

    @Test
    void projectionOfAThreeVariableModel() {
        // x' = -x + z, y' = -2 y + x, z' = 1 - z; with z fixed at 3 the plane has one node at (3, 1.5)
        Model three = ReferenceModels.system("three", (t, y, p, f) -> {
            f[0] = -y[0] + y[2];
            f[1] = -2 * y[1] + y[0];
            f[2] = 1 - y[2];
        }, 0, 0, 3);
        PhasePortraitResult r = new PhasePortrait(three, "x", "y", new double[] {0, 0, 3}, new PlaneWindow(0, 5, 0, 5))
                .compute(new double[0]);
        assertEquals(1, r.equilibria().size());
        assertEquals(3, r.equilibria().get(0).state()[0], 1e-10);
        assertEquals(1.5, r.equilibria().get(0).state()[1], 1e-10);
        assertEquals(Classification.STABLE_NODE, r.equilibria().get(0).type());
        assertThrows(IllegalArgumentException.class, () -> new PhasePortrait(three, "x", "x", null, COURSE));
        assertThrows(IllegalArgumentException.class, () -> new PhasePortrait(three, "x", "q", null, COURSE));
        assertTrue(PlaneProjection.of(three, "y", "z", new double[] {1, 0, 0}).planarModel().id().contains("[y,z]"));
    }

    @Test
    void delayAndVolterraFilesAreRefusedNotDrawnWithTheCurrentState() {
        // drawn as a flow, delay(x, 1) would read x now: the plane refuses such a file with what it has (issue 14)
        Model delay = org.neuropynamics.core.ode.OdeModelLoader.load("dde2", """
                x' = -x + y
                y' = -delay(x, 1)
                x(0)=1
                @ delay=2
                """, "dde2.ode");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PhasePortrait(delay, "x", "y", null, COURSE));
        assertTrue(e.getMessage().startsWith("dde2 has delays (delay(x, tau)): its rate of change depends on its past"),
                e.getMessage());
        Model volterra = org.neuropynamics.core.ode.OdeModelLoader.load("volt2", """
                u(t) = sin(t) + int{exp(t'-t)*u}
                v' = -v + u
                """, "volt2.ode");
        e = assertThrows(IllegalArgumentException.class, () -> new PhasePortrait(volterra, "u", "v", null, COURSE));
        assertTrue(e.getMessage().startsWith("volt2 has Volterra integrals"), e.getMessage());
        // an ordinary .ode system with the same shape is drawn
        Model plain = org.neuropynamics.core.ode.OdeModelLoader.load("plain2", "x' = -x + y\ny' = -x\n", "plain2.ode");
        assertEquals(1, new PhasePortrait(plain, "x", "y", null, COURSE).compute(new double[0]).equilibria().size());
    }
}
