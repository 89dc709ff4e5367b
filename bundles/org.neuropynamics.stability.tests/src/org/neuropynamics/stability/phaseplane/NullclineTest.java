package org.neuropynamics.stability.phaseplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;

/**
 * Nullclines by contouring: every branch is found (checked against the closed-form curves: wherever the
 * curve passes through the window, a contour point lies near it) and every contour point satisfies the
 * nullcline equation (points are refined on grid edges, so to about 1e-12 of the rate scale).
 */
class NullclineTest {

    /** Every contour point solves the equation, and every window point of the curve has a contour point near. */
    private static void assertTracesCurve(List<Polyline> lines, DoubleUnaryOperator curve, PlaneWindow w,
            ScalarField equation, double tolerance) {
        int points = 0;
        for (Polyline l : lines) {
            for (int k = 0; k < l.size(); k++) {
                assertEquals(0, equation.value(l.x()[k], l.y()[k]), tolerance, "point on the nullcline");
                points++;
            }
        }
        assertTrue(points > 50, "enough points: " + points);
        for (int s = 0; s <= 400; s++) {
            double x = w.xMin() + w.width() * s / 400;
            double y = curve.applyAsDouble(x);
            if (y <= w.yMin() + 0.01 * w.height() || y >= w.yMax() - 0.01 * w.height()) {
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            for (Polyline l : lines) {
                for (int k = 0; k < l.size(); k++) {
                    best = Math.min(best, Math.hypot((l.x()[k] - x) / w.width(), (l.y()[k] - y) / w.height()));
                }
            }
            assertTrue(best < 0.02, "curve point (" + x + ", " + y + ") has no contour point near: " + best);
        }
    }

    @Test
    void fitzHughNagumoCubicHasThreeBranchesInACuttingWindow() {
        // I = 0.5: v-nullcline w = v - v^3/3 + 0.5 has a minimum -1/6 at v = -1 and a maximum 7/6 at v = 1, so
        // the window w in [0, 1] cuts it into a left, a middle and a right branch
        Model fhn = ReferenceModels.fitzHughNagumo(0.5);
        double[] p = fhn.defaultParameters();
        PlaneWindow w = new PlaneWindow(-2.1, 2.1, 0, 1);
        Nullclines n = Nullclines.compute(fhn, p, w, 101);
        assertEquals(3, n.xNullcline().size(), "three branches of the cubic");
        assertTracesCurve(n.xNullcline(), v -> v - v * v * v / 3 + 0.5, w,
                (v, x) -> v - v * v * v / 3 - x + 0.5, 1e-12);
        assertEquals(1, n.yNullcline().size(), "the line w = (v + a)/b");
        assertTracesCurve(n.yNullcline(), v -> (v + 0.7) / 0.8, w, (v, x) -> (v + 0.7 - 0.8 * x) / 12.5, 1e-12);
        // the default course window holds the whole cubic as one curve
        Nullclines whole = Nullclines.compute(fhn, p, new PlaneWindow(-2.1, 2.1, -2.1, 2.1), 121);
        assertEquals(1, whole.xNullcline().size());
    }

    @Test
    void morrisLecarNullclinesOnBothSidesOfThePole() {
        // V-nullcline w = (I - gL (V - VL) - gCa minf (V - VCa)) / (gK (V - VK)) has a pole at V = VK = -84:
        // two branches in a window spanning it (left of the pole w < -1.4), plus the sigmoid w-nullcline winf(V)
        Model ml = MorrisLecar.model();
        double[] p = ml.defaultParameters();
        PlaneWindow w = new PlaneWindow(-100, 60, -4, 1.0);
        Nullclines n = Nullclines.compute(ml, p, w, 161);
        DoubleUnaryOperator vNull = v -> MorrisLecar.vNullcline(v, p);
        assertTracesCurve(n.xNullcline(), vNull, w, (v, x) -> MorrisLecar.rates(v, x, p)[0], 1e-10);
        assertTrue(n.xNullcline().stream().anyMatch(l -> l.x()[0] < -84 || l.x()[l.size() - 1] < -84),
                "a branch left of the pole");
        assertTrue(n.xNullcline().size() >= 2, "branches on both sides of V = VK: " + n.xNullcline().size());
        assertTracesCurve(n.yNullcline(), v -> MorrisLecar.wInf(v), w, (v, x) -> MorrisLecar.rates(v, x, p)[1],
                1e-12);
        assertEquals(1, n.yNullcline().size());
    }

    @Test
    void closedLoopsAndCrossingLines() {
        // x' = x^2 + y^2 - 1 (a circle), y' = x (1 - y) ... the y-nullcline is two crossing lines x = 0, y = 1
        Model m = ReferenceModels.system("loops", (t, y, p, f) -> {
            f[0] = y[0] * y[0] + y[1] * y[1] - 1;
            f[1] = y[0] * (1 - y[1]);
        }, 0, 0);
        PlaneWindow w = new PlaneWindow(-2, 2, -2, 2.5);
        Nullclines n = Nullclines.compute(m, new double[0], w, 80);
        assertEquals(1, n.xNullcline().size());
        Polyline circle = n.xNullcline().get(0);
        assertTrue(circle.closed(), "the circle is a closed loop");
        for (int k = 0; k < circle.size(); k++) {
            assertEquals(1, Math.hypot(circle.x()[k], circle.y()[k]), 1e-12);
        }
        double xOnAxis = 0;
        double yOnLine = 0;
        for (Polyline l : n.yNullcline()) {
            for (int k = 0; k < l.size(); k++) {
                double r = Math.min(Math.abs(l.x()[k]), Math.abs(l.y()[k] - 1));
                assertTrue(r < 1e-9, "point on x = 0 or y = 1");
                xOnAxis += Math.abs(l.x()[k]) < 1e-9 ? 1 : 0;
                yOnLine += Math.abs(l.y()[k] - 1) < 1e-9 ? 1 : 0;
            }
        }
        assertTrue(xOnAxis > 40 && yOnLine > 40, "both lines traced: " + xOnAxis + ", " + yOnLine);
    }
}
