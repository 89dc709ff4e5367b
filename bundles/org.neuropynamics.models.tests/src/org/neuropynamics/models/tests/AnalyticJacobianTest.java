package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuropynamics.core.model.Model;

/**
 * Every analytic Jacobian equals central finite differences, at the initial state and at states chosen
 * across the dynamics (including the removable singularities of the HH rate functions).
 * Step h = 1e-6 max(1, |y_j|); tolerance |J - J_fd| &lt;= 1e-6 (1 + |J|).
 */
class AnalyticJacobianTest {

    private static final double TOLERANCE = 1e-6;

    static Stream<Arguments> states() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, PerfectIntegratorModel.ID, new double[] {-60});
        add(cases, LeakyIntegrateAndFireModel.ID, new double[] {-60}, new double[] {-52});
        add(cases, IzhikevichModel.ID, new double[] {-65, -13}, new double[] {-50, -5}, new double[] {20, 3});
        add(cases, FitzHughNagumoModel.ID, new double[] {0.3, 0.1}, new double[] {1.8, 1}, new double[] {-2, -1});
        add(cases, HodgkinHuxleyModel.ID, new double[] {-40, 0.1, 0.5, 0.4}, new double[] {-55, 0.05, 0.6, 0.3},
                new double[] {-40.0004, 0.2, 0.4, 0.5}, new double[] {10, 0.9, 0.2, 0.7},
                new double[] {-80, 0.01, 0.8, 0.2});
        add(cases, TraubMilesModel.ID, new double[] {-50, 0.2, 0.5, 0.4}, new double[] {-23, 0.8, 0.2, 0.6},
                new double[] {-48, 0.3, 0.4, 0.5}, new double[] {0, 0.9, 0.1, 0.7});
        add(cases, AdaptiveExponentialModel.ID, new double[] {-50, 0.1}, new double[] {-42, 0.3});
        add(cases, MorrisLecarModel.ID, new double[] {-20, 0.1}, new double[] {10, 0.3}, new double[] {30, 0.5});
        add(cases, PersistentSodiumModel.ID, new double[] {-60}, new double[] {-45}, new double[] {0},
                new double[] {30});
        add(cases, LogisticMapModel.ID, new double[] {0.5}, new double[] {0.9});
        return cases.stream();
    }

    /** The initial state plus the given states, at default parameters. */
    private static void add(List<Arguments> cases, String id, double[]... states) {
        Model model = BuiltInModels.create(id);
        double[] p = model.defaultParameters();
        cases.add(Arguments.of(id, p, model.initialState(p)));
        for (double[] y : states) {
            cases.add(Arguments.of(id, p, y));
        }
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("states")
    void analyticJacobianEqualsCentralDifferences(String id, double[] p, double[] y) {
        Model model = BuiltInModels.create(id);
        int n = model.dimension();
        double[][] analytic = new double[n][n];
        model.jacobian().jacobian(0, y, p, analytic);
        double[][] numeric = centralDifferences(model, y, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = analytic[i][j];
                double fd = numeric[i][j];
                assertTrue(Math.abs(a - fd) <= TOLERANCE * (1 + Math.abs(a)),
                        id + " J[" + i + "][" + j + "] analytic " + a + " vs finite differences " + fd);
            }
        }
    }

    static double[][] centralDifferences(Model model, double[] y, double[] p) {
        int n = model.dimension();
        double[][] jac = new double[n][n];
        for (int j = 0; j < n; j++) {
            double h = 1e-6 * Math.max(1, Math.abs(y[j]));
            double[] plus = y.clone();
            double[] minus = y.clone();
            plus[j] += h;
            minus[j] -= h;
            double[] fPlus = BuiltInModels.derivatives(model, plus, p);
            double[] fMinus = BuiltInModels.derivatives(model, minus, p);
            for (int i = 0; i < n; i++) {
                jac[i][j] = (fPlus[i] - fMinus[i]) / (plus[j] - minus[j]);
            }
        }
        return jac;
    }
}
