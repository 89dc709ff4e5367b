package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.neuropynamics.core.model.Model;

/** The catalogue's factories by id, independent of the registry (so contract tests do not depend on it). */
final class BuiltInModels {

    static final Map<String, Supplier<Model>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put(PerfectIntegratorModel.ID, PerfectIntegratorModel::create);
        FACTORIES.put(LeakyIntegrateAndFireModel.ID, LeakyIntegrateAndFireModel::create);
        FACTORIES.put(IzhikevichModel.ID, IzhikevichModel::create);
        FACTORIES.put(FitzHughNagumoModel.ID, FitzHughNagumoModel::create);
        FACTORIES.put(HodgkinHuxleyModel.ID, HodgkinHuxleyModel::create);
        FACTORIES.put(TraubMilesModel.ID, TraubMilesModel::create);
        FACTORIES.put(AdaptiveExponentialModel.ID, AdaptiveExponentialModel::create);
        FACTORIES.put(MorrisLecarModel.ID, MorrisLecarModel::create);
        FACTORIES.put(PersistentSodiumModel.ID, PersistentSodiumModel::create);
        FACTORIES.put(LogisticMapModel.ID, LogisticMapModel::create);
    }

    private BuiltInModels() {
    }

    static Model create(String id) {
        return FACTORIES.get(id).get();
    }

    /** dy/dt (or the next state of a map) at t = 0 for the given state and parameters. */
    static double[] derivatives(Model model, double[] y, double[] p) {
        double[] dydt = new double[model.dimension()];
        model.field().derivatives(0, y, p, dydt);
        return dydt;
    }

    /** p with one parameter changed. */
    static double[] with(Model model, double[] p, String name, double value) {
        double[] copy = p.clone();
        int i = model.parameterIndex(name);
        if (i < 0) {
            throw new IllegalArgumentException(model.id() + " has no parameter " + name);
        }
        copy[i] = value;
        return copy;
    }
}
