package org.neuropynamics.core.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.integrate.DivergenceException;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;

/**
 * Delays and Volterra integrals (issue 14) against closed-form solutions; XPPAUT's own example files that use
 * them are compared with XPPAUT's trajectories in {@link OdeXppautExamplesTest}.
 */
class OdeHistoryTest {

    private static Trace run(String source, double total, double dt, String method) {
        Model m = OdeModelLoader.load("t", source, "t.ode");
        return Simulation.run(SimulationRequest.builder(m).tStart(0).tEnd(total).dt(dt).sampleInterval(dt)
                .method(method).build());
    }

    /** x' = -x(t-1) with history 1: the method of steps gives a polynomial on each interval of length 1. */
    private static double delayExact(double t) {
        double x = 1 - t;
        if (t > 1) {
            x += (t - 1) * (t - 1) / 2;
        }
        if (t > 2) {
            x -= (t - 2) * (t - 2) * (t - 2) / 6;
        }
        return x;
    }

    private static double delayError(double dt) {
        Trace tr = run("x'=-delay(x,1)\nx(0)=1\n@ delay=2\ndone\n", 3, dt, "rk4");
        double worst = 0;
        double[] t = tr.times();
        double[] x = tr.values("x");
        for (int k = 0; k < t.length; k++) {
            worst = Math.max(worst, Math.abs(x[k] - delayExact(t[k])));
        }
        assertEquals(3, t[t.length - 1], 1e-9);
        return worst;
    }

    /**
     * XPPAUT's delays read the past before the latest stored step, the same value at every stage, so the
     * scheme is first order in dt whatever the method: the error on [0, 3] halves with dt.
     */
    @Test
    void delayEquationMatchesTheMethodOfStepsToFirstOrder() {
        double e1 = delayError(0.01);
        double e2 = delayError(0.005);
        assertTrue(e1 < 1e-2, "error at dt 0.01: " + e1); // 0.63 dt measured
        assertEquals(2, e1 / e2, 0.1, "errors " + e1 + " at dt 0.01 and " + e2 + " at dt 0.005");
    }

    /** The history before the start is XPPAUT's x(0)= expression of t (delay.ode's x(0)=1-t). */
    @Test
    void historyIsTheInitialExpressionOfTime() {
        // x' = delay(x, 1) with history 2 + t: on [0, 1] x' = 2 + (t - 1) = 1 + t, so x(1) = x0 + 1.5
        Trace tr = run("x'=delay(x,1)\nx(0)=2+t\n@ delay=1.5\ndone\n", 1, 0.01, "rk4");
        double[] x = tr.values("x");
        assertEquals(2.0, x[0], 1e-12, "the start is the history at t = 0");
        // first order in dt (the delay reads one step back): within 0.01 of 3.5
        assertEquals(3.5, x[x.length - 1], 0.01);
    }

    @Test
    void delayBeyondTheStoredHistoryStopsTheRun() {
        DivergenceException e = assertThrows(DivergenceException.class,
                () -> run("x'=-delay(x,tau)\npar tau=3\nx(0)=1\n@ delay=2\ndone\n", 1, 0.01, "rk4"));
        assertTrue(e.getMessage().contains("@ delay"), e.getMessage());
    }

    @Test
    void historyTooLongToStoreIsRefusedBeforeTheRun() {
        var e = assertThrows(org.neuropynamics.core.integrate.ResourceLimitException.class,
                () -> run("x'=-delay(x,1)\n@ delay=1e12\ndone\n", 1, 0.01, "rk4"));
        assertTrue(e.getMessage().startsWith("@ delay=1.0E12 at dt 0.01"), e.getMessage());
    }

    /**
     * Delays with an adaptive method (issue 14): XPPAUT stores the past at every dt and its method steps inside
     * each dt. On x' = -x(t-1) the delayed value is constant over each dt, so rk4 solves the same discrete problem
     * exactly and every adaptive method must agree with it; and dde.ode at qualrk gives XPPAUT's trajectory.
     */
    @Test
    void delayWithAnAdaptiveMethodStepsInsideEachDt() {
        double[] fixed = run("x'=-delay(x,1)\nx(0)=1\n@ delay=2\ndone\n", 3, 0.01, "rk4").values("x");
        for (String method : new String[] {"dopri5", "qualrk", "rodas", "gear"}) {
            Model m = OdeModelLoader.load("t", "x'=-delay(x,1)\nx(0)=1\n@ delay=2\ndone\n", "t.ode");
            double[] x = Simulation.run(SimulationRequest.builder(m).tStart(0).tEnd(3).dt(0.01).sampleInterval(0.01)
                    .method(method).tolerances(1e-10, 1e-10).build()).values("x");
            assertEquals(fixed.length, x.length, method);
            for (int k = 0; k < x.length; k++) {
                assertEquals(fixed[k], x[k], 1e-9, method + " at step " + k);
            }
        }
        // dde.ode (XPPAUT's example) with @ meth=qualrk, tol=1e-8, atol=1e-8: xppaut 6.11 -silent wrote
        // x(5k), k = 0..10, as below; within 1e-3 of x's range (2)
        double[] xpp = {0.5, 0.99649584, -0.96289808, 0.59572405, 0.99160892, -0.97031844, 0.67657882, 0.98203444,
            -0.9762547, 0.74126273, 0.95924079};
        Model dde = OdeModelLoader.load("dde", "f(x)=tanh(x)\nx'=-x+f(a*x-b*delay(x,tau)-c)\npar tau=5,a=5,b=5,c=0\n"
                + "init x=.5\n@ delay=10\n@ total=50\ndone\n", "dde.ode");
        Trace tr = Simulation.run(SimulationRequest.builder(dde).tStart(0).tEnd(50).dt(0.05).sampleInterval(5)
                .method("qualrk").tolerances(1e-8, 1e-8).initialState(new double[] {0.5}).build());
        double[] x = tr.values("x");
        assertEquals(xpp.length, x.length);
        for (int k = 0; k < xpp.length; k++) {
            assertEquals(xpp[k], x[k], 2e-3, "x at t = " + 5 * k);
        }
    }

