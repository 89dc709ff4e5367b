/**
 * The network topic's UI: the graphical editor ({@code NetworkEditor}, canvas, palette, properties, outline),
 * the New Network wizard, the Network Problems view, the result views, the run and export handlers (runs in the
 * UI kit's {@code LongJob}). The package is the bundle's API: editor, view and wizard ids and the public methods
 * that commands, cheat sheets and the UI tests drive.
 */
package org.neuropynamics.network.ui;
