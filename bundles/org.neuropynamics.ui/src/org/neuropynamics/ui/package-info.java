/**
 * The workbench's public helpers: editor inputs for files, recent files, preferences.
 */
package org.neuropynamics.ui;