    @Test
    void delayOfANonStateIsRefusedWithItsLine() {
        EquationException e = assertThrows(EquationException.class,
                () -> OdeModelLoader.load("t", "par a=1\nx'=-delay(a,1)\n@ delay=2\ndone\n", "t.ode"));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("not a state variable"), e.getMessage());
    }

    @Test
    void randomInputsWithADelayAreRefusedWithTheDelaysLine() {
        // the history solver draws no random numbers: a wiener or ran() beside a delay would silently be 0
        for (String noise : new String[] {"wiener w\nx'=-delay(x,1)+w\n", "x'=-delay(x,1)+ran(1)\n"}) {
            EquationException e = assertThrows(EquationException.class,
                    () -> OdeModelLoader.load("t", noise + "x(0)=1\n@ delay=2\ndone\n", "t.ode"));
            assertEquals(noise.startsWith("wiener") ? 2 : 1, e.line(), e.getMessage());
            assertTrue(e.getMessage().contains("random inputs"), e.getMessage());
        }
    }

    private static double volterraError(String source, double dt, java.util.function.DoubleUnaryOperator exact) {
        Trace tr = run(source, 2, dt, "rk4");
        double worst = 0;
        double[] t = tr.times();
        double[] u = tr.values("u");
        for (int k = 1; k < t.length; k++) { // row 0 is the state as given, before XPPAUT's solver sets u(0)
            worst = Math.max(worst, Math.abs(u[k] - exact.applyAsDouble(t[k])));
        }
        return worst;
    }

    /** u(t) = 1 - int_0^t u: u = exp(-t); the trapezoidal product rule is second order. */
    @Test
    void integralEquationConvergesToTheExponential() {
        String src = "u(t)=1-int{u}\ndone\n";
        double e1 = volterraError(src, 0.02, t -> Math.exp(-t));
        double e2 = volterraError(src, 0.01, t -> Math.exp(-t));
        assertTrue(e1 < 1e-4, "error at dt 0.02: " + e1);
        assertEquals(4, e1 / e2, 0.2, "errors " + e1 + " and " + e2);
    }

    /**
     * u = 1 + int_0^t exp(-(t-s)) u(s) ds has u = 1 + t (differentiate: u' = 1); a convolution int{K#u}, second
     * order (0.67 dt^2 measured).
     */
    @Test
    void convolutionWithAnExponentialKernel() {
        double e = volterraError("u(t)=1+int{exp(-t)#u}\ndone\n", 0.01, t -> 1 + t);
        double e2 = volterraError("u(t)=1+int{exp(-t)#u}\ndone\n", 0.005, t -> 1 + t);
        assertTrue(e < 1e-4, "error at dt 0.01: " + e);
        assertEquals(4, e / e2, 0.2, "second order: errors " + e + " and " + e2);
    }

    /** int[1/2]{1#1} = int_0^t (t-s)^-1/2 ds = 2 sqrt(t): product integration is exact for a constant. */
    @Test
    void singularKernelIsIntegratedExactlyForAConstant() {
        double e = volterraError("volt u=int[.5]{1#1}\ndone\n", 0.05, t -> 2 * Math.sqrt(t));
        assertTrue(e < 1e-12, "error " + e);
    }

    /** An integro-differential equation: u' = -int_0^t u, u(0) = 1 is u'' = -u: cos t. */
    @Test
    void integroDifferentialEquation() {
        double e = volterraError("u'=-int{u}\ninit u=1\ndone\n", 0.01, Math::cos);
        assertTrue(e < 1e-4, "error " + e);
    }

    /** The editor's check binds without compiling: delays and integrals must bind there too, with no false error. */
    @Test
    void delayAndVolterraFilesBindForTheEditorsCheck() {
        var delay = OdeModelLoader.bind(OdeModelLoader.parse("x'=-delay(x,tau)\npar tau=1\n@ delay=2\n", "t.ode"));
        assertEquals(java.util.List.of("x"), delay.stateNames());
        var volterra = OdeModelLoader.bind(OdeModelLoader.parse("u(t)=1-int{exp(-t)#u}\n", "t.ode"));
        assertEquals(java.util.List.of("u"), volterra.stateNames());
    }

    @Test
    void badExponentIsRefusedWithItsLine() {
        EquationException e = assertThrows(EquationException.class,
                () -> OdeModelLoader.load("t", "par a=1\nu(t)=int[1.5]{u}\ndone\n", "t.ode"));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("[0, 1)"), e.getMessage());
    }
}
