/**
 * The bifurcation topic's figures as {@code org.neuropynamics.plot.Chart}s, without a display: the continuation
 * diagram with its special points and picks, the orbit diagram, Lyapunov exponent, cobweb and iterates of maps,
 * and the spike-triggered sweep. The views and {@code neuropynamics render continuation|orbit-diagram|cobweb|sweep}
 * draw these same charts.
 */
package org.neuropynamics.bifurcation.draw;
