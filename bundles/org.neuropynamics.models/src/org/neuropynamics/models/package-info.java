/**
 * The built-in model catalogue (models.tests data/catalogue-section4.csv): one class per model with a static
 * {@code create()} and a nested {@code Provider} that contributes it to the
 * {@link org.neuropynamics.core.registry.ModelRegistry}. Ids, variable names and parameter names are a
 * public interface: views, model files and the command line use them.
 */
package org.neuropynamics.models;
