/**
 * The user guide ({@code guide/*.md}) shown in a view, F1 opening the current view's chapter.
 */
package org.neuropynamics.ui.help;
