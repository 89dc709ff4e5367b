package org.neuropynamics.core.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;

/**
 * Dopri5's continuous extension between steps, against exact solutions: the harmonic oscillator
 * (cos t, -sin t) and y' = -y + sin t (exact 1.5 e^-t + (sin t - cos t) / 2).
 */
class DenseOutputTest {

    @Test
    void samplesBetweenStepsFollowTheExactSolution() {
        Model osc = ReferenceModels.system("oscillator", (t, y, p, d) -> {
            d[0] = y[1];
            d[1] = -y[0];
        }, 1.0, 0.0);
        Trace tr = Simulation.run(SimulationRequest.builder(osc).tEnd(20).dt(0.1).method("dopri5")
                .tolerances(1e-9, 1e-9).sampleInterval(0.001).build());
        assertEquals(20001, tr.size());
        assertTrue(tr.steps() * 20 < tr.size(), "samples must mostly fall between steps: " + tr.steps() + " steps");
        double worst = 0;
        for (int j = 0; j < tr.size(); j++) {
            double t = tr.times()[j];
            worst = Math.max(worst, Math.hypot(tr.values()[0][j] - Math.cos(t), tr.values()[1][j] + Math.sin(t)));
        }
        assertTrue(worst < 1e-7, "dense output error " + worst);
    }

    @Test
    void denseOutputOfANonAutonomousProblemIsFourthOrderBetweenSteps() {
        Model forced = ReferenceModels.system("forced", (t, y, p, d) -> d[0] = -y[0] + Math.sin(t), 1.0);
        double[] worst = new double[2];
        double[] tolerance = {1e-5, 1e-7};
        for (int k = 0; k < 2; k++) {
            Trace tr = Simulation.run(SimulationRequest.builder(forced).tEnd(10).dt(0.1).method("dopri5")
                    .tolerances(tolerance[k], tolerance[k]).sampleInterval(0.0025).build());
            for (int j = 0; j < tr.size(); j++) {
                double t = tr.times()[j];
                double exact = 1.5 * Math.exp(-t) + 0.5 * (Math.sin(t) - Math.cos(t));
                worst[k] = Math.max(worst[k], Math.abs(tr.values()[0][j] - exact));
            }
            assertTrue(worst[k] < 10 * tolerance[k], "dense error " + worst[k] + " at tolerance " + tolerance[k]);
        }
        // steps shrink like tol^(1/5) and the interpolant error like h^5: a factor 100 in tolerance gives
        // about a factor 100 in the dense error (+-0.5 decades)
        assertEquals(2, Math.log10(worst[0] / worst[1]), 0.5);
    }
}
