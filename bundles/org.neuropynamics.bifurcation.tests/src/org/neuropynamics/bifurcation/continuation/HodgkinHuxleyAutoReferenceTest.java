package org.neuropynamics.bifurcation.continuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.SquidAxonModel;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;

/**
 * The classic HH model against AUTO-07p (data/auto/README.md: Debian auto-07p 0.9.2, NTST 50, NCOL 4,
 * EPSL = EPSU = 1e-9): both Hopf points of the rest state and the three folds of the periodic orbits born
 * at the first one, whose branch ends at the second Hopf point; and the two period doublings between the
 * two lowest folds, which AUTO resolves only with small steps (data/auto/hh-pd-points.txt).
 */
class HodgkinHuxleyAutoReferenceTest {

    @Test
    void hopfPointsAndFoldsOfCyclesMatchAuto() {
        Model hh = SquidAxonModel.create();
        double[] p = hh.defaultParameters();
        p[SquidAxonModel.I] = 0;
        ParameterizedSystem sys = new ParameterizedSystem(hh, p, "I");
        Branch eq = new EquilibriumContinuation(sys).run(0, 200, hh.initialState(p), RunMonitor.NONE);
        List<SpecialPoint> hopf = eq.specialPoints().stream().filter(s -> s.type() == SpecialPointType.HB).toList();
        assertEquals(2, hopf.size());
        assertEquals(9.7754379579, hopf.get(0).parameter(), 1e-8);
        assertEquals(154.52243377, hopf.get(1).parameter(), 1e-7);
        // the second Hopf point is supercritical: the stable large cycles shrink onto it
        assertTrue(hopf.get(1).firstLyapunovCoefficient() < 0);

        Branch cycles = new CycleContinuation(sys).fromHopf(hopf.get(0), 0, 200, RunMonitor.NONE);
        List<SpecialPoint> folds = cycles.specialPoints().stream().filter(s -> s.type() == SpecialPointType.LPC)
                .toList();
        assertEquals(3, folds.size(), () -> "special points " + cycles.specialPoints());
        List<SpecialPoint> flips = cycles.specialPoints().stream().filter(s -> s.type() == SpecialPointType.PD)
                .toList();
        assertEquals(2, flips.size(), () -> "special points " + cycles.specialPoints());
        // AUTO's PD (label 13 of b.pd), located to EPSS 1e-7 relative
        assertEquals(7.8453373971, flips.get(0).parameter(), 1e-6);
        assertEquals(17.158520533, flips.get(0).period(), 1e-4);
        // the crossing AUTO does not label: a multiplier is -0.336 at point 132 and -1.359 at point 133
        assertTrue(flips.get(1).parameter() > 7.9177526773 && flips.get(1).parameter() < 7.9177796493,
                () -> "second PD at " + flips.get(1).parameter());
        assertTrue(flips.get(1).period() > 20.655717678 && flips.get(1).period() < 20.685571600,
                () -> "second PD with period " + flips.get(1).period());
        assertTrue(flips.get(1).parameter() < folds.get(1).parameter());
        // AUTO's own two passes over the lowest fold differ by 3e-7
        assertEquals(7.8423471182, folds.get(0).parameter(), 1e-6);
        assertEquals(16.713797012, folds.get(0).period(), 1e-4);
        assertEquals(7.9177854928, folds.get(1).parameter(), 1e-6);
        assertEquals(20.707294075, folds.get(1).period(), 1e-4);
        assertEquals(6.2603217191, folds.get(2).parameter(), 1e-6);
        assertEquals(19.895235978, folds.get(2).period(), 1e-4);
        assertTrue(cycles.stopReason().contains("Hopf"), cycles.stopReason());
        BranchPoint last = cycles.points().get(cycles.points().size() - 1);
        assertEquals(154.5224, last.parameter(), 0.05);
        // the big cycles between the lowest fold and the second Hopf point are stable
        BranchPoint mid = cycles.points().stream().filter(b -> Math.abs(b.parameter() - 50) < 15).findFirst()
                .orElseThrow();
        assertTrue(mid.stable());
        assertEquals(2 * Math.PI / hopf.get(0).frequency(), cycles.points().get(0).period(), 1e-12);
    }
}
