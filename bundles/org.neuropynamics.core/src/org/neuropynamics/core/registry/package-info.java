/**
 * The model registry: every model of the workbench by id, contributed through the
 * {@code org.neuropynamics.core.models} extension point (Java {@link org.neuropynamics.core.registry.ModelProvider}s
 * or XPPAUT {@code .ode} files) and, outside OSGi, through {@link java.util.ServiceLoader}.
 * Start at {@link org.neuropynamics.core.registry.ModelRegistry#getDefault()}.
 */
package org.neuropynamics.core.registry;
