package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.neuropynamics.bifurcation.continuation.Branch;
import org.neuropynamics.bifurcation.continuation.BranchPoint;
import org.neuropynamics.bifurcation.continuation.CycleContinuation;
import org.neuropynamics.bifurcation.continuation.EquilibriumContinuation;
import org.neuropynamics.bifurcation.continuation.ParameterizedSystem;
import org.neuropynamics.bifurcation.continuation.SpecialPoint;
import org.neuropynamics.bifurcation.continuation.SpecialPointType;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Preset;

/**
 * Shared by the Morris-Lecar class I tests: the catalogue Morris-Lecar model with its "SNIC (class I)" and
 * "Homoclinic" presets over I in [-20, 150] against AUTO-07p (data/auto/README.md, runs ml_snic_* and ml_hom_*): an S-shaped curve of equilibria with
 * two folds, a Hopf point on its upper branch, and cycles from the Hopf point over a fold of cycles to an
 * orbit of infinite period: a saddle-node on an invariant circle at the lower fold (SNIC set) or a saddle
 * homoclinic orbit (homoclinic set, faster potassium gate).
 */
abstract class MorrisLecarClassOneDiagram {

    final Model model = MorrisLecarModel.create();

    record Diagram(ParameterizedSystem system, double[] parameters, Branch equilibria, Branch cycles) {
    }

    Diagram diagram(String preset, double... userPoints) {
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

    /** The branch's cycle at I against AUTO's (T, min V, max V) and against direct integration. */
    void check(Diagram d, double current, double period, double min, double max) {
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
