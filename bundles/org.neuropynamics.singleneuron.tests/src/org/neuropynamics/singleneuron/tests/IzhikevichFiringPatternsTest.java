package org.neuropynamics.singleneuron.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Preset;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.singleneuron.FiCurve;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.SpikeTrain;

/**
 * The six Izhikevich presets reproduce the published firing classes (Izhikevich 2003, IEEE Trans. Neural Netw.
 * 14:1569, Fig. 2; Izhikevich 2004, IEEE Trans. Neural Netw. 15:1063, Fig. 1) under the course's protocol
 * (I = 10 from 100 to 600 ms of 700 ms, RK4, dt 0.01 ms):
 * regular spiking (RS) fires tonically and adapts, fast spiking (FS) fires at a high rate practically without
 * adaptation, intrinsically bursting (IB) starts with a burst and continues with single spikes, chattering (CH)
 * fires repetitive bursts of closely spaced spikes, low-threshold spiking (LTS) fires at a high rate with strong
 * adaptation, and the resonator (RZ) has a focus at rest, so it rings (damped oscillation) after the input ends.
 * Thresholds are set with a margin around the values this model gives, and between the classes.
 */
class IzhikevichFiringPatternsTest {

    private static final Model MODEL = ModelRegistry.getDefault().get("izhikevich");

    private static Trace run(String presetName) {
        Preset preset = MODEL.presets().stream().filter(p -> p.name().equals(presetName)).findFirst().orElseThrow();
        NeuronExperiment e = NeuronExperiment.courseDefaults(MODEL, "rk4", 0.01);
        for (Map.Entry<String, Double> v : preset.values().entrySet()) {
            e = e.with(v.getKey(), v.getValue());
        }
        assertEquals(10, e.parameter("I"));
        return Simulation.run(e.request());
    }

    private static SpikeTrain duringStep(Trace t) {
        return SpikeTrain.of(t.spikeTimes(), 100, 600);
    }

    @Test
    void regularSpikingAdaptsWithoutBursts() {
        Trace t = run("Regular spiking");
        SpikeTrain s = duringStep(t);
        assertEquals(0, t.spikeTimes()[0] < 100 ? 1 : 0, "no spike before the step (no spurious spike at t = 0)");
        assertTrue(s.count() >= 10 && s.count() <= 14, "RS spike count " + s.count());
        assertTrue(s.adaptationRatio() > 2.2, "RS adapts: last/first ISI " + s.adaptationRatio());
        assertEquals(List.of(s.count()), s.groups(), "RS fires single spikes, no bursts");
        assertTrue(FiCurve.steadyRateHz(t.spikeTimes(), 100, 600) < 30, "RS steady rate below 30 Hz");
    }

    @Test
    void fastSpikingFiresFastWithLittleAdaptation() {
        SpikeTrain fs = duringStep(run("Fast spiking"));
        SpikeTrain rs = duringStep(run("Regular spiking"));
        assertTrue(fs.count() > 3 * rs.count(), "FS " + fs.count() + " spikes vs RS " + rs.count());
        assertTrue(fs.isiCv() < 0.1, "FS regular: ISI CV " + fs.isiCv());
        assertTrue(fs.adaptationRatio() < rs.adaptationRatio() - 0.5,
                "FS adapts less than RS: " + fs.adaptationRatio() + " vs " + rs.adaptationRatio());
        assertEquals(1, fs.groups().size(), "FS does not burst");
    }

    @Test
    void intrinsicallyBurstingStartsWithABurstThenSingleSpikes() {
        SpikeTrain s = duringStep(run("Intrinsically bursting"));
        List<Integer> groups = s.groups();
        assertTrue(groups.get(0) >= 3, "initial burst of >= 3 spikes: " + groups);
        assertTrue(groups.size() >= 10 && groups.subList(1, groups.size()).stream().allMatch(n -> n == 1),
                "then single spikes: " + groups);
        double[] isi = s.intervals();
        assertTrue(isi[0] < 5 && isi[1] < 5, "intra-burst ISIs below 5 ms: " + isi[0] + ", " + isi[1]);
        assertTrue(isi[isi.length - 1] > 25, "tonic ISI above 25 ms: " + isi[isi.length - 1]);
    }

    @Test
    void chatteringFiresRepetitiveBursts() {
        SpikeTrain s = duringStep(run("Chattering"));
        assertTrue(s.burstCount() >= 8, "CH bursts: " + s.groups());
        assertTrue(s.groups().stream().allMatch(n -> n >= 3), "every group is a burst of >= 3 spikes: " + s.groups());
        double shortest = java.util.Arrays.stream(s.intervals()).min().orElseThrow();
        double longest = java.util.Arrays.stream(s.intervals()).max().orElseThrow();
        assertTrue(shortest < 3 && longest > 40, "short ISIs in bursts (" + shortest + " ms), long pauses ("
                + longest + " ms)");
    }

    @Test
    void lowThresholdSpikingFiresFastAndAdaptsStrongly() {
        SpikeTrain lts = duringStep(run("Low-threshold spiking"));
        SpikeTrain rs = duringStep(run("Regular spiking"));
        assertTrue(lts.rateHz() > 60, "LTS rate " + lts.rateHz());
        assertTrue(lts.adaptationRatio() > 3.5, "LTS adaptation " + lts.adaptationRatio());
        assertTrue(lts.adaptationRatio() > rs.adaptationRatio(), "LTS adapts more than RS");
    }

    @Test
    void resonatorRingsAfterTheInputWhileRegularSpikingDoesNot() {
        assertTrue(crossingsAfterInput(run("Resonator")) >= 3, "RZ damped oscillation after the step");
        for (String other : List.of("Regular spiking", "Fast spiking", "Low-threshold spiking", "Chattering")) {
            assertTrue(crossingsAfterInput(run(other)) <= 1, other + " relaxes without ringing");
        }
    }

    /** Sign changes of v - v(700 ms) after the step ended and 5 ms after the last spike. */
    private static int crossingsAfterInput(Trace t) {
        double[] time = t.times();
        double[] v = t.values()[0];
        double rest = v[v.length - 1];
        double lastSpike = t.spikeTimes()[t.spikeCount() - 1];
        int changes = 0;
        double previous = 0;
        for (int k = 0; k < time.length; k++) {
            if (time[k] > Math.max(600, lastSpike + 5)) {
                double d = v[k] - rest;
                if (Math.abs(d) > 0.01) {
                    if (previous != 0 && Math.signum(d) != Math.signum(previous)) {
                        changes++;
                    }
                    previous = d;
                }
            }
        }
        return changes;
    }
}
