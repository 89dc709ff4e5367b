package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.bifurcation.continuation.Branch;
import org.neuropynamics.bifurcation.continuation.BranchPoint;
import org.neuropynamics.bifurcation.continuation.CycleContinuation;
import org.neuropynamics.bifurcation.continuation.EquilibriumContinuation;
import org.neuropynamics.bifurcation.continuation.ParameterizedSystem;
import org.neuropynamics.bifurcation.continuation.SpecialPoint;
import org.neuropynamics.bifurcation.continuation.SpecialPointType;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;

/**
 * The catalogue Morris-Lecar model with its default (Hopf, class II) parameters over I in [0, 300] against
 * AUTO-07p (data/auto/README.md, ml-special-points.txt and ml-cycles.txt, runs ml_hopf_eq and ml_hopf_cyc:
 * NTST 200, NCOL 4) and long direct integration: two subcritical Hopf points, and the cycles born at the
 * first one, which grow backwards to a fold, turn into the large stable spikes, fold again beyond the second
 * Hopf point and shrink onto it (Ermentrout and Terman 2010, fig. 3.9).
 */
class MorrisLecarContinuationTest {

    /** AUTO's cycles at the user points (labels 6-8 of s.ml_hopf_cyc): I, T, min V, max V. */
    private static final double[][] AUTO_CYCLES = {
        {100, 85.29064104, -50.33600035, 33.32518797},
        {150, 66.16175273, -42.54403973, 35.25850072},
        {200, 65.61919598, -33.79385979, 34.64518135}};

    private final Model model = MorrisLecarModel.create();

    @Test
    void hopfSetMatchesAuto() {
        double[] p = model.defaultParameters();
        p[model.parameterIndex("I")] = 0;
        ParameterizedSystem system = new ParameterizedSystem(model, p, "I");
        Branch eq = new EquilibriumContinuation(system).run(0, 300, model.initialState(p), RunMonitor.NONE);
        List<SpecialPoint> hopf = eq.specialPoints().stream().filter(s -> s.type() == SpecialPointType.HB).toList();
        assertEquals(2, hopf.size(), () -> "special points " + eq.specialPoints());
        assertTrue(eq.specialPoints().stream().noneMatch(s -> s.type() == SpecialPointType.LP));
        // AUTO locates Hopf points to EPSS 1e-8 relative: its passes differ by 2e-7
        assertEquals(93.857618285, hopf.get(0).parameter(), 1e-6);
        assertEquals(212.01881620, hopf.get(1).parameter(), 1e-6);
        assertEquals("subcritical", hopf.get(0).criticality());
        assertEquals("subcritical", hopf.get(1).criticality());

        Branch cycles = new CycleContinuation(system).pointsAt(100, 150, 200).fromHopf(hopf.get(0), 0, 300,
                RunMonitor.NONE);
        assertTrue(cycles.stopReason().contains("Hopf"), cycles.stopReason());
        // located only to about 1e-3 of the amplitude: the shooting Jacobian is singular at zero amplitude
        assertEquals(hopf.get(1).parameter(), cycles.points().get(cycles.points().size() - 1).parameter(), 1e-3);
        List<SpecialPoint> folds = cycles.specialPoints().stream().filter(s -> s.type() == SpecialPointType.LPC)
                .toList();
        assertEquals(2, folds.size(), () -> "special points " + cycles.specialPoints());
        // LP labels 5 and 9 (AUTO's two passes over each fold agree to 1e-9 in I and 4e-6 in T)
        assertEquals(88.293250543, folds.get(0).parameter(), 1e-7);
        assertEquals(135.38614445, folds.get(0).period(), 1e-5);
        assertEquals(216.89980139, folds.get(1).parameter(), 1e-7);
        assertEquals(77.92905158, folds.get(1).period(), 1e-5);
        // subcritical: the first cycles exist below the Hopf point and are unstable
        assertTrue(cycles.points().get(1).parameter() < hopf.get(0).parameter());
        assertFalse(cycles.points().get(1).stable());

        for (double[] ref : AUTO_CYCLES) {
            BranchPoint b = cycles.points().stream().filter(x -> Math.abs(x.parameter() - ref[0]) < 1e-9)
                    .findFirst().orElseThrow();
            assertTrue(b.stable());
            double[] q = p.clone();
            q[model.parameterIndex("I")] = ref[0];
            SimulatedCycle sim = SimulatedCycle.of(model, q, model.initialState(p), "V", 0, 3000, 5 * ref[1], 0.01);
            assertEquals(ref[1], b.period(), 1e-6);
            // AUTO's mesh misses the top of the spike by up to 8e-4 mV (its passes differ by 5e-4)
            assertEquals(ref[2], b.min()[0], 1e-3);
            assertEquals(ref[3], b.max()[0], 1e-3);
            // extremes refined by parabolas through the samples (ours: the 1500 Runge-Kutta steps; the
            // simulation's: every 0.01 ms); the period from interpolated crossings of 0 mV
            assertEquals(sim.period(), b.period(), 1e-5);
            assertEquals(sim.min(), b.min()[0], 1e-5);
            assertEquals(sim.max(), b.max()[0], 1e-5);
        }
    }
}
