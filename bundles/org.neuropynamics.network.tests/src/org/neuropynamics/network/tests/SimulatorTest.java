package org.neuropynamics.network.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.model.build.Networks.constant;
import static org.neuropynamics.network.model.build.Networks.generator;
import static org.neuropynamics.network.model.build.Networks.network;
import static org.neuropynamics.network.model.build.Networks.oneToOne;
import static org.neuropynamics.network.model.build.Networks.poisson;
import static org.neuropynamics.network.model.build.Networks.population;
import static org.neuropynamics.network.model.build.Networks.project;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.network.sim.StateRecording;

/** Delays, analytic spike times of small networks, Poisson statistics, reproducibility. */
class SimulatorTest {

    private final NetworkSimulator simulator = new NetworkSimulator();

    /**
     * A generator spike at 5.0 ms (step 50) through a voltage jump of 2 mV with delay d arrives at the end of
     * step 50 + d/dt, so the target's v (sampled at the start of each step) first shows it at step 51 + d/dt.
     */
    @ParameterizedTest
    @CsvSource({"0, 0", "1, 10", "2.5, 25", "0.04, 0", "0.26, 3"})
    void delayDeliversAtTheExactStep(double delayMs, int delaySteps) {
        Network n = network("delay", 20, 0.1, "euler", 1);
        var gen = generator(n, "G", new double[] {5.0});
        Population target = population(n, "T", 1, "perfect-integrator", "I", 0.0);
        project(n, gen, target, oneToOne(), constant(2), constant(delayMs), SynapseKind.VOLTAGE_JUMP);
        monitorV(n, target);
        StateRecording v = simulator.run(n).state("T", "v");
        int first = 51 + delaySteps;
        for (int k = 0; k < v.times().length; k++) {
            double expected = k < first ? -70 : -68;
            assertEquals(expected, v.values()[0][k], 1e-12, "v at step " + k);
        }
    }

    /**
     * Two perfect integrators (dv/dt = I/tau, threshold -50, reset -70 mV). A (I 8.1 mV, tau 10 ms) needs
     * m = ceil(((Vth - Vr) tau / I) / dt) = ceil(246.9) = 247 steps per spike from reset, so it fires in
     * steps k m - 1 (stamped (k m - 1) dt). B (I 0) gets +7 mV from each A spike 3 ms (30 steps) later and
     * fires on every third: the jump lands at the end of step 3 k m - 1 + 30, the threshold sees it one step
     * later.
     */
    @Test
    void twoNeuronsGiveTheAnalyticSpikeTimes() {
        Network n = network("pair", 400, 0.1, "euler", 1);
        Population a = population(n, "A", 1, "perfect-integrator", "I", 8.1, "tau", 10.0);
        Population b = population(n, "B", 1, "perfect-integrator", "I", 0.0, "tau", 10.0);
        project(n, a, b, oneToOne(), constant(7), constant(3), SynapseKind.VOLTAGE_JUMP);
        NetworkResult r = simulator.run(n);
        int m = (int) Math.ceil(20 * 10 / 8.1 / 0.1);
        assertEquals(247, m);
        double[] aTimes = r.spikesOf("A").times();
        assertEquals(400 / (m * 0.1), aTimes.length, 1);
        for (int k = 0; k < aTimes.length; k++) {
            assertEquals(((k + 1) * m - 1) * 0.1, aTimes[k], 1e-9, "A spike " + k);
        }
        double[] bTimes = r.spikesOf("B").times();
        assertEquals(aTimes.length / 3, bTimes.length);
        for (int k = 0; k < bTimes.length; k++) {
            assertEquals((3 * (k + 1) * m - 1 + 30 + 1) * 0.1, bTimes[k], 1e-9, "B spike " + k);
        }
    }

