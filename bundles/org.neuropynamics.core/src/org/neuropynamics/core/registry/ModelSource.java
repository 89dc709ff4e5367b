package org.neuropynamics.core.registry;

import java.util.List;

/** One way of discovering model contributions (extension registry, {@code ServiceLoader}). */
interface ModelSource {

    /** The contributions found, or null when this source is not available in the running environment. */
    List<ModelContribution> contributions();
}
