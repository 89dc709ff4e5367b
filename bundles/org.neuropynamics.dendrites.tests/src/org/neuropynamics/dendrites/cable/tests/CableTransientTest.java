package org.neuropynamics.dendrites.cable.tests;

import org.neuropynamics.dendrites.cable.*;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.RunMonitor;

/**
 * The time course of a current step into the end of a long cable against the semi-infinite cable solution
 * of Jack, Noble and Tsien (1975): at X = 0, V = I r_a lambda erf(sqrt(t / tau)); further out the erfc form
 * of {@link CableTheory#semiInfiniteStepResponse}. A cable of 10 lambda is semi-infinite to within
 * 2 exp(-20) for these times.
 */
class CableTransientTest {

    @Test
    void crankNicolsonFollowsTheSemiInfiniteStepResponse() {
        Membrane membrane = Membrane.DEFAULT;
        double d = 2;
        double lambda = CableTheory.lengthConstant(d, membrane);
        int n = 1000; // dx = lambda / 100
        Morphology m = Morphology.somaAndDendrite(0, 0, 10 * lambda, d, n, membrane.ra());
        CompartmentalNeuron neuron = new CompartmentalNeuron(m, membrane, HhChannels.NONE);
        double current = 0.05;
        CableTrace trace = neuron.simulate(List.of(), List.of(CurrentClamp.constant(0, current)), 20, 0.01,
                CompartmentalNeuron.CRANK_NICOLSON, 1, RunMonitor.NONE);
        double vInf = current * CableTheory.axialResistancePerLength(d, membrane) * lambda;
        for (double t : new double[] { 1, 2, 5, 10, 20 }) {
            int j = (int) Math.round(t / 0.01);
            for (double x : new double[] { 0, 0.5 * lambda, lambda, 2 * lambda }) {
                int c = m.compartmentAt(x);
                double expected = CableTheory.semiInfiniteStepResponse(m.position(c), t, current, d, membrane);
                double simulated = trace.potential(c)[j] - membrane.eL();
                // 0.5 % of the final input depolarisation: O(dx^2) and O(dt^2) errors and the injection into
                // a compartment of width dx rather than at a point
                assertEquals(expected, simulated, 5e-3 * vInf, "t = " + t + " ms, x = " + m.position(c) + " um");
            }
        }
        assertEquals(vInf * erf(1), CableTheory.semiInfiniteStepResponse(0, 10, current, d, membrane), 1e-12 * vInf);
    }

    @Test
    void erfcMatchesTabulatedValues() {
        // scipy.special.erfc (the series loses about 1e-13 relative near x = 2 by cancellation)
        assertEquals(1.0, Erf.erfc(0), 1e-15);
        assertEquals(0.4795001221869535, Erf.erfc(0.5), 1e-15);
        assertEquals(0.15729920705028513, Erf.erfc(1), 1e-15);
        assertEquals(0.004677734981047266, Erf.erfc(2), 1e-15);
        assertEquals(4.069520174449590e-4, Erf.erfc(2.5), 1e-17);
        assertEquals(2.209049699858544e-5, Erf.erfc(3), 1e-18);
        assertEquals(1.9999779095030015, Erf.erfc(-3), 1e-15);
    }

    private static double erf(double x) {
        return 1 - Erf.erfc(x);
    }
}
