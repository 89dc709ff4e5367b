package org.neuropynamics.core.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuropynamics.core.model.Model;

/** Current protocols as functions of time, their parsing, and driving a model (exact piecewise solutions). */
class CurrentProtocolTest {

    @Test
    void valuesAndDiscontinuities() {
        CurrentProtocol step = CurrentProtocol.step(100, 600, 7);
        assertEquals(0, step.at(99.999));
        assertEquals(7, step.at(100));
        assertEquals(7, step.at(599.999));
        assertEquals(0, step.at(600));
        assertEquals(100, step.nextDiscontinuity(0));
        assertEquals(600, step.nextDiscontinuity(100));
        assertEquals(Double.POSITIVE_INFINITY, step.nextDiscontinuity(600));
        assertEquals(step, CurrentProtocol.courseStep(7));

        CurrentProtocol ramp = CurrentProtocol.ramp(10, 20, 1, 3);
        assertEquals(0, ramp.at(5));
        assertEquals(2, ramp.at(15), 1e-15);
        assertEquals(0, ramp.at(20));

        CurrentProtocol pulses = CurrentProtocol.pulseTrain(10, 2, 5, 4, 3);
        assertEquals(0, pulses.at(9.9));
        assertEquals(4, pulses.at(10));
        assertEquals(0, pulses.at(12));
        assertEquals(4, pulses.at(16.5));
        assertEquals(4, pulses.at(21.9));
        assertEquals(0, pulses.at(25)); // only three pulses
        assertEquals(12, pulses.nextDiscontinuity(10));
        assertEquals(15, pulses.nextDiscontinuity(12));
        assertEquals(Double.POSITIVE_INFINITY, pulses.nextDiscontinuity(22));
        assertEquals(5, CurrentProtocol.constant(5).at(1e9));
    }

    @Test
    void parsing() {
        assertEquals(CurrentProtocol.constant(2.5), CurrentProtocol.parse("const:2.5"));
        assertEquals(CurrentProtocol.step(100, 600, 10), CurrentProtocol.parse("step:100:600:10"));
        assertEquals(CurrentProtocol.ramp(0, 10, 1, 2), CurrentProtocol.parse("ramp:0:10:1:2"));
        assertEquals(CurrentProtocol.pulseTrain(5, 1, 10, 3, 4), CurrentProtocol.parse("pulses:5:1:10:3:4"));
        CurrentProtocol p = CurrentProtocol.parse("step:1:2:3");
        assertEquals(p, CurrentProtocol.parse(p.describe()));
        assertThrows(IllegalArgumentException.class, () -> CurrentProtocol.parse("step:1:2"));
        assertThrows(IllegalArgumentException.class, () -> CurrentProtocol.parse("sine:1"));
        assertThrows(IllegalArgumentException.class, () -> CurrentProtocol.parse("const:x"));
    }

    /** dv/dt = I / tau: the exact v is the integral of the protocol divided by tau. */
    @ParameterizedTest
    @ValueSource(strings = {"euler", "rk4", "exp-euler", "dopri5"})
    void protocolDrivesTheCurrentParameter(String method) {
        Model integrator = Model.builder("perfect").variable("v", "mV", "")
                .parameter("I", "mV", 0, 0, 40, 1, "").parameter("tau", "ms", 20, 1, 30, 1, "")
                .field((t, y, p, d) -> d[0] = p[0] / p[1]).initialState(0).build();
        // step 100..600 ms of 10 mV: v = 10 * 500 / 20 = 250 at the end; ramp 0..50 ms from 0 to 4: +100/20
        Trace tr = Simulation.run(SimulationRequest.builder(integrator).tEnd(700).dt(0.1).method(method)
                .protocol(CurrentProtocol.courseStep(10)).sampleInterval(50).build());
        assertEquals(250, tr.finalState()[0], 1e-9);
        assertEquals(0, tr.values("v")[2], 1e-12); // t = 100: not yet driven
        assertEquals(125, tr.values("v")[7], 1e-9); // t = 350
        Trace ramp = Simulation.run(SimulationRequest.builder(integrator).tEnd(60).dt(0.1).method(method)
                .protocol(CurrentProtocol.ramp(0, 50, 0, 4)).build());
        // Euler sees the ramp at the left of each step: 0.1 * sum_k 0.008 k for k < 500, i.e. 100 - 0.2
        double exact = method.equals("euler") || method.equals("exp-euler") ? 99.8 / 20 : 100.0 / 20;
        assertEquals(exact, ramp.finalState()[0], 1e-9);
    }
}
