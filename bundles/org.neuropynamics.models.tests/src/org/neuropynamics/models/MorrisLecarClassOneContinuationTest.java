package org.neuropynamics.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.continuation.Branch;
import org.neuropynamics.core.continuation.BranchPoint;
import org.neuropynamics.core.continuation.CycleContinuation;
import org.neuropynamics.core.continuation.EquilibriumContinuation;
import org.neuropynamics.core.continuation.ParameterizedSystem;
import org.neuropynamics.core.continuation.SpecialPoint;
import org.neuropynamics.core.continuation.SpecialPointType;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Preset;

/**
 * The catalogue Morris-Lecar model with its "SNIC (class I)" and "Homoclinic" presets over I in [-20, 150]
 * against AUTO-07p (data/auto/README.md, runs ml_snic_* and ml_hom_*): an S-shaped curve of equilibria with
 * two folds, a Hopf point on its upper branch, and cycles from the Hopf point over a fold of cycles to an
 * orbit of infinite period: a saddle-node on an invariant circle at the lower fold (SNIC set) or a saddle
 * homoclinic orbit (homoclinic set, faster potassium gate).
 */
class MorrisLecarClassOneContinuationTest {

    private final Model model = MorrisLecarModel.create();

    private record Diagram(ParameterizedSystem system, double[] parameters, Branch equilibria, Branch cycles) {
    }

    private Diagram diagram(String preset, double... userPoints) {
        Preset set = model.presets().stream().filter(x -> x.name().equals(preset)).findFirst().orElseThrow();
        double[] p = model.defaultParameters();
        set.values().forEach((name, value) -> p[model.parameterIndex(name)] = value);
        p[model.parameterIndex("I")] = -20;
        ParameterizedSystem system = new ParameterizedSystem(model, p, "I");
        Branch eq = new EquilibriumContinuation(system).run(-20, 150, model.initialState(p), RunMonitor.NONE);
        // AUTO (both sets share the equilibria): LP at 39.963153093 and -9.9490393226 (labels 6, 7)
        List<SpecialPoint> folds = eq.specialPoints().stream().filter(s -> s.type() == SpecialPointType.LP).toList();
        assertEquals(2, folds.size(), () -> "special points " + eq.specialPoints());
        assertEquals(39.963153093, folds.get(0).parameter(), 1e-7);
        assertEquals(-9.9490393226, folds.get(1).parameter(), 1e-7);
        SpecialPoint hopf = eq.specialPoints().stream().filter(s -> s.type() == SpecialPointType.HB).findFirst()
                .orElseThrow();
        Branch cycles = new CycleContinuation(system).pointsAt(userPoints).fromHopf(hopf, -20, 150, RunMonitor.NONE);
        return new Diagram(system, p, eq, cycles);
    }

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

    /** The branch's cycle at I against AUTO's (T, min V, max V) and against direct integration. */
    private void check(Diagram d, double current, double period, double min, double max) {
        BranchPoint b = d.cycles().points().stream().filter(x -> Math.abs(x.parameter() - current) < 1e-9)
                .findFirst().orElseThrow();
        assertTrue(b.stable());
        assertEquals(period, b.period(), 1e-5);
        assertEquals(min, b.min()[0], 1e-3);
        assertEquals(max, b.max()[0], 1e-3);
        double[] q = d.parameters().clone();
        q[model.parameterIndex("I")] = current;
        SimulatedCycle sim = SimulatedCycle.of(model, q, b.state(), "V", 0, 2 * period, 5 * period, 0.01);
        assertEquals(sim.period(), b.period(), 1e-5);
        assertEquals(sim.min(), b.min()[0], 1e-5);
        assertEquals(sim.max(), b.max()[0], 1e-5);
    }
}
