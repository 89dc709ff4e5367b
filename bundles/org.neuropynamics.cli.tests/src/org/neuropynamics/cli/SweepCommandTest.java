package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@code sweep} on the LIF neuron, whose interspike interval has a closed form:
 * {@code T = tau ln((EL + I - Vreset) / (EL + I - Vth))} above the rheobase I = Vth - EL = 9 mV, no spike below.
 */
class SweepCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void lifSpikeCountsFollowTheClosedFormInterval() {
        double recorded = 1000;
        CliRun run = CliRun.of("sweep", "lif", "--param", "I", "--from", "5", "--to", "25", "--n", "5", "--observe",
                "v", "--transient", "100", "--t", String.valueOf(recorded), "--json");
        assertEquals(0, run.status(), run.err());
        List<List<Double>> points = (List<List<Double>>) ((Map<String, Object>) run.json()).get("points");
        double tau = 20;
        double el = -59;
        double vth = -50;
        double vreset = -70;
        for (double current : new double[] {5, 10, 15, 20, 25}) {
            long count = points.stream().filter(p -> Math.abs(p.get(0) - current) < 1e-9).count();
            if (current < vth - el) {
                assertEquals(0, count, "below the rheobase the LIF neuron is silent");
                continue;
            }
            double period = tau * Math.log((el + current - vreset) / (el + current - vth));
            assertEquals(recorded / period, count, 1.0, "spikes at I = " + current + " (T = " + period + " ms)");
        }
        for (List<Double> p : points) {
            // v is taken at the threshold crossing, before the reset
            assertEquals(vth, p.get(1), 1e-3, "v at a spike");
        }
        assertTrue(points.size() > 50);
    }

    @Test
    void unknownObservedVariableIsOneLine() {
        CliRun run = CliRun.of("sweep", "lif", "--param", "I", "--from", "5", "--to", "25", "--n", "3", "--observe",
                "w");
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("'w'"), run.err());
    }
}
