package org.neuropynamics.models;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelProvider;

/**
 * The logistic map x_{n+1} = r x_n (1 - x_n), a {@link Model.Kind#MAP}: the vector field writes the next
 * state. Starts at x0 = 0.2 (not 0.5, which r = 4 sends to the fixed point 0 in two steps).
 */
public final class LogisticMapModel {

    /** Model id (public: models.tests data/catalogue-section4.csv). */
    public static final String ID = "logistic";
    /** Display name. */
    public static final String NAME = "Logistic map";
    /** Initial value of x. */
    public static final double X0 = 0.2;

    private LogisticMapModel() {
    }

    /** Builds the model. */
    public static Model create() {
        return Model.builder(ID)
                .name(NAME)
                .kind(Model.Kind.MAP)
                .description("The simplest route to chaos: a population model iterated in discrete time. As "
                        + "r grows the fixed point gives way to a 2-cycle at r = 3, then 4, 8, ... cycles at "
                        + "ever closer values (Feigenbaum's period doubling) that accumulate at "
                        + "r = 3.5699..., beyond which most r give chaos (positive Lyapunov exponent) "
                        + "interrupted by periodic windows.")
                .equationsLatex("x_{n+1} = r\\, x_n (1 - x_n)")
                .variable("x", "", "population, between 0 and 1")
                .parameter("r", "", 3.5, 0, 4, 0.001, "growth rate")
                .field((t, y, p, next) -> next[0] = p[0] * y[0] * (1 - y[0]))
                .jacobian((t, y, p, jac) -> jac[0][0] = p[0] * (1 - 2 * y[0]))
                .initialState(X0)
                .currentParameter(null)
                .build();
    }

    /** Contributes this model to the registry (extension point and {@code ServiceLoader}). */
    public static final class Provider implements ModelProvider {
        @Override
        public Model create() {
            return LogisticMapModel.create();
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String name() {
            return NAME;
        }
    }
}
