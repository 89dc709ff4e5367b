package org.neuropynamics.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.ReferenceModels;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.VectorField;

/**
 * Classification cases with exact answers: linear systems (the eigenvalues are the matrix's), Lotka-Volterra's
 * centre, stars and Jordan blocks, zero eigenvalues, 1-D semi-stable points, the Lorenz system, and windows
 * that exclude some equilibria. Jacobians by finite differences unless stated.
 */
class ClassificationTest {

    private static final StateWindow BOX = StateWindow.of(-1, 1, -1, 1);

    private static Equilibrium only(VectorField f, StateWindow w, double... y0) {
        Model m = ReferenceModels.system("s", f, y0);
        List<Equilibrium> eq = new EquilibriumFinder(m).find(new double[0], w);
        assertEquals(1, eq.size(), "equilibria " + eq);
        return eq.get(0);
    }

    private static Equilibrium linear(double a, double b, double c, double d) {
        return only((t, y, p, f) -> {
            f[0] = a * y[0] + b * y[1];
            f[1] = c * y[0] + d * y[1];
        }, BOX, 0.3, 0.3);
    }

    @Test
    void linearSystems() {
        assertEquals(Classification.STABLE_NODE, linear(-1, 0, 0, -3).type());
        assertEquals(Classification.UNSTABLE_NODE, linear(2, 1, 0, 3).type());
        assertEquals(Classification.SADDLE, linear(1, 0, 0, -1).type());
        assertEquals(Classification.STABLE_FOCUS, linear(-1, 2, -2, -1).type());
        Equilibrium uf = linear(0.5, -3, 3, 0.5);
        assertEquals(Classification.UNSTABLE_FOCUS, uf.type());
        assertEquals(0.5, uf.eigenvalues()[0].re(), 1e-9);
        assertEquals(3, uf.eigenvalues()[0].im(), 1e-9);
        assertEquals(0, uf.state()[0], 1e-12);
        Equilibrium center = linear(0, 1, -4, 0);
        assertEquals(Classification.CENTER, center.type());
        assertEquals(2, center.eigenvalues()[0].im(), 1e-9);
    }

    @Test
    void lotkaVolterraHasASaddleAndACentreNeverAFocus() {
        Model lv = ReferenceModels.system("lotka-volterra", (t, y, p, f) -> {
            f[0] = y[0] - y[0] * y[1];
            f[1] = -y[1] + y[0] * y[1];
        }, 0.5, 0.5);
        List<Equilibrium> eq = new EquilibriumFinder(lv).find(new double[0], StateWindow.of(-0.5, 3, -0.5, 3));
        assertEquals(2, eq.size());
        assertEquals(Classification.SADDLE, eq.get(0).type());
        assertEquals(0, eq.get(0).state()[0], 1e-12);
        Equilibrium c = eq.get(1);
        assertEquals(1, c.state()[0], 1e-12);
        assertEquals(1, c.state()[1], 1e-12);
        assertEquals(Classification.CENTER, c.type(), "eigenvalues " + List.of(c.eigenvalues()));
        assertEquals(1, c.eigenvalues()[0].im(), 1e-9);
        assertFalse(c.stable());
    }

    @Test
    void starAndDegenerateNodeAreNamed() {
        Equilibrium star = linear(-2, 0, 0, -2);
        assertEquals(Classification.DEGENERATE, star.type());
        assertEquals("stable star", star.detail());
        assertTrue(star.stable());
        Equilibrium jordan = linear(-1, 1, 0, -1);
        assertEquals(Classification.DEGENERATE, jordan.type());
        assertEquals("stable degenerate node", jordan.detail());
        Equilibrium unstableJordan = linear(1, 0, 2, 1);
        assertEquals("unstable degenerate node", unstableJordan.detail());
        assertFalse(unstableJordan.stable());
    }

    @Test
    void zeroEigenvalue() {
        LinearStability s = EquilibriumClassifier.classify(new double[][] {{0, 0}, {0, -1}});
        assertEquals(Classification.DEGENERATE, s.type());
        assertEquals("non-isolated/zero eigenvalue", s.detail());
        // an isolated equilibrium with a zero eigenvalue: x' = x^2, y' = -y at the origin
        Equilibrium e = only((t, y, p, f) -> {
            f[0] = y[0] * y[0];
            f[1] = -y[1];
        }, BOX, 0.5, 0.5);
        assertEquals(0, e.state()[0], 1e-9);
        assertEquals(Classification.DEGENERATE, e.type());
    }

