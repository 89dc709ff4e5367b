package org.neuropynamics.core.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;

/**
 * Observed orders of convergence on problems with exact solutions (Hipparchus TestProblem style):
 * y' = -y + sin t, y(0) = 1, exact y = 1.5 e^-t + (sin t - cos t) / 2; and the harmonic oscillator
 * x' = v, v' = -x from (1, 0), exact (cos t, -sin t). Orders must be within +-0.3 of the theory.
 */
class ConvergenceOrderTest {

    private static final Model FORCED_DECAY = ReferenceModels.system("forced-decay",
            (t, y, p, d) -> d[0] = -y[0] + Math.sin(t), 1.0);
    private static final Model OSCILLATOR = ReferenceModels.system("oscillator", (t, y, p, d) -> {
        d[0] = y[1];
        d[1] = -y[0];
    }, 1.0, 0.0);

    private static double forcedDecayExact(double t) {
        return 1.5 * Math.exp(-t) + 0.5 * (Math.sin(t) - Math.cos(t));
    }

    private static double error(Model m, IntegrationMethod method, double dt, double tEnd) {
        Trace tr = Simulation.run(SimulationRequest.builder(m).tEnd(tEnd).dt(dt).method(method).build());
        double[] y = tr.finalState();
        if (m == FORCED_DECAY) {
            return Math.abs(y[0] - forcedDecayExact(tEnd));
        }
        return Math.hypot(y[0] - Math.cos(tEnd), y[1] + Math.sin(tEnd));
    }

    /** Least-squares slope of log(error) against log(dt) over halving steps. */
    private static double observedOrder(Model m, IntegrationMethod method, double dt0, int levels, double tEnd) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int k = 0; k < levels; k++) {
            double dt = dt0 / (1 << k);
            double x = Math.log(dt);
            double y = Math.log(error(m, method, dt, tEnd));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (levels * sxy - sx * sy) / (levels * sxx - sx * sx);
    }

    @Test
    void eulerIsFirstOrder() {
        IntegrationMethod euler = IntegrationMethods.get("euler");
        assertEquals(1, observedOrder(FORCED_DECAY, euler, 0.01, 4, 5), 0.3);
        assertEquals(1, observedOrder(OSCILLATOR, euler, 0.01, 4, 5), 0.3);
    }

    @Test
    void midpointIsSecondOrder() {
        assertEquals(2, observedOrder(OSCILLATOR, IntegrationMethods.get("midpoint"), 0.05, 4, 5), 0.3);
    }

    @Test
    void rk4IsFourthOrder() {
        IntegrationMethod rk4 = IntegrationMethods.get("rk4");
        assertEquals(4, observedOrder(FORCED_DECAY, rk4, 0.2, 4, 5), 0.3);
        assertEquals(4, observedOrder(OSCILLATOR, rk4, 0.2, 4, 5), 0.3);
    }

    @Test
    void genericTableauRk4MatchesTheUnrolledStep() {
        // the same tableau through the generic stage loop (a copy is not identical to ButcherTableau.RK4)
        ButcherTableau t = ButcherTableau.RK4;
        IntegrationMethod generic = new IntegrationMethod.ExplicitRungeKutta("rk4-generic",
                new ButcherTableau("rk4-generic", 4, t.c(), t.a(), t.b(), null));
        assertEquals(error(OSCILLATOR, IntegrationMethods.get("rk4"), 0.05, 5),
                error(OSCILLATOR, generic, 0.05, 5), 1e-15);
    }

    @Test
    void dormandPrinceTableauWithFixedStepsIsFifthOrder() {
        IntegrationMethod dp5 = new IntegrationMethod.ExplicitRungeKutta("dp5-fixed",
                ButcherTableau.DORMAND_PRINCE_54);
        assertEquals(5, observedOrder(OSCILLATOR, dp5, 0.4, 4, 10), 0.3);
        assertEquals(5, observedOrder(FORCED_DECAY, dp5, 0.25, 4, 5), 0.3);
    }

    @Test
    void exponentialEulerIsFirstOrderAndExactForLinearGates() {
        assertEquals(1, observedOrder(FORCED_DECAY, IntegrationMethods.get("exp-euler"), 0.01, 4, 5), 0.3);
        // a Hodgkin-Huxley gate at frozen voltage: m' = am (1 - m) - bm m, exact m(t) for any step when the
        // diagonal of the Jacobian is analytic; a one-sided difference (step 1.5e-8) adds only rounding
        double am = 0.2, bm = 0.6;
        double inf = am / (am + bm);
        Model.Builder gate = Model.builder("gate").currentParameter(null).variable("m", "", "")
                .field((t, y, p, d) -> d[0] = am * (1 - y[0]) - bm * y[0]).initialState(0.9);
        Model analytic = gate.jacobian((t, y, p, j) -> j[0][0] = -(am + bm)).build();
        Model difference = Model.builder("gate-fd").currentParameter(null).variable("m", "", "")
                .field((t, y, p, d) -> d[0] = am * (1 - y[0]) - bm * y[0]).initialState(0.9).build();
        for (Model m : new Model[] {analytic, difference}) {
            Trace tr = Simulation.run(SimulationRequest.builder(m).tEnd(7).dt(0.7).method("exp-euler").build());
            double tolerance = m == analytic ? 1e-14 : 1e-8;
            for (int j = 0; j < tr.size(); j++) {
                double exact = inf + (0.9 - inf) * Math.exp(-(am + bm) * tr.times()[j]);
                assertEquals(exact, tr.values()[0][j], tolerance);
            }
        }
    }

    @Test
    void dopri5ErrorFollowsTheTolerance() {
        double previous = Double.NaN;
        long previousEvaluations = 0;
        for (double tol = 1e-4; tol >= 1e-10; tol /= 100) {
            Trace tr = Simulation.run(SimulationRequest.builder(OSCILLATOR).tEnd(10).dt(0.01).method("dopri5")
                    .tolerances(tol, tol).sampleInterval(1).build());
            double err = Math.hypot(tr.finalState()[0] - Math.cos(10), tr.finalState()[1] + Math.sin(10));
            assertTrue(err < 20 * tol, "error " + err + " at tolerance " + tol);
            if (!Double.isNaN(previous)) {
                // global error proportional to the tolerance: a factor 100 in tol gives 100 in error (+-0.3 decades)
                assertEquals(2, Math.log10(previous / err), 0.3, "error ratio per two decades of tolerance");
                // a fifth-order method needs 100^(1/5) = 2.5 times the steps per factor 100 in tolerance
                double orderFromWork = 2 / Math.log10((double) tr.evaluations() / previousEvaluations);
                assertEquals(5, orderFromWork, 1.0, "order from work");
            }
            previous = err;
            previousEvaluations = tr.evaluations();
        }
    }
}
