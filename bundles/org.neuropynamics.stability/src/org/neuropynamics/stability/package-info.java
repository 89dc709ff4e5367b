/**
 * Helpers of the stability topic above the phase plane ({@code stability.phaseplane}): limit cycles of a
 * portrait, window choice, titles and the phase line's notes.
 */
package org.neuropynamics.stability;
