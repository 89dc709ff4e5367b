package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The cycles of the catalogue FHN model (a 0.7, b 0.8, tau 12.5) over I in [0, 2]: born in the subcritical
 * Hopf point at I = 0.3313, they grow backwards to a fold, explode through the canard at I = 0.32418 (the
 * amplitude jumps from small cycles to relaxation oscillations while I stays constant to 1e-10), continue as
 * relaxation oscillations to a second fold at I = 1.42582 and shrink onto the second Hopf point. References:
 * AUTO-07p (data/auto/README.md, fhn-special-points.txt, fhn-cycles.txt: NTST 200, NCOL 4) and long direct
 * integration with Dormand-Prince at tolerance 1e-11.
 */
class FitzHughNagumoContinuationTest {

    private static final double[] USER_POINTS = {0.4, 0.8, 1.2, 1.4};
    /** AUTO's cycles at the user points (labels 5-8 of s.fhn_cyc): I, T, min v, max v. */
    private static final double[][] AUTO_CYCLES = {
        {0.4, 42.44341108, -1.98145639, 1.81954502},
        {0.8, 36.51803247, -1.93312078, 1.91108613},
        {1.2, 38.57584317, -1.86436938, 1.96466019},
        {1.4, 45.61050098, -1.79022545, 1.98678133}};

    private final Model model = FitzHughNagumoModel.create();

    @Test
    void cycleBranchJoinsBothHopfPointsThroughTheCanardWithAutosFoldsAndAmplitudes() {
        double[] p = model.defaultParameters();
        p[model.parameterIndex("I")] = 0;
        ParameterizedSystem system = new ParameterizedSystem(model, p, "I");
        Branch eq = new EquilibriumContinuation(system).run(0, 2, model.initialState(p), RunMonitor.NONE);
        List<SpecialPoint> hopf = eq.specialPoints().stream().filter(s -> s.type() == SpecialPointType.HB).toList();
        assertEquals(2, hopf.size());
        Branch cycles = new CycleContinuation(system).pointsAt(USER_POINTS).fromHopf(hopf.get(0), 0, 2,
                RunMonitor.NONE);

        // from one Hopf point to the other
        assertTrue(cycles.stopReason().contains("Hopf"), cycles.stopReason());
        BranchPoint last = cycles.points().get(cycles.points().size() - 1);
        // the end is located to about 1e-3 of the amplitude (the shooting Jacobian is singular at zero amplitude)
        assertEquals(hopf.get(1).parameter(), last.parameter(), 1e-4);
        assertTrue(cycles.points().size() < 300, "points: " + cycles.points().size());

        // AUTO's folds of cycles (LP labels 14 and 21 of b.fhn_cyc); the period at the canard fold is
        // ill-conditioned (I is constant to 1e-10 for T from 49 to 69: AUTO's passes give 68.8-69.1)
        List<SpecialPoint> folds = cycles.specialPoints().stream().filter(s -> s.type() == SpecialPointType.LPC)
                .toList();
        assertEquals(2, folds.size(), () -> "special points " + cycles.specialPoints());
        assertEquals(0.3241785225, folds.get(0).parameter(), 1e-9);
        assertEquals(1.4258214775, folds.get(1).parameter(), 1e-9);
        assertEquals(69, folds.get(0).period(), 1);
        assertEquals(69, folds.get(1).period(), 1);

        // the canard explosion is resolved: within 1e-6 of the fold, the top of the cycle climbs from below
        // the middle branch of the cubic (v < 0) to the relaxation oscillation (v > 1.5) in several steps
        List<BranchPoint> canard = cycles.points().stream()
                .filter(b -> Math.abs(b.parameter() - 0.3241785225) < 1e-6).toList();
        assertTrue(canard.size() >= 8, "points in the canard: " + canard.size());
        assertTrue(canard.stream().anyMatch(b -> b.max()[0] < 0));
        assertTrue(canard.stream().anyMatch(b -> b.max()[0] > 1.5));

        for (double[] ref : AUTO_CYCLES) {
            BranchPoint b = cycles.points().stream().filter(x -> Math.abs(x.parameter() - ref[0]) < 1e-9).findFirst().orElseThrow();
            assertTrue(b.stable());
            // extremes sampled on AUTO's 801 mesh points and on our 1500 Runge-Kutta steps: AUTO's own passes
            // over the same cycle differ by up to 1.7e-5 (fhn-cycles.txt), ours by up to 2e-5 from AUTO
            assertEquals(ref[1], b.period(), 1e-6);
            assertEquals(ref[2], b.min()[0], 5e-5);
            assertEquals(ref[3], b.max()[0], 5e-5);
            // long direct integration from the rest state of I = 0 (unstable here: the orbit converges to the
            // cycle), 1000 time units of transient, 6 periods recorded every 0.01
            double[] q = p.clone();
            q[model.parameterIndex("I")] = ref[0];
            SimulatedCycle sim = SimulatedCycle.of(model, q, model.initialState(p), "v", 0, 1000, 6 * ref[1], 0.01);
            assertEquals(sim.period(), b.period(), 1e-5);
            assertEquals(sim.min(), b.min()[0], 1e-5);
            assertEquals(sim.max(), b.max()[0], 1e-5);
        }
        // the cycles between the canard and the second fold are stable, those near the Hopf points unstable
        assertTrue(cycles.points().get(1).spectrum().length == 2 && !cycles.points().get(1).stable());
        assertTrue(!cycles.points().get(cycles.points().size() - 2).stable());
    }
}
