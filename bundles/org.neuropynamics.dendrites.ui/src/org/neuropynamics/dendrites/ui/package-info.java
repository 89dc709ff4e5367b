/**
 * The dendrites topic's views (Jeffress delay line, passive dendrite), their perspective and the cheat sheet's
 * command handler. Inputs are the UI kit's {@code ParameterPanel}, recomputation its latest-only
 * {@code Recomputation}. The package is the bundle's API: view ids and the views' public methods.
 */
package org.neuropynamics.dendrites.ui;
