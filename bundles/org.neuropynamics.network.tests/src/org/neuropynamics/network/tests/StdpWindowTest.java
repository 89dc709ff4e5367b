package org.neuropynamics.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.model.build.Networks.allToAll;
import static org.neuropynamics.network.model.build.Networks.constant;
import static org.neuropynamics.network.model.build.Networks.generator;
import static org.neuropynamics.network.model.build.Networks.network;
import static org.neuropynamics.network.model.build.Networks.population;
import static org.neuropynamics.network.model.build.Networks.project;
import static org.neuropynamics.network.model.build.Networks.stdp;
import static org.neuropynamics.network.model.build.Networks.uniform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.StdpRule;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.sim.NetworkBuildException;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.WeightRecording;

/**
 * The STDP window of the simulator against the analytic pair rule: one presynaptic spike and one postsynaptic
 * spike lag ms later change the weight by {@code A+ exp(-lag/tau+)} (lag &gt; 0) or {@code -A- exp(lag/tau-)}
 * (lag &lt; 0), scaled by {@code 1 - w/wMax} and {@code w/wMax} for the multiplicative rule (Song, Miller &amp;
 * Abbott 2000; Bi &amp; Poo 1998 fitted tau+ = 16.8 ms, tau- = 33.7 ms, used here so the two sides differ).
 * The lag is measured from the spike times the run reports, not assumed. Tolerance 1 % of the expected change.
 */
class StdpWindowTest {

    private static final double TAU_PLUS = 16.8;
    private static final double TAU_MINUS = 33.7;
    private static final double A_PLUS = 0.01;
    private static final double A_MINUS = 0.0105;
    private static final double W_MAX = 1;
    private static final double W0 = 0.3;

    /** Runs one pre/post pairing; returns {lag (ms, post - pre arrival), weight change}. */
    private static double[] pairing(double preMs, double driveMs, double delayMs, StdpRule rule) {
        Network n = network("window", 200, 0.1, "euler", 1);
        var pre = generator(n, "Pre", new double[] {preMs});
        var drive = generator(n, "Drive", new double[] {driveMs});
        // a perfect integrator with no input: only the drive's 30 mV jump makes it fire, once
        Population post = population(n, "Post", 1, "perfect-integrator", "I", 0.0);
        project(n, drive, post, allToAll(), constant(30), constant(0), SynapseKind.VOLTAGE_JUMP);
        Projection plastic = project(n, pre, post, allToAll(), constant(W0), constant(delayMs),
                SynapseKind.VOLTAGE_JUMP);
        stdp(plastic, rule, TAU_PLUS, TAU_MINUS, A_PLUS, A_MINUS, W_MAX);
        NetworkResult r = new NetworkSimulator().run(n);
        double[] postTimes = r.spikesOf("Post").times();
        assertEquals(1, postTimes.length, "the post neuron fires once");
        WeightRecording w = r.weights().get(0);
        assertEquals(W0, w.initial()[0], 0);
        return new double[] {postTimes[0] - (r.spikesOf("Pre").times()[0] + delayMs), w.finalWeights()[0] - W0};
    }

    private static double expected(double lag, StdpRule rule) {
        boolean mult = rule == StdpRule.MULTIPLICATIVE;
        return lag >= 0 ? A_PLUS * Math.exp(-lag / TAU_PLUS) * (mult ? 1 - W0 / W_MAX : 1)
                : -A_MINUS * Math.exp(lag / TAU_MINUS) * (mult ? W0 / W_MAX : 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADDITIVE", "MULTIPLICATIVE"})
    void weightChangeFollowsTheAnalyticWindow(String ruleName) {
        StdpRule rule = StdpRule.valueOf(ruleName);
        int checked = 0;
        for (double offset = -80; offset <= 80; offset += 4.3) {
            double[] r = pairing(100, 100 + offset, 0, rule);
            double lag = r[0];
            double want = expected(lag, rule);
            assertEquals(want, r[1], 0.01 * Math.abs(want), rule + " lag " + lag + " ms");
            checked++;
        }
        assertEquals(38, checked);
    }

    /** The window is measured from the arrival of the presynaptic spike, after the synapse's delay. */
    @Test
    void delayShiftsTheWindow() {
        double[] r = pairing(100, 110, 4, StdpRule.ADDITIVE);
        // drive at 110 ms -> post spike at 110.1 ms; pre arrives at 104 ms: lag 6.1 ms
        assertEquals(6.1, r[0], 1e-9);
        assertEquals(A_PLUS * Math.exp(-6.1 / TAU_PLUS), r[1], 0.01 * A_PLUS * Math.exp(-6.1 / TAU_PLUS));
    }

    /** Weights stay in [0, wMax]: strong potentiation from many pairings clips at wMax. */
    @Test
    void weightsAreClippedToWMax() {
        Network n = network("clip", 500, 0.1, "euler", 1);
        double[] preTimes = new double[40];
        double[] driveTimes = new double[40];
        for (int k = 0; k < 40; k++) {
            preTimes[k] = 10 + 12 * k;
            driveTimes[k] = 12 + 12 * k;
        }
        var pre = generator(n, "Pre", preTimes);
        var drive = generator(n, "Drive", driveTimes);
        Population post = population(n, "Post", 1, "perfect-integrator", "I", 0.0);
        project(n, drive, post, allToAll(), constant(30), constant(0), SynapseKind.VOLTAGE_JUMP);
        Projection plastic = project(n, pre, post, allToAll(), constant(0.9), constant(0), SynapseKind.VOLTAGE_JUMP);
        stdp(plastic, StdpRule.ADDITIVE, 20, 20, 0.05, 0.0, 1.0).setRecordInterval(1);
        WeightRecording w = new NetworkSimulator().run(n).weights().get(0);
        assertEquals(1.0, w.finalWeights()[0], 0);
        double max = 0;
        for (double[] s : w.samples()) {
            max = Math.max(max, s[0]);
        }
        assertEquals(1.0, max, 0, "never above wMax");
        // 500 ms sampled every 1 ms: 501 samples (start of each step, and after the last)
        assertEquals(501, w.times().length);
        assertEquals(0.9, w.samples()[0][0], 0);
    }

    @Test
    void initialWeightsOutsideTheBoundsAreRefused() {
        Network n = network("bad", 10, 0.1, "euler", 1);
        var pre = generator(n, "Pre", new double[] {1});
        Population post = population(n, "Post", 1, "perfect-integrator", "I", 0.0);
        Projection p = project(n, pre, post, allToAll(), uniform(0, 2), constant(0), SynapseKind.VOLTAGE_JUMP);
        stdp(p, StdpRule.ADDITIVE, 20, 20, 0.01, 0.01, 1);
        NetworkBuildException e = assertThrows(NetworkBuildException.class, () -> new NetworkSimulator().run(n));
        assertTrue(e.getMessage().contains("Projection Pre -> Post: STDP keeps weights in [0, w_max = 1.0]"),
                e.getMessage());
        p.getPlasticity().setTauPlus(0);
        p.setWeight(constant(0.5));
        e = assertThrows(NetworkBuildException.class, () -> new NetworkSimulator().run(n));
        assertTrue(e.getMessage().contains("STDP tau+ must be positive, got 0.0 ms"), e.getMessage());
    }
}
