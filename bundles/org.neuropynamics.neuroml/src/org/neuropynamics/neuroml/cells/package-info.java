/**
 * NeuroML point cells contributed as catalogue models.
 */
package org.neuropynamics.neuroml.cells;
