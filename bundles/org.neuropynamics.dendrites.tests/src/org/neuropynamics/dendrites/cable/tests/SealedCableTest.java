package org.neuropynamics.dendrites.cable.tests;

import org.neuropynamics.dendrites.cable.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Steady state of a passive sealed-end cable against cable theory: V(x) / V(0) = cosh((L - x)/lambda) /
 * cosh(L/lambda) with lambda = sqrt(d Rm / (4 Ra)), and the input resistance r_a lambda coth(L / lambda).
 * The compartmental error is second order in the compartment length, so it must shrink about fourfold each
 * time N doubles.
 */
class SealedCableTest {

    private static final Membrane MEMBRANE = Membrane.DEFAULT; // Rm 10000 Ohm cm^2, Ra 100 Ohm cm
    private static final double DIAMETER = 2; // um
    private static final double LENGTH = 1000; // um

    @Test
    void lengthConstantIsTheClosedForm() {
        // sqrt(2e-4 cm * 1e4 Ohm cm^2 / (4 * 100 Ohm cm)) = sqrt(5e-3) cm = 707.107 um
        assertEquals(707.1068, CableTheory.lengthConstant(DIAMETER, MEMBRANE), 1e-4);
        assertEquals(10, MEMBRANE.timeConstant(), 1e-12);
    }

    @Test
    void attenuationMatchesCoshAndConvergesAtSecondOrder() {
        double lambda = CableTheory.lengthConstant(DIAMETER, MEMBRANE);
        double previous = Double.NaN;
        for (int n : new int[] { 10, 20, 40, 80, 160 }) {
            double error = attenuationError(n, lambda);
            if (n == 160) {
                assertTrue(error < 2e-5, "N = 160: max error of V(x)/V(0) " + error);
            }
            if (!Double.isNaN(previous)) {
                double ratio = previous / error;
                assertEquals(4, ratio, 0.3, "error ratio N/2 -> N = " + n + " (second order)");
            }
            previous = error;
        }
    }

    /** Largest |V(x)/V(0) - theory| over the compartment centres, V(0) extrapolated from the first two. */
    private static double attenuationError(int n, double lambda) {
        Morphology m = Morphology.somaAndDendrite(0, 0, LENGTH, DIAMETER, n, MEMBRANE.ra());
        CompartmentalNeuron neuron = new CompartmentalNeuron(m, MEMBRANE, HhChannels.NONE);
        double[] v = neuron.steadyState(List.of(CurrentClamp.constant(0, 0.1)));
        double el = MEMBRANE.eL();
        // the theory is relative to the injection point x = 0; compare ratios to the first centre instead,
        // which is exact for the continuous solution: V(x_i)/V(x_0) = cosh((L-x_i)/l) / cosh((L-x_0)/l)
        double x0 = m.position(0);
        double max = 0;
        for (int i = 0; i < n; i++) {
            double expected = CableTheory.sealedEndAttenuation(m.position(i), LENGTH, lambda)
                    / CableTheory.sealedEndAttenuation(x0, LENGTH, lambda);
            max = Math.max(max, Math.abs((v[i] - el) / (v[0] - el) - expected));
        }
        return max;
    }

    @Test
    void inputResistanceAndLengthConstantEmergeFromTheCompartments() {
        int n = 400;
        double lambda = CableTheory.lengthConstant(DIAMETER, MEMBRANE);
        // a long cable (L = 8 lambda) decays as exp(-x / lambda): recover lambda from two centres
        double length = 8 * lambda;
        Morphology m = Morphology.somaAndDendrite(0, 0, length, DIAMETER, n, MEMBRANE.ra());
        double[] v = new CompartmentalNeuron(m, MEMBRANE, HhChannels.NONE)
                .steadyState(List.of(CurrentClamp.constant(0, 0.05)));
        int a = m.compartmentAt(lambda);
        int b = m.compartmentAt(2 * lambda);
        double el = MEMBRANE.eL();
        // on [lambda, 2 lambda] cosh((L-x)/l) = exp((L-x)/l)(1 + exp(-2(L-x)/l))/2, within 1e-5 of the exponential
        double fitted = (m.position(b) - m.position(a)) / Math.log((v[a] - el) / (v[b] - el));
        assertEquals(lambda, fitted, 1e-3 * lambda, "length constant from the decay");
        // input resistance of a sealed cable of length L = 1000 um: r_a lambda coth(L / lambda)
        Morphology shortCable = Morphology.somaAndDendrite(0, 0, LENGTH, DIAMETER, n, MEMBRANE.ra());
        double[] w = new CompartmentalNeuron(shortCable, MEMBRANE, HhChannels.NONE)
                .steadyState(List.of(CurrentClamp.constant(0, 0.05)));
        // V at the first centre x0 = L / (2n) relative to theory at x0
        double x0 = shortCable.position(0);
        double expected = 0.05 * CableTheory.sealedEndInputResistance(DIAMETER, LENGTH, MEMBRANE)
                * CableTheory.sealedEndAttenuation(x0, LENGTH, lambda);
        assertEquals(expected, w[0] - el, 1e-3 * expected, "V(x0) = I R_in cosh((L-x0)/l)/cosh(L/l)");
    }

    @Test
    void implicitStepsRelaxToTheSteadyState() {
        Morphology m = Morphology.somaAndDendrite(20, 20, LENGTH, DIAMETER, 50, MEMBRANE.ra());
        CompartmentalNeuron neuron = new CompartmentalNeuron(m, MEMBRANE, HhChannels.NONE);
        List<CurrentClamp> clamp = List.of(CurrentClamp.constant(0, 0.2));
        double[] steady = neuron.steadyState(clamp);
        for (double theta : new double[] { CompartmentalNeuron.BACKWARD_EULER, CompartmentalNeuron.CRANK_NICOLSON }) {
            CableTrace trace = neuron.simulate(List.of(), clamp, 200, 0.1, theta, 10,
                    org.neuropynamics.core.integrate.RunMonitor.NONE);
            int last = trace.times().length - 1;
            for (int i = 0; i < m.size(); i += 7) {
                // 200 ms = 20 tau: exp(-20) of the initial 20 mV offset remains
                assertEquals(steady[i], trace.potential(i)[last], 1e-6, "compartment " + i + ", theta " + theta);
            }
        }
    }
}
