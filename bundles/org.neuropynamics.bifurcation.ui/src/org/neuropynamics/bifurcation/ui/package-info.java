/**
 * The bifurcation topic's views: continuation, spike-triggered sweep and iterated maps (with the typed-map
 * editor), their perspective and command handlers. Computations run in the UI kit's {@code LongJob}; figures
 * come from {@code org.neuropynamics.bifurcation.draw}. The package is the bundle's API: view and perspective ids
 * and the views' public methods that commands, cheat sheets and the UI tests drive.
 */
package org.neuropynamics.bifurcation.ui;
