package org.neuropynamics.core.registry;

import java.util.function.Supplier;

import org.neuropynamics.core.model.Model;

/** A descriptor with the factory that builds its model on first use. */
record ModelContribution(ModelDescriptor descriptor, Supplier<Model> factory) {
}
