package org.neuropynamics.core.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuropynamics.core.model.SquidAxonModel;

/** A run stops promptly when its monitor cancels, and reports monotone progress until then. */
class CancellationTest {

    @ParameterizedTest
    @ValueSource(strings = {"rk4", "dopri5"})
    void cancelStopsTheRunPromptly(String method) {
        AtomicBoolean cancel = new AtomicBoolean();
        double[] last = {0};
        boolean[] monotone = {true};
        RunMonitor monitor = new RunMonitor() {
            @Override
            public boolean isCanceled() {
                return cancel.get();
            }

            @Override
            public void worked(double fraction) {
                monotone[0] &= fraction >= last[0];
                last[0] = fraction;
                if (fraction >= 0.01) {
                    cancel.set(true);
                }
            }
        };
        // 10^6 ms of HH would take about 15 s at rk4 dt 0.01 ms; cancel after 1 % of it
        SimulationRequest request = SimulationRequest.builder(SquidAxonModel.create()).parameter("I", 10)
                .tEnd(1e6).dt(0.01).method(method).sampleInterval(100).build();
        RunCanceledException e = assertThrows(RunCanceledException.class, () -> Simulation.run(request, monitor));
        assertTrue(monotone[0]);
        // stopped at the first poll after 1 % (a poll every 2048 steps = 20 ms of model time for rk4): promptness
        // is measured in model time, not wall-clock time, which depends on the machine's load
        assertEquals(0.01, e.time() / 1e6, 0.005);
    }
}
