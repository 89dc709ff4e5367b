package org.neuropynamics.core.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * Izhikevich's model typed as an {@code .ode} file with a {@code global} event: the compiled switching
 * function, reset and spike train equal a hand-written Java Izhikevich neuron (same Euler steps), exactly.
 */
class IzhikevichEventTest {

    private static final String ODE = """
            # Izhikevich (2003) simple model, regular spiking
            par a=0.02, b=0.2, c=-65, d=8, I=10, vpeak=30
            init v=-65, u=-13
            v' = 0.04*v^2 + 5*v + 140 - u + I
            u' = a*(b*v - u)
            global 1 {v - vpeak} {v = c; u = u + d}
            @ total=1000, dt=0.01
            done
            """;

    @Test
    void switchingAndResetAreThoseOfTheEvent() {
        Model m = OdeModelLoader.load("izh", ODE, "izh.ode");
        double[] p = m.defaultParameters();
        SpikeRule rule = m.spikeRule();
        assertNotNull(rule);
        assertEquals("I", m.currentParameter());
        assertArrayEquals(new double[] {-65, -13}, m.initialState(p), 0.0);
        assertEquals(-95.0, rule.switching(0, new double[] {-65, -13}, p), 0.0);
        assertEquals(0.0, rule.switching(0, new double[] {30, -13}, p), 0.0);
        assertEquals(5.5, rule.switching(0, new double[] {35.5, -13}, p), 0.0);
        double[] y = {31.0, -10.5};
        rule.reset(0, y, p);
        assertArrayEquals(new double[] {-65.0, -2.5}, y, 0.0);
    }

    @Test
    void spikeTrainEqualsHandWrittenModel() {
        Model m = OdeModelLoader.load("izh", ODE, "izh.ode");
        double[] p = m.defaultParameters();
        double dt = 0.01;
        int steps = 100_000;
        List<Double> compiled = new ArrayList<>();
        double[] y = m.initialState(p);
        double[] dydt = new double[2];
        for (int k = 0; k < steps; k++) {
            m.field().derivatives(k * dt, y, p, dydt);
            y[0] += dt * dydt[0];
            y[1] += dt * dydt[1];
            if (m.spikeRule().switching((k + 1) * dt, y, p) >= 0) {
                compiled.add((k + 1) * dt);
                m.spikeRule().reset((k + 1) * dt, y, p);
            }
        }
        List<Double> reference = new ArrayList<>();
        double v = -65;
        double u = -13;
        for (int k = 0; k < steps; k++) {
            double dv = 0.04 * v * v + 5 * v + 140 - u + 10;
            double du = 0.02 * (0.2 * v - u);
            v += dt * dv;
            u += dt * du;
            if (v >= 30) {
                reference.add((k + 1) * dt);
                v = -65;
                u += 8;
            }
        }
        assertEquals(reference, compiled);
        assertEquals(reference.size(), compiled.size());
        assertEquals(true, reference.size() > 10, "regular spiking at I=10 fires repeatedly: " + reference.size());
        assertArrayEquals(new double[] {v, u}, y, 1e-9);
    }

    @Test
    void downwardEventNegatesTheCondition() {
        Model m = OdeModelLoader.load("down", "x' = -1\nglobal -1 {x - 1} {x = 5}\n", "down.ode");
        assertEquals(-1.0, m.spikeRule().switching(0, new double[] {2}, m.defaultParameters()), 0.0);
        assertEquals(0.5, m.spikeRule().switching(0, new double[] {0.5}, m.defaultParameters()), 0.0);
        assertNull(m.currentParameter());
    }
}
