/**
 * The Jeffress and dendrite figures without a display (four panels each, with their CSV data and the computation
 * of what they show); the dendrites views and {@code neuropynamics render jeffress|dendrite} paint them.
 */
package org.neuropynamics.dendrites.figures;
