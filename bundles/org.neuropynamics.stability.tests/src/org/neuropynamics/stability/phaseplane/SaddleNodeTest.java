package org.neuropynamics.stability.phaseplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.analysis.Classification;
import org.neuropynamics.core.analysis.StateWindow;
import org.neuropynamics.core.model.Model;

/** The 1-D phase line and saddle-node bifurcations. */
class SaddleNodeTest {

    @Test
    void persistentSodiumPhaseLineAtIZero() {
        // equilibria: reference README (-52.5123, -40.2855, 30.8632: stable, unstable, stable)
        Model inap = ReferenceModels.persistentSodium(0);
        PhaseLine line = PhaseLine.compute(inap, inap.defaultParameters(), -100, 50, 301);
        assertEquals(3, line.equilibria().size());
        assertEquals(-52.5123, line.equilibria().get(0).state()[0], 1e-4);
        assertEquals(Classification.STABLE, line.equilibria().get(0).type());
        assertEquals(Classification.UNSTABLE, line.equilibria().get(1).type());
        assertEquals(30.8632, line.equilibria().get(2).state()[0], 1e-4);
        int[] directions = line.flow().stream().mapToInt(PhaseLine.Flow::direction).toArray();
        // F > 0 below the rest state, < 0 between rest and threshold, > 0 above threshold, < 0 at the top
        assertEquals(List.of(1, -1, 1, -1), java.util.Arrays.stream(directions).boxed().toList());
        assertEquals(-100, line.flow().get(0).from(), 0);
        assertEquals(-40.2855, line.flow().get(1).to(), 1e-4);
        assertEquals(301, line.x().length);
    }

    @Test
    void persistentSodiumSaddleNode() {
        // reference (mpmath, 30 digits, computed for this test): F'(V) = 0 is independent of I; its root
        // between rest and threshold is V = -46.1957141061182, and F = 0 there gives
        // I = gL (V - EL) + gNa minf(V) (V - ENa) = 15.7758880035377 uA/cm^2 (the course's "15.4" was wrong)
        Model inap = ReferenceModels.persistentSodium(0);
        List<SaddleNode> folds = new SaddleNodeLocator(inap, "I").locate(inap.defaultParameters(), 0, 20,
                StateWindow.of(-100, 50));
        assertEquals(1, folds.size(), "one fold for I in [0, 20]: " + folds);
        assertEquals(15.7758880035377, folds.get(0).value(), 1e-8);
        assertEquals(-46.1957141061182, folds.get(0).state()[0], 1e-6);
        assertEquals("I", folds.get(0).parameter());
        assertTrue(folds.get(0).residual() < 1e-9);
    }

    @Test
    void normalFormAndATwoDimensionalFold() {
        // x' = r + x^2: fold at r = 0, x = 0 (closed form), found scanning r from -1 to 1
        Model nf = org.neuropynamics.core.model.Model.builder("fold").variable("x", "", "")
                .parameter("r", "", -1, -2, 2, 0.1, "").currentParameter(null)
                .field((t, y, p, f) -> f[0] = p[0] + y[0] * y[0]).initialState(0).build();
        List<SaddleNode> folds = new SaddleNodeLocator(nf, "r").locate(nf.defaultParameters(), -1, 1,
                StateWindow.of(-2, 2));
        assertEquals(1, folds.size());
        assertEquals(0, folds.get(0).value(), 1e-10);
        assertEquals(0, folds.get(0).state()[0], 1e-5);
        // planar: x' = r - x^2, y' = -y: the node/saddle pair (+-sqrt r, 0) is born at r = 0 (det J = 0)
        Model planar = org.neuropynamics.core.model.Model.builder("fold2").variable("x", "", "").variable("y", "", "")
                .parameter("r", "", -1, -2, 2, 0.1, "").currentParameter(null)
                .field((t, y, p, f) -> {
                    f[0] = p[0] - y[0] * y[0];
                    f[1] = -y[1];
                }).initialState(0, 0).build();
        List<SaddleNode> two = new SaddleNodeLocator(planar, "r").scanPoints(20).locate(planar.defaultParameters(),
                -0.5, 0.7, StateWindow.of(-1, 1, -1, 1));
        assertEquals(1, two.size());
        assertEquals(0, two.get(0).value(), 1e-10);
        assertEquals(0, two.get(0).state()[1], 1e-9);
    }
}