    @Test
    void oneDimensionalCases() {
        StateWindow line = StateWindow.of(-1, 1);
        Equilibrium semi = only((t, y, p, f) -> f[0] = y[0] * y[0], line, 0.5);
        assertEquals(Classification.SEMI_STABLE, semi.type());
        assertEquals(0, semi.state()[0], 1e-9);
        Equilibrium cubic = only((t, y, p, f) -> f[0] = -y[0] * y[0] * y[0], line, 0.5);
        assertEquals(Classification.STABLE, cubic.type(), cubic.detail());
        assertEquals(Classification.UNSTABLE, only((t, y, p, f) -> f[0] = 2 * y[0] - 0.4, line, 0.5).type());
    }

    @Test
    void equilibriaOutsideTheWindowAreLeftOut() {
        // x' = (x - 1)(x - 2)(x - 5): roots 1 (stable), 2 (unstable), 5 outside [0, 3]
        Model cubic = ReferenceModels.system("cubic", (t, y, p, f) -> f[0] = (y[0] - 1) * (y[0] - 2) * (y[0] - 5), 0.0);
        List<Equilibrium> eq = new EquilibriumFinder(cubic).find(new double[0], StateWindow.of(0, 3));
        assertEquals(2, eq.size());
        assertEquals(1, eq.get(0).state()[0], 1e-12);
        assertEquals(Classification.UNSTABLE, eq.get(0).type()); // F' = (1-2)(1-5) = 4 > 0
        assertEquals(2, eq.get(1).state()[0], 1e-12);
        assertEquals(Classification.STABLE, eq.get(1).type()); // F' = (2-1)(2-5) = -3 < 0
        // x' = x^2 - 4, y' = -y: (+-2, 0); the window [0, 3] x [-1, 1] holds only (2, 0), a saddle
        Model planar = ReferenceModels.system("planar", (t, y, p, f) -> {
            f[0] = y[0] * y[0] - 4;
            f[1] = -y[1];
        }, 1.0, 0.0);
        List<Equilibrium> two = new EquilibriumFinder(planar).find(new double[0], StateWindow.of(0, 3, -1, 1));
        assertEquals(1, two.size());
        assertEquals(2, two.get(0).state()[0], 1e-12);
        assertEquals(Classification.SADDLE, two.get(0).type());
    }

    @Test
    void lorenzEquilibriaInThreeDimensions() {
        double sigma = 10, rho = 28, beta = 8.0 / 3;
        Model lorenz = ReferenceModels.system("lorenz", (t, y, p, f) -> {
            f[0] = sigma * (y[1] - y[0]);
            f[1] = y[0] * (rho - y[2]) - y[1];
            f[2] = y[0] * y[1] - beta * y[2];
        }, 1, 1, 1);
        List<Equilibrium> eq = new EquilibriumFinder(lorenz).find(new double[0], StateWindow.of(-20, 20, -30, 30, -5, 50));
        assertEquals(3, eq.size());
        double c = Math.sqrt(beta * (rho - 1));
        assertEquals(-c, eq.get(0).state()[0], 1e-9);
        assertEquals(0, eq.get(1).state()[0], 1e-9);
        assertEquals(c, eq.get(2).state()[1], 1e-9);
        assertEquals(rho - 1, eq.get(2).state()[2], 1e-9);
        // origin: eigenvalues -beta and (-(sigma+1) +- sqrt((sigma+1)^2 + 4 sigma (rho-1))) / 2
        Eigenvalue[] ev0 = eq.get(1).eigenvalues();
        double root = Math.sqrt(11 * 11 + 4 * sigma * (rho - 1));
        assertEquals((-11 + root) / 2, ev0[0].re(), 1e-7);
        assertEquals(-beta, ev0[1].re(), 1e-7);
        assertEquals((-11 - root) / 2, ev0[2].re(), 1e-7);
        assertEquals("saddle (1 unstable, 2 stable)", eq.get(1).detail());
        // C+-: every eigenvalue solves l^3 + (sigma+beta+1) l^2 + beta (sigma+rho) l + 2 sigma beta (rho-1) = 0
        for (Eigenvalue e : eq.get(2).eigenvalues()) {
            double re = e.re(), im = e.im();
            double re2 = re * re - im * im, im2 = 2 * re * im;
            double re3 = re2 * re - im2 * im, im3 = re2 * im + im2 * re;
            double k2 = sigma + beta + 1, k1 = beta * (sigma + rho), k0 = 2 * sigma * beta * (rho - 1);
            assertEquals(0, re3 + k2 * re2 + k1 * re + k0, 1e-6);
            assertEquals(0, im3 + k2 * im2 + k1 * im, 1e-6);
        }
        assertEquals(Classification.SADDLE, eq.get(2).type());
        assertEquals("saddle-focus (2 unstable, 1 stable)", eq.get(2).detail());
    }
}
