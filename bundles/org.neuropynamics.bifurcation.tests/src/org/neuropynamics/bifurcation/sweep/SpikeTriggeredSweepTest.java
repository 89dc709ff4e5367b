package org.neuropynamics.bifurcation.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;

/**
 * Spike-triggered sweeps of the LIF neuron, whose spikes are known in closed form (reference README): the
 * membrane potential at each spike is the threshold, and the number of spikes in the recorded second is the
 * closed-form rate.
 */
class SpikeTriggeredSweepTest {

    @Test
    void lifSpikesAreAtThresholdWithTheClosedFormRate() {
        Model lif = ReferenceModels.lif(25);
        SweepRequest r = SweepRequest.of(lif, "I", 25, 40, 4, "v").withTimes(200, 1000).withThreads(2);
        SweepResult result = SpikeTriggeredSweep.run(r, RunMonitor.NONE);
        assertEquals(4, result.parameter().length);
        for (int i = 0; i < 4; i++) {
            double current = result.parameter()[i];
            assertEquals(25 + 5 * i, current, 1e-12);
            double rate = ReferenceModels.lifRate(current);
            assertEquals(rate, result.spikeValues()[i].length, 1.01);
            for (double v : result.spikeValues()[i]) {
                assertEquals(-50, v, 1e-5);
            }
        }
        assertEquals(result.points().length, result.spikeValues()[0].length + result.spikeValues()[1].length
                + result.spikeValues()[2].length + result.spikeValues()[3].length);
    }

    @Test
    void cancelStopsTheSweep() {
        Model lif = ReferenceModels.lif(30);
        SweepRequest r = SweepRequest.of(lif, "I", 25, 40, 50, "v").withTimes(1000, 10000);
        RunMonitor cancelled = new RunMonitor() {
            @Override
            public boolean isCanceled() {
                return true;
            }

            @Override
            public void worked(double fractionDone) {
            }
        };
        assertThrows(RunCanceledException.class, () -> SpikeTriggeredSweep.run(r, cancelled));
    }
}
