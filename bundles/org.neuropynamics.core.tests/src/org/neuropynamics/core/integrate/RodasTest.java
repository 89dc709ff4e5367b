package org.neuropynamics.core.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * The stiff integrator {@code rodas} (Hairer and Wanner's RODAS): order 4 with constant steps, error falling
 * with the tolerance, and Hairer and Wanner's reference solutions of Robertson's chemical kinetics and the
 * van der Pol oscillator at mu = 1000 (Solving Ordinary Differential Equations II, sections IV.1 and IV.10;
 * the same values are the reference solutions of the Bari test set for IVP solvers).
 */
class RodasTest {

    /** y' = -2 y + cos t, y(0) = 1: exact y = (2 cos t + sin t) / 5 + (3/5) e^{-2t}; time-dependent (df/dt). */
    private static final Model FORCED = OdeModelLoader.load("forced", "y' = -2*y + cos(t)\ninit y=1\n", "forced.ode");

    private static double forcedExact(double t) {
        return (2 * Math.cos(t) + Math.sin(t)) / 5 + 0.6 * Math.exp(-2 * t);
    }

    /** Steps of exactly h: a tolerance nothing exceeds and h as the largest step. */
    private static double constantStepError(Model m, double h) {
        Trace tr = Simulation.run(SimulationRequest.builder(m).tEnd(4).dt(h).maxStep(h).tolerances(1e6, 0)
                .method("rodas").sampleInterval(4).build());
        return Math.abs(tr.finalState()[0] - forcedExact(4));
    }

    @Test
    void fourthOrderWithConstantSteps() {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int levels = 4;
        for (int k = 0; k < levels; k++) {
            double h = 0.2 / (1 << k);
            double x = Math.log(h);
            double y = Math.log(constantStepError(FORCED, h));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double order = (levels * sxy - sx * sy) / (levels * sxx - sx * sx);
        assertEquals(4, order, 0.3, "observed order");
    }

    @Test
    void fourthOrderWithFiniteDifferenceJacobian() {
        Model noJacobian = ReferenceModels.system("forced-fd", (t, y, p, d) -> d[0] = -2 * y[0] + Math.cos(t), 1.0);
        double e1 = constantStepError(noJacobian, 0.1);
        double e2 = constantStepError(noJacobian, 0.05);
        assertEquals(4, Math.log(e1 / e2) / Math.log(2), 0.4, "observed order with a difference Jacobian");
    }

    private static final Model ROBERTSON = OdeModelLoader.load("robertson", """
            y1' = -0.04*y1 + 1e4*y2*y3
            y2' = 0.04*y1 - 1e4*y2*y3 - 3e7*y2^2
            y3' = 3e7*y2^2
            init y1=1, y2=0, y3=0
            """, "robertson.ode");

    /** Hairer and Wanner's reference solution of Robertson's problem at t = 40. */
    private static final double[] ROBERTSON_40 = {0.7158270687193e0, 0.9185534764557e-5, 0.2841637457458e0};

    private static double[] robertson(double rtol) {
        return Simulation.run(SimulationRequest.builder(ROBERTSON).tEnd(40).dt(1e-6).method("rodas")
                .tolerances(rtol * 1e-4, rtol).sampleInterval(40).build()).finalState();
    }

    @Test
    void robertsonMatchesThePublishedReference() {
        double[] y = robertson(1e-9);
        for (int i = 0; i < 3; i++) {
            assertEquals(ROBERTSON_40[i], y[i], 1e-7 * Math.abs(ROBERTSON_40[i]), "y" + (i + 1) + "(40)");
        }
        assertEquals(1, y[0] + y[1] + y[2], 1e-12, "mass conservation");
    }

    @Test
    void errorFallsWithTheTolerance() {
        double previous = Double.POSITIVE_INFINITY;
        for (double rtol : new double[] {1e-4, 1e-6, 1e-8}) {
            double[] y = robertson(rtol);
            double error = Math.abs(y[0] - ROBERTSON_40[0]) / ROBERTSON_40[0];
            assertTrue(error <= 20 * rtol, "error " + error + " at rtol " + rtol);
            assertTrue(error < previous, "error " + error + " at rtol " + rtol + " after " + previous);
            previous = error;
        }
    }

    /**
     * Van der Pol in Hairer and Wanner's scaling, y1' = y2, y2' = ((1 - y1^2) y2 - y1) / eps with eps = 1e-6
     * (mu = 1000), from (2, 0): reference y(2) = (1.706167732170483, -0.8928097010247975).
     */
    @Test
    void vanDerPolAtMuThousandMatchesThePublishedReference() {
        Model vdp = OdeModelLoader.load("vdp", "par eps=1e-6\ny1' = y2\ny2' = ((1 - y1^2)*y2 - y1)/eps\n"
                + "init y1=2, y2=0\n", "vdp.ode");
        Trace tr = Simulation.run(SimulationRequest.builder(vdp).tEnd(2).dt(1e-6).method("rodas")
                .tolerances(1e-8, 1e-8).sampleInterval(2).build());
        assertEquals(1.706167732170483, tr.finalState()[0], 1e-8);
        assertEquals(-0.8928097010247975, tr.finalState()[1], 1e-8);
        // stiff: a few thousand steps where an explicit method needs millions (BenchCommand measures it)
        assertTrue(tr.steps() < 10_000, tr.steps() + " steps");
    }
}
