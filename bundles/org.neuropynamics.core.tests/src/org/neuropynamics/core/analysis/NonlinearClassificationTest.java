package org.neuropynamics.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.ReferenceModels;
import org.neuropynamics.core.model.Model;

/**
 * Classification cases beyond {@link ClassificationTest}: the non-hyperbolic FHN equilibrium exactly at its
 * Hopf point (closed form), repeated eigenvalues in nonlinear systems, a nilpotent (Bogdanov-Takens type)
 * Jacobian, and several equilibria of which some lie outside the window.
 */
class NonlinearClassificationTest {

    @Test
    void fitzHughNagumoAtItsHopfPointIsACentreOfTheLinearization() {
        // reference README: Hopf where v^2 = 1 - b/tau; I from the equilibrium conditions (closed form)
        double a = 0.7, b = 0.8, tau = 12.5;
        double v = -Math.sqrt(1 - b / tau);
        double w = (v + a) / b;
        double current = w - v + v * v * v / 3;
        assertEquals(0.3312813, current, 1e-6);
        Model fhn = ReferenceModels.fitzHughNagumo(current);
        List<Equilibrium> eq = new EquilibriumFinder(fhn).find(fhn.defaultParameters(),
                StateWindow.of(-2.1, 2.1, -2.1, 2.1));
        assertEquals(1, eq.size());
        assertEquals(v, eq.get(0).state()[0], 1e-9);
        assertEquals(Classification.CENTER, eq.get(0).type(), eq.get(0).detail());
        // omega^2 = det J = (1 - v^2)(-b/tau) + 1/tau
        double omega = Math.sqrt((1 - v * v) * (-b / tau) + 1 / tau);
        assertEquals(omega, eq.get(0).eigenvalues()[0].im(), 1e-8);
    }

    @Test
    void repeatedEigenvaluesOfNonlinearSystems() {
        // x' = -x + y + y^2, y' = -y: J(0) = [[-1, 1], [0, -1]], a Jordan block: stable degenerate node
        Model jordan = ReferenceModels.system("jordan", (t, y, p, f) -> {
            f[0] = -y[0] + y[1] + y[1] * y[1];
            f[1] = -y[1];
        }, 0.2, 0.2);
        Equilibrium j = new EquilibriumFinder(jordan).find(new double[0], StateWindow.of(-1, 1, -1, 1)).get(0);
        assertEquals("stable degenerate node", j.detail());
        assertEquals(Classification.DEGENERATE, j.type());
        // x' = 2x + x y^2, y' = 2y - x^2 y: J(0) = 2 I, an unstable star
        Model star = ReferenceModels.system("star", (t, y, p, f) -> {
            f[0] = 2 * y[0] + y[0] * y[1] * y[1];
            f[1] = 2 * y[1] - y[0] * y[0] * y[1];
        }, 0.2, 0.2);
        Equilibrium s = new EquilibriumFinder(star).find(new double[0], StateWindow.of(-1, 1, -1, 1)).get(0);
        assertEquals("unstable star", s.detail());
        assertEquals(2, s.eigenvalues()[0].re(), 1e-9);
    }

    @Test
    void nilpotentJacobianIsDegenerate() {
        // J = [[0, 1], [0, 0]] (x' = y, y' = x^2 at the origin: a cusp): both eigenvalues 0. Classified from the
        // exact Jacobian: a numerically found double root is only accurate to sqrt(eps), which splits the
        // zero pair into +-O(eps^(1/4))
        LinearStability s = EquilibriumClassifier.classify(new double[][] {{0, 1}, {0, 0}});
        assertEquals(Classification.DEGENERATE, s.type());
        assertTrue(!s.stable());
        // x' = 0, y' = -y: a line of equilibria (non-isolated), zero eigenvalue
        assertEquals(Classification.DEGENERATE, EquilibriumClassifier.classify(new double[][] {{0, 0}, {0, -1}}).type());
    }

    @Test
    void foundCuspEquilibriaAreDegenerateNotSaddles() {
        // x' = y, y' = x^2: the finder places the double root only to ~1e-12 (a residual of 1e-24), so the
        // Jacobian there is [[0, 1], [2 delta, 0]] with eigenvalues +-sqrt(2 delta) ~ 1e-6, which used to read as
        // a saddle; the exact Jacobian is nilpotent (a cusp)
        Model cusp = ReferenceModels.system("cusp", (t, y, p, f) -> {
            f[0] = y[1];
            f[1] = y[0] * y[0];
        }, 0.3, 0.2);
        List<Equilibrium> eq = new EquilibriumFinder(cusp).find(new double[0], StateWindow.of(-1, 1, -1, 1));
        assertEquals(1, eq.size());
        assertEquals(0, eq.get(0).state()[0], 1e-6);
        assertEquals(Classification.DEGENERATE, eq.get(0).type(), eq.get(0).detail());
        // the Bogdanov-Takens normal form at its BT point, moved to x = 1/pi (off any scan grid)
        double c = 1 / Math.PI;
        Model bt = ReferenceModels.system("bogdanov-takens", (t, y, p, f) -> {
            f[0] = y[1];
            f[1] = (y[0] - c) * (y[0] - c) + (y[0] - c) * y[1];
        }, 0.3, 0.2);
        eq = new EquilibriumFinder(bt).find(new double[0], StateWindow.of(-1, 1, -1, 1));
        assertEquals(1, eq.size());
        assertEquals(c, eq.get(0).state()[0], 1e-6);
        assertEquals(Classification.DEGENERATE, eq.get(0).type(), eq.get(0).detail());
    }

    @Test
    void equilibriaNearACuspStayHyperbolic() {
        // x' = y, y' = x^2 - 1e-4: equilibria (+-0.01, 0) with J = [[0, 1], [+-0.02, 0]]: eigenvalues
        // +-sqrt(0.02) = +-0.1414 (saddle) and +-0.1414 i (centre of the linearization), closed form
        Model near = ReferenceModels.system("near-cusp", (t, y, p, f) -> {
            f[0] = y[1];
            f[1] = y[0] * y[0] - 1e-4;
        }, 0.3, 0.2);
        List<Equilibrium> eq = new EquilibriumFinder(near).find(new double[0], StateWindow.of(-1, 1, -1, 1));
        assertEquals(2, eq.size());
        for (Equilibrium e : eq) {
            boolean right = e.state()[0] > 0;
            assertEquals(right ? 0.01 : -0.01, e.state()[0], 1e-9);
            assertEquals(right ? Classification.SADDLE : Classification.CENTER, e.type(), e.detail());
            assertEquals(Math.sqrt(0.02), e.eigenvalues()[0].modulus(), 1e-7);
        }
    }

    @Test
    void pendulumEquilibriaInsideAndOutsideTheWindow() {
        Model pendulum = ReferenceModels.system("pendulum", (t, y, p, f) -> {
            f[0] = y[1];
            f[1] = -Math.sin(y[0]);
        }, 0.5, 0);
        List<Equilibrium> all = new EquilibriumFinder(pendulum).find(new double[0], StateWindow.of(-7, 7, -2, 2));
        // -2 pi, -pi, 0, pi, 2 pi: centres and saddles alternating
        assertEquals(5, all.size());
        for (int k = 0; k < 5; k++) {
            assertEquals((k - 2) * Math.PI, all.get(k).state()[0], 1e-10);
            assertEquals(k % 2 == 0 ? Classification.CENTER : Classification.SADDLE, all.get(k).type());
        }
        assertEquals(1, new EquilibriumFinder(pendulum).find(new double[0], StateWindow.of(-3, 3, -2, 2)).size());
    }
}
