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
 * The Morris-Lecar "SNIC (class I)" preset against AUTO-07p (data/auto/README.md, runs ml_snic_*): the cycles
 * born at the Hopf point on the upper branch fold once and end on the saddle-node on the invariant circle.
 */
class MorrisLecarSnicContinuationTest extends MorrisLecarClassOneDiagram {

    @Test
    void snicSetEndsOnTheSaddleNodeWithAutosFoldAndCycles() {
        Diagram d = diagram("SNIC (class I)", 50, 80);
        SpecialPoint hopf = d.equilibria().specialPoints().stream().filter(s -> s.type() == SpecialPointType.HB)
                .findFirst().orElseThrow();
        assertEquals(97.787889270, hopf.parameter(), 2e-6);
        Branch cycles = d.cycles();
        List<SpecialPoint> lpc = cycles.specialPoints().stream().filter(s -> s.type() == SpecialPointType.LPC).toList();
        assertEquals(1, lpc.size(), () -> "special points " + cycles.specialPoints());
        // AUTO's LP label 10 of b.ml_snic_cyc (located to EPSS 1e-6)
        assertEquals(116.10953743, lpc.get(0).parameter(), 1e-6);
        assertEquals(37.159361170, lpc.get(0).period(), 1e-5);
        // the period grows without bound as the cycles reach the saddle-node at I = 39.963153 (T ~ 1/sqrt(I - I_sn):
        // AUTO has T = 2000 at I = 39.97113)
        assertTrue(cycles.stopReason().contains("period exceeded"), cycles.stopReason());
        BranchPoint last = cycles.points().get(cycles.points().size() - 1);
        assertTrue(last.parameter() > 39.963153 && last.parameter() < 39.963153 + 0.05, "ends at " + last.parameter());
        assertTrue(last.period() > 1000);
        // AUTO's cycles at I = 50 and 80 (labels 12 and 11): period and extremes of V
        check(d, 50, 75.543518132, -45.15894842, 31.64424160);
        check(d, 80, 46.900707975, -37.80420208, 34.30414420);
    }

}
