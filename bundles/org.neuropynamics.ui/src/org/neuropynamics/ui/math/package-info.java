/**
 * Equations rendered as images (JLaTeXMath) for the views.
 */
package org.neuropynamics.ui.math;