    /**
     * LIF with the exact update (tau 10 ms, EL = Vreset = -70, Vth -50 mV, tref 2 ms, I 25 mV): from reset
     * the threshold is reached after tau ln(I / (I - 20)) = 16.094 ms, so in the m = ceil(16.094 / dt)-th step;
     * refractoriness holds v for tref. Spike k (from 0) is stamped at step m - 1 + k (m + tref/dt - 1): v is held from the reset (end of the spike step) until tref after the spike stamp. At dt
     * 0.01 ms the rate is within 0.2 Hz of the closed form 55.2658 Hz (docs/reference-values.md).
     */
    @ParameterizedTest
    @CsvSource({"0.1", "0.01"})
    void exactLifMatchesTheClosedForm(double dt) {
        Network n = network("lif", 1000, dt, "exact", 1);
        population(n, "L", 1, "lif", "I", 25.0, "tau", 10.0, "EL", -70.0, "Vth", -50.0, "Vreset", -70.0,
                "tref", 2.0);
        double[] times = simulator.run(n).spikesOf("L").times();
        int m = (int) Math.ceil(10 * Math.log(25.0 / 5.0) / dt - 1e-9);
        int r = (int) Math.round(2 / dt);
        for (int k = 0; k < times.length; k++) {
            assertEquals((m - 1 + (long) k * (m + r - 1)) * dt, times[k], 1e-9, "spike " + k);
        }
        if (dt == 0.01) {
            double rate = (times.length - 1) / ((times[times.length - 1] - times[0]) / 1000);
            assertEquals(55.2658, rate, 0.2);
        }
    }

    /**
     * 1000 Poisson neurons at 20 Hz for 1 s, dt 0.1 ms: the spike count is Binomial(10^7, 0.002), mean 20000,
     * sd 141.3; the test accepts 3 sd (rate 20 +- 0.42 Hz). Same seed, same spikes; another seed, other spikes.
     */
    @Test
    void poissonRateWithinThreeSigmaAndReproducible() {
        Network n = network("poisson", 1000, 0.1, "euler", 42);
        poisson(n, "P", 1000, 20);
        GroupSpikes s = simulator.run(n).spikesOf("P");
        double p = 20 * 0.1 / 1000;
        double trials = 1000 * 10000.0;
        double sd = Math.sqrt(trials * p * (1 - p));
        assertEquals(trials * p, s.count(), 3 * sd);
        assertEquals(20, s.rateHz(), 3 * sd / 1000);
        GroupSpikes again = simulator.run(n).spikesOf("P");
        assertArrayEquals(s.neurons(), again.neurons());
        assertArrayEquals(s.times(), again.times());
        GroupSpikes other = simulator.run(n, RunOptions.DEFAULT.withSeed(43), RunMonitor.NONE).spikesOf("P");
        assertFalse(java.util.Arrays.equals(s.neurons(), other.neurons()));
    }

    /** Splitting a large population across threads changes nothing. */
    @Test
    void threadsDoNotChangeTheResult() {
        Network n = network("big", 20, 0.1, "rk4", 7);
        Population p = population(n, "Big", 30_000, "izhikevich", "I", 0.0);
        var in = poisson(n, "In", 30_000, 200);
        project(n, in, p, oneToOne(), constant(20), constant(0.5), SynapseKind.VOLTAGE_JUMP);
        NetworkResult one = simulator.run(n);
        NetworkResult two = simulator.run(n, RunOptions.DEFAULT.withThreads(2), RunMonitor.NONE);
        assertTrue(one.spikesOf("Big").count() > 100);
        assertArrayEquals(one.spikesOf("Big").neurons(), two.spikesOf("Big").neurons());
        assertArrayEquals(one.spikesOf("Big").times(), two.spikesOf("Big").times());
    }

    static void monitorV(Network n, Population p) {
        StateMonitor m = NetworkFactory.eINSTANCE.createStateMonitor();
        m.setName(p.getName() + " v");
        m.setTarget(p);
        m.getVariables().add("v");
        n.getMonitors().add(m);
    }
}
