package org.neuropynamics.stability.phaseplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;

/** Trajectories against exact solutions, and their stopping rules. */
class TrajectoryTest {

    private static final PlaneWindow BOX = new PlaneWindow(-2, 2, -2, 2);

    /** x' = -x, y' = 2 y: x = x0 e^-t, y = y0 e^2t. */
    private static final Model SADDLE = ReferenceModels.system("saddle", (t, y, p, f) -> {
        f[0] = -y[0];
        f[1] = 2 * y[1];
    }, 1, 0.01);

    @Test
    void forwardFollowsTheExactSolutionAndStopsOutsideTheEnlargedWindow() {
        Trajectory tr = TrajectoryTracer.planar(SADDLE, new double[0], BOX).duration(50)
                .trace(new double[] {1, 0.01}, Direction.FORWARD);
        assertEquals(Trajectory.Stop.LEFT_WINDOW, tr.stop());
        for (int k = 0; k < tr.size(); k++) {
            double t = tr.t()[k];
            // relative tolerance 1e-7 per step: global errors stay below 1e-5 (relative)
            assertEquals(Math.exp(-t), tr.x()[k], 1e-5, "x at t = " + t);
            assertEquals(0.01 * Math.exp(2 * t), tr.y()[k], 1e-5 * Math.max(1, tr.y()[k]));
        }
        double lastY = tr.y()[tr.size() - 1];
        // margin 0.5 widths: stops after y passes 2 + 0.5 * 4 = 4, within one step
        assertTrue(lastY > 4 && lastY < 8, "stopped just outside the enlarged window: " + lastY);
        // dense output keeps segments short (0.4 % of the window): a smooth curve
        for (int k = 1; k < tr.size(); k++) {
            double d = Math.hypot((tr.x()[k] - tr.x()[k - 1]) / 4, (tr.y()[k] - tr.y()[k - 1]) / 4);
            assertTrue(d < 0.0045, "segment " + k + " is " + d);
        }
    }

    @Test
    void backwardAndBothDirections() {
        TrajectoryTracer tracer = TrajectoryTracer.planar(SADDLE, new double[0], BOX).duration(3);
        Trajectory back = tracer.trace(new double[] {1, 0.01}, Direction.BACKWARD);
        // backwards x grows as e^|t|: leaves the window at x = 4 (t = -ln 4)
        assertEquals(Trajectory.Stop.LEFT_WINDOW, back.stop());
        assertTrue(back.t()[0] < -Math.log(4) + 1e-9 && back.t()[back.size() - 1] == 0, "times increase to 0");
        for (int k = 0; k < back.size(); k++) {
            assertEquals(Math.exp(-back.t()[k]), back.x()[k], 1e-5 * Math.exp(-back.t()[k]));
        }
        Trajectory both = tracer.trace(new double[] {1, 0.01}, Direction.BOTH);
        assertEquals(back.size() + tracer.trace(new double[] {1, 0.01}, Direction.FORWARD).size() - 1, both.size());
        for (int k = 1; k < both.size(); k++) {
            assertTrue(both.t()[k] > both.t()[k - 1], "increasing time");
        }
    }

    @Test
    void convergesToAStableNodeAndStops() {
        Model node = ReferenceModels.system("node", (t, y, p, f) -> {
            f[0] = -y[0];
            f[1] = -3 * y[1];
        }, 1, 1);
        Trajectory tr = TrajectoryTracer.planar(node, new double[0], BOX).duration(1e6)
                .trace(new double[] {1, 1}, Direction.FORWARD);
        assertEquals(Trajectory.Stop.CONVERGED, tr.stop());
        assertEquals(0, tr.x()[tr.size() - 1], 1e-6);
    }

    @Test
    void fullModelIntegratedAndProjected() {
        // x' = -x + z, y' = -y, z' = -z: x(t) = (x0 + z0 t) e^-t
        Model three = ReferenceModels.system("three", (t, y, p, f) -> {
            f[0] = -y[0] + y[2];
            f[1] = -y[1];
            f[2] = -y[2];
        }, 0, 1, 1);
        Trajectory tr = new TrajectoryTracer(three, new double[0], 0, 1, BOX).duration(5)
                .trace(new double[] {0, 1, 1}, Direction.FORWARD);
        for (int k = 0; k < tr.size(); k++) {
            double t = tr.t()[k];
            assertEquals(t * Math.exp(-t), tr.x()[k], 1e-5);
        }
        // the same plane with z held at 1: x -> 1
        PlaneProjection fixed = PlaneProjection.of(three, "x", "y", new double[] {0, 0, 1});
        Trajectory flat = TrajectoryTracer.planar(fixed.planarModel(), new double[0], BOX).duration(5)
                .trace(new double[] {0, 1}, Direction.FORWARD);
        double t = flat.t()[flat.size() - 1];
        assertEquals(1 - Math.exp(-t), flat.x()[flat.size() - 1], 1e-5);
    }
}
