package org.neuropynamics.core.registry;

import org.neuropynamics.core.model.Model;

/**
 * Contributes one model, through the {@code org.neuropynamics.core.models} extension point
 * ({@code <model id=".." name=".." class="..."/>}) or, outside OSGi, through
 * {@code META-INF/services/org.neuropynamics.core.registry.ModelProvider}.
 * <p>
 * Implementations need a public no-argument constructor and should be cheap to construct: the model itself
 * is built only when {@link #create()} is called.
 */
public interface ModelProvider {

    /** Builds the model. Called at most once per registry; the registry caches the result. */
    Model create();

    /**
     * The id of the model that {@link #create()} returns, so that a registry found through
     * {@link java.util.ServiceLoader} can list it without building it; null means "build it to find out".
     * Contributions through the extension point take the id from {@code plugin.xml} instead.
     */
    default String id() {
        return null;
    }

    /** Display name for listings; defaults to {@link #id()}. */
    default String name() {
        return id();
    }
}
