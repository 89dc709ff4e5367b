package org.neuropynamics.singleneuron.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.singleneuron.FiCurve;
import org.neuropynamics.singleneuron.FiCurve.Excitability;

/** f-I curves against the LIF closed form and the classes of excitability of HH and Izhikevich. */
class FiCurveTest {

    /** LIF with tau 10, EL = Vreset = -70, Vth = -50, tref 2 (docs/reference-values.md). */
    private static double[] lifReferenceParameters(Model lif) {
        double[] p = lif.defaultParameters();
        p[lif.parameterIndex("tau")] = 10;
        p[lif.parameterIndex("EL")] = -70;
        p[lif.parameterIndex("Vreset")] = -70;
        p[lif.parameterIndex("Vth")] = -50;
        p[lif.parameterIndex("tref")] = 2;
        return p;
    }

    @Test
    void lifRatesMatchTheClosedForm() {
        Model lif = ModelRegistry.getDefault().get("lif");
        FiCurve curve = FiCurve.compute(lif, new FiCurve.Settings(lifReferenceParameters(lif), 25, 40, 4, 1000, 0,
                "rk4", 0.01, 2), RunMonitor.NONE);
        double[] expected = new double[4];
        for (int k = 0; k < 4; k++) {
            double i = curve.currents()[k];
            expected[k] = 1000 / (2 + 10 * Math.log(i / (i - 20)));
        }
        // the reference file's values: 55.2658 Hz at 25 mV, 77.0053 at 30, 111.9636 at 40 (tolerance 0.2 Hz)
        assertEquals(55.2658, expected[0], 1e-4);
        assertEquals(77.0053, expected[1], 1e-4);
        assertEquals(111.9636, expected[3], 1e-4);
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], curve.ratesHz()[k], 0.2, "rate at I = " + curve.currents()[k]);
        }
    }

    @Test
    void lifIsTypeOneWithRheobaseAtThreshold() {
        Model lif = ModelRegistry.getDefault().get("lif");
        FiCurve curve = FiCurve.compute(lif, new FiCurve.Settings(lifReferenceParameters(lif), 0, 40, 41, 1000, 0,
                "rk4", 0.01, 2), RunMonitor.NONE);
        // rheobase Vth - EL = 20 mV; bisection between 20 and 21 to 1/1024
        assertEquals(20, curve.onsetCurrent(), 0.01);
        assertEquals(Excitability.CLASS_I, curve.excitability(), curve.summary());
    }

    @Test
    void hodgkinHuxleyIsTypeTwo() {
        Model hh = ModelRegistry.getDefault().get("hodgkin-huxley");
        FiCurve curve = FiCurve.compute(hh, new FiCurve.Settings(hh.defaultParameters(), 0, 30, 31, 1000, 200,
                "rk4", 0.01, 2), RunMonitor.NONE);
        assertEquals(Excitability.CLASS_II, curve.excitability(), curve.summary());
        // repetitive firing from rest under a current step starts near 6.3 uA/cm^2 at about 50 Hz
        assertEquals(6.3, curve.onsetCurrent(), 0.3);
        assertTrue(curve.onsetRateHz() > 40, curve.summary());
    }

    @Test
    void izhikevichRegularSpikingIsTypeOne() {
        Model izh = ModelRegistry.getDefault().get("izhikevich");
        FiCurve curve = FiCurve.compute(izh, new FiCurve.Settings(izh.defaultParameters(), 0, 40, 41, 1000, 200,
                "rk4", 0.01, 2), RunMonitor.NONE);
        assertEquals(Excitability.CLASS_I, curve.excitability(), curve.summary());
        assertTrue(curve.onsetRateHz() < 10, curve.summary());
        for (int k = 1; k < curve.ratesHz().length; k++) {
            assertTrue(curve.ratesHz()[k] >= curve.ratesHz()[k - 1] - 0.5, "rate grows with the current");
        }
    }

    @Test
    void progressReachesOneAndCancelStops() {
        Model izh = ModelRegistry.getDefault().get("izhikevich");
        double[] last = { 0 };
        FiCurve.compute(izh, new FiCurve.Settings(izh.defaultParameters(), 0, 40, 9, 300, 100, "rk4", 0.01, 2),
                new RunMonitor() {
                    @Override
                    public boolean isCanceled() {
                        return false;
                    }

                    @Override
                    public void worked(double f) {
                        last[0] = Math.max(last[0], f);
                    }
                });
        assertEquals(1.0, last[0], 1e-12);
        AtomicInteger polls = new AtomicInteger();
        assertThrows(RunCanceledException.class, () -> FiCurve.compute(izh, new FiCurve.Settings(
                izh.defaultParameters(), 0, 40, 41, 1000, 200, "rk4", 0.01, 2), new RunMonitor() {
                    @Override
                    public boolean isCanceled() {
                        return polls.incrementAndGet() > 3;
                    }

                    @Override
                    public void worked(double f) {
                        // not needed
                    }
                }));
    }
}
