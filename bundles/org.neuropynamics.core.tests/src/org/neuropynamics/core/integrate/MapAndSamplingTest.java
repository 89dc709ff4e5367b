package org.neuropynamics.core.integrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.SquidAxonModel;
import org.neuropynamics.core.model.Model;

/** Maps, trace layout and sampling, request validation, and exponential Euler on Hodgkin-Huxley. */
class MapAndSamplingTest {

    private static Model logistic() {
        return Model.builder("logistic").kind(Model.Kind.MAP).currentParameter(null).variable("x", "", "")
                .parameter("r", "", 3.5, 0, 4, 0.01, "").field((t, y, p, d) -> d[0] = p[0] * y[0] * (1 - y[0]))
                .initialState(0.2).build();
    }

    @Test
    void logisticMapSettlesOnItsCycles() {
        // r = 2.5: fixed point 1 - 1/r = 0.6; r = 3.5: the 4-cycle (reference README: period doublings at 3, 3.449..)
        Trace fixed = Simulation.run(SimulationRequest.builder(logistic()).parameter("r", 2.5).tEnd(200).build());
        assertEquals(201, fixed.size());
        assertEquals(200, fixed.times()[200]);
        assertEquals(0.6, fixed.finalState()[0], 1e-12);
        Trace cycle = Simulation.run(SimulationRequest.builder(logistic()).tEnd(1000).build());
        double[] x = cycle.values("x");
        assertEquals(x[996], x[1000], 1e-12);
        assertTrue(Math.abs(x[998] - x[1000]) > 0.01, "period 4, not 2");
        // the 4-cycle of r = 3.5 contains 0.8749972636...
        double best = 1;
        for (int k = 997; k <= 1000; k++) {
            best = Math.min(best, Math.abs(x[k] - 0.8749972636));
        }
        assertEquals(0, best, 1e-9);
    }

    @Test
    void traceLayoutAndSampling() {
        Trace tr = Simulation.run(SimulationRequest.builder(ReferenceModels.izhikevich()).tEnd(100).dt(0.01)
                .sampleInterval(0.5).record("u").build());
        assertEquals(201, tr.size());
        assertEquals(List.of("u"), tr.variableNames());
        assertArrayEquals(new int[] {1}, tr.variableIndices());
        assertEquals(50.0, tr.times()[100], 1e-12);
        assertEquals(100.0, tr.finalTime());
        assertEquals(2, tr.finalState().length);
        assertEquals(tr.finalState()[1], tr.values("u")[200]);
        assertEquals(10000, tr.steps());
        assertThrows(IllegalArgumentException.class, () -> tr.values("v"));
        // a run whose end is not on the grid ends with a shorter step, exactly at tEnd
        Trace odd = Simulation.run(SimulationRequest.builder(ReferenceModels.lif(25)).tEnd(1.005).dt(0.01).build());
        assertEquals(1.005, odd.times()[odd.size() - 1]);
        assertEquals(102, odd.size());
    }

    @Test
    void requestValidation() {
        Model m = ReferenceModels.izhikevich();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulationRequest.builder(m).method("rk45").build());
        assertTrue(e.getMessage().contains("unknown integration method 'rk45'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimulationRequest.builder(m).dt(0).build());
        assertThrows(IllegalArgumentException.class, () -> SimulationRequest.builder(m).tEnd(-1).build());
        assertThrows(IllegalArgumentException.class, () -> SimulationRequest.builder(m).parameter("zz", 1));
        Model noCurrent = ReferenceModels.system("free", (t, y, p, d) -> d[0] = -y[0], 1.0);
        assertThrows(IllegalArgumentException.class,
                () -> SimulationRequest.builder(noCurrent).protocol(CurrentProtocol.constant(1)).build());
        assertEquals(List.of("euler", "exp-euler", "midpoint", "heun", "rk4", "dopri5", "rodas", "gear", "qualrk"),
                IntegrationMethods.names());
    }

    @Test
    void exponentialEulerAgreesWithRk4OnHodgkinHuxley() {
        // exp-euler is the course's HH method (first order): at dt 0.01 ms its first spike lies within 0.05 ms
        // of RK4 at dt 0.001 ms, and its mean interspike interval within 1 %
        Model hh = SquidAxonModel.create();
        Trace exp = Simulation.run(SimulationRequest.builder(hh).parameter("I", 10).tEnd(200).dt(0.01)
                .method("exp-euler").sampleInterval(1).build());
        Trace ref = Simulation.run(SimulationRequest.builder(hh).parameter("I", 10).tEnd(200).dt(0.001)
                .method("rk4").sampleInterval(1).build());
        assertTrue(ref.spikeCount() >= 10, ref.spikeCount() + " spikes");
        assertEquals(ref.spikeCount(), exp.spikeCount(), 1);
        assertEquals(ref.spikeTimes()[0], exp.spikeTimes()[0], 0.05);
        int n = Math.min(ref.spikeCount(), exp.spikeCount()) - 1;
        double isiRef = (ref.spikeTimes()[n] - ref.spikeTimes()[0]) / n;
        double isiExp = (exp.spikeTimes()[n] - exp.spikeTimes()[0]) / n;
        assertEquals(isiRef, isiExp, 0.01 * isiRef);
    }
}
