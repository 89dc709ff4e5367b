package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.equations.Evaluator;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.export.ModelEquations;

/**
 * The exporters' equations of the catalogue's Java models agree with the Java models: right-hand sides,
 * threshold functions and resets evaluated at 200 random states and parameter sets, to 1e-12 relative.
 */
class CatalogueEquationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"lif", "perfect-integrator", "izhikevich", "adex", "fitzhugh-nagumo"})
    void equationsMatchTheJavaModel(String id) {
        Model model = ModelRegistry.getDefault().get(id);
        ModelEquations eq = ModelEquations.of(model);
        EquationSystem sys = eq.system();
        assertEquals(model.variableNames(), sys.stateNames());
        assertEquals(model.dimension(), sys.dimension());
        SplittableRandom random = new SplittableRandom(7);
        int n = model.dimension();
        List<String> names = sys.parameterNames();
        for (int trial = 0; trial < 200; trial++) {
            double[] p = model.defaultParameters();
            for (int k = 0; k < p.length; k++) {
                p[k] *= 0.5 + random.nextDouble();
            }
            double[] q = new double[names.size()];
            for (int k = 0; k < q.length; k++) {
                int j = model.parameterIndex(names.get(k));
                assertTrue(j >= 0, id + ": parameter " + names.get(k));
                q[k] = p[j];
            }
            double[] y = new double[n];
            for (int k = 0; k < n; k++) {
                y[k] = model.initialState(p)[k] + 20 * (random.nextDouble() - 0.5) * (k == 0 ? 1 : 0.01);
            }
            double[] dy = new double[n];
            model.field().derivatives(0, y, p, dy);
            for (int k = 0; k < n; k++) {
                double mine = Evaluator.evaluate(sys.rightHandSides().get(k), 0, y, q);
                assertEquals(dy[k], mine, 1e-12 * Math.max(1, Math.abs(dy[k])), id + " d" + sys.stateNames().get(k));
            }
            if (model.spikeRule() == null) {
                assertEquals(null, sys.event(), id);
                continue;
            }
            assertNotNull(sys.event(), id + " has a threshold");
            double s = model.spikeRule().switching(0, y, p);
            assertEquals(s, Evaluator.evaluate(sys.event().condition(), 0, y, q), 1e-12 * Math.max(1, Math.abs(s)));
            double[] reset = y.clone();
            model.spikeRule().reset(0, reset, p);
            double[] mine = y.clone();
            for (EquationSystem.Reset r : sys.event().resets()) {
                mine[r.stateIndex()] = Evaluator.evaluate(r.value(), 0, mine, q);
            }
            for (int k = 0; k < n; k++) {
                assertEquals(reset[k], mine[k], 1e-12 * Math.max(1, Math.abs(reset[k])), id + " reset");
            }
            if (eq.refractoryParameter() != null) {
                assertEquals(model.spikeRule().refractoryPeriod(p), p[model.parameterIndex(eq.refractoryParameter())]);
            } else {
                assertEquals(0.0, model.spikeRule().refractoryPeriod(p), id + " has no refractory period");
            }
        }
    }
}
