package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.bifurcation.continuation.Branch;
import org.neuropynamics.bifurcation.continuation.BranchPoint;
import org.neuropynamics.bifurcation.continuation.SpecialPoint;
import org.neuropynamics.bifurcation.continuation.SpecialPointType;

/**
 * The Morris-Lecar "Homoclinic" preset against AUTO-07p (data/auto/README.md, runs ml_hom_*): the cycles born
 * at the Hopf point fold once and end on a saddle homoclinic orbit.
 */
class MorrisLecarHomoclinicContinuationTest extends MorrisLecarClassOneDiagram {

    @Test
    void homoclinicSetEndsOnTheSaddleLoopWithAutosFold() {
        Diagram d = diagram("Homoclinic", 40);
        SpecialPoint hopf = d.equilibria().specialPoints().stream().filter(s -> s.type() == SpecialPointType.HB)
                .findFirst().orElseThrow();
        // AUTO label 8 of b.ml_hom_eq, located to EPSS 1e-8 relative (4e-7 here)
        assertEquals(36.316218274, hopf.parameter(), 2e-6);
        Branch cycles = d.cycles();
        List<SpecialPoint> lpc = cycles.specialPoints().stream().filter(s -> s.type() == SpecialPointType.LPC).toList();
        assertEquals(1, lpc.size(), () -> "special points " + cycles.specialPoints());
        // AUTO's LP label 11 of b.ml_hom_cyc (EPSS 1e-6); ours does not move by 1e-9 with 4x the steps
        assertEquals(40.593352892, lpc.get(0).parameter(), 2e-6);
        assertEquals(21.110055464, lpc.get(0).period(), 1e-6);
        // towards the homoclinic orbit at I = 35.0067348 (AUTO: T = 2000 there); at our period bound of
        // 50 Hopf periods the fixed 1500-step discretisation limits the parameter to about 2e-3
        assertTrue(cycles.stopReason().contains("period exceeded"), cycles.stopReason());
        BranchPoint last = cycles.points().get(cycles.points().size() - 1);
        assertEquals(35.006734776, last.parameter(), 3e-3);
        // the unstable cycle on the way back from the fold at I = 40 (label 12: T 24.037761779)
        BranchPoint back = cycles.points().stream().filter(x -> Math.abs(x.parameter() - 40) < 1e-9)
                .filter(x -> x.period() > 22).findFirst().orElseThrow();
        // (the faster gate makes our fixed Runge-Kutta discretisation the larger error here: 3e-6)
        assertEquals(24.037761779, back.period(), 1e-5);
        assertEquals(-13.43610342, back.min()[0], 1e-3);
        assertEquals(15.86085233, back.max()[0], 1e-3);
    }
}
