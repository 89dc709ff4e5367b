/**
 * The stability topic's views (phase plane, phase line), the New Model, New Typed System and New Model
 * Plug-in wizards, and the perspective. The package is the bundle's API: view and wizard ids and the views'
 * public methods that commands, cheat sheets and the UI tests drive.
 */
package org.neuropynamics.stability.ui;
