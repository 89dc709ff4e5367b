package org.neuropynamics.core.registry;

/**
 * What the registry knows about a contributed model before building it.
 *
 * @param id the model id (the built-in catalogue's: models.tests data/catalogue-section4.csv)
 * @param name display name
 * @param contributor the contributing bundle's symbolic name, or the provider class outside OSGi
 */
public record ModelDescriptor(String id, String name, String contributor) {
}
