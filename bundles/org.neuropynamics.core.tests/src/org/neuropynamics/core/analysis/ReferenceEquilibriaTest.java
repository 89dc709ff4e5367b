package org.neuropynamics.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.SquidAxonModel;
import org.neuropynamics.core.integrate.ReferenceModels;
import org.neuropynamics.core.model.Model;

/** Equilibria, eigenvalues and types against docs/reference-values.md (tolerances as stated there). */
class ReferenceEquilibriaTest {

    private static final StateWindow HH_WINDOW = StateWindow.of(-100, 60, 0, 1, 0, 1, 0, 1);

    private static List<Equilibrium> hh(double current) {
        Model hh = SquidAxonModel.create();
        double[] p = hh.defaultParameters();
        p[SquidAxonModel.I] = current;
        return new EquilibriumFinder(hh).find(p, HH_WINDOW);
    }

    @Test
    void hodgkinHuxleyRestState() {
        List<Equilibrium> eq = hh(0);
        assertEquals(1, eq.size());
        double[] s = eq.get(0).state();
        assertEquals(-64.99638, s[0], 1e-3);
        assertEquals(0.052955, s[1], 1e-5);
        assertEquals(0.595994, s[2], 1e-5);
        assertEquals(0.317732, s[3], 1e-5);
        Eigenvalue[] ev = eq.get(0).eigenvalues();
        assertEquals(-0.12067, ev[0].re(), 5e-5);
        assertEquals(-0.20264, ev[1].re(), 5e-5);
        assertEquals(0.38322, ev[1].im(), 5e-5);
        assertEquals(-4.6750, ev[3].re(), 5e-4);
        assertTrue(eq.get(0).stable());
        // n-D rule: all real parts negative and a complex pair present
        assertEquals(Classification.STABLE_FOCUS, eq.get(0).type());
    }

    @Test
    void hodgkinHuxleyUnstableEquilibriaAtI10AndI50() {
        List<Equilibrium> at10 = hh(10);
        assertEquals(1, at10.size());
        assertEquals(-59.57059, at10.get(0).state()[0], 1e-3);
        assertFalse(at10.get(0).stable());
        // past the Hopf point (I = 9.7754) the pair has crossed: 2 unstable (complex) and 2 stable directions
        assertEquals(Classification.SADDLE, at10.get(0).type());
        assertEquals("saddle-focus (2 unstable, 2 stable)", at10.get(0).detail());
        List<Equilibrium> at50 = hh(50);
        assertEquals(1, at50.size());
        assertEquals(-51.39441, at50.get(0).state()[0], 1e-3);
        assertFalse(at50.get(0).stable());
    }

    @Test
    void refineFromOneGuess() {
        // reference README: equilibrium at I = 10 at V = -59.57059 mV; Newton from the rest state
        Model hh = SquidAxonModel.create();
        double[] p = hh.defaultParameters();
        p[SquidAxonModel.I] = 10;
        Equilibrium e = new EquilibriumFinder(hh).refine(p, SquidAxonModel.REST).orElseThrow();
        assertEquals(-59.57059, e.state()[0], 1e-3);
        assertTrue(e.residual() < 1e-9, "residual " + e.residual());
        assertEquals(List.of("V", "m", "h", "n"), List.copyOf(e.stateByName(hh.variableNames()).keySet()));
    }

    @Test
    void fitzHughNagumo() {
        StateWindow window = StateWindow.of(-2.1, 2.1, -2.1, 2.1);
        Model m0 = ReferenceModels.fitzHughNagumo(0);
        List<Equilibrium> eq = new EquilibriumFinder(m0).find(m0.defaultParameters(), window);
        assertEquals(1, eq.size());
        assertEquals(-1.1994080, eq.get(0).state()[0], 1e-6);
        assertEquals(-0.6242600, eq.get(0).state()[1], 1e-6);
        assertEquals(-0.251290, eq.get(0).eigenvalues()[0].re(), 1e-6);
        assertEquals(0.211949, eq.get(0).eigenvalues()[0].im(), 1e-6);
        assertEquals(Classification.STABLE_FOCUS, eq.get(0).type());
        assertEquals("stable focus", eq.get(0).type().label());

        Model m5 = ReferenceModels.fitzHughNagumo(0.5);
        eq = new EquilibriumFinder(m5).find(m5.defaultParameters(), window);
        assertEquals(1, eq.size());
        assertEquals(-0.8048477, eq.get(0).state()[0], 1e-6);
        assertEquals(-0.1310597, eq.get(0).state()[1], 1e-6);
        assertEquals(0.144110, eq.get(0).eigenvalues()[0].re(), 1e-6);
        assertEquals(0.191547, eq.get(0).eigenvalues()[0].im(), 1e-6);
        assertEquals(Classification.UNSTABLE_FOCUS, eq.get(0).type());
    }

    @Test
    void persistentSodiumThreeEquilibria() {
        Model m = ReferenceModels.persistentSodium(0);
        List<Equilibrium> eq = new EquilibriumFinder(m).find(m.defaultParameters(), StateWindow.of(-100, 50));
        assertEquals(3, eq.size());
        double[] expected = {-52.5123, -40.2855, 30.8632};
        Classification[] types = {Classification.STABLE, Classification.UNSTABLE, Classification.STABLE};
        for (int k = 0; k < 3; k++) {
            assertEquals(expected[k], eq.get(k).state()[0], 1e-4);
            assertEquals(types[k], eq.get(k).type());
        }
        assertEquals("semi-stable", Classification.SEMI_STABLE.label());
    }
}
