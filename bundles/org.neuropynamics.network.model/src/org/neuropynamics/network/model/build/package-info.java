/**
 * Building and describing networks in code: {@code Networks} (populations, projections, inputs, monitors
 * with defaults) and {@code Describe} (short texts of elements for views and messages).
 */
package org.neuropynamics.network.model.build;
