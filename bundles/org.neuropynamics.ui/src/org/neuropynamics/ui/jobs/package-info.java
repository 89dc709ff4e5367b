/**
 * The UI kit's background work (docs/architecture.md, "The UI kit"): {@code Recomputation}, latest-only
 * recomputation while a slider moves (a newer request cancels the running one, stale results are dropped), and
 * {@code LongJob}, a long computation as an Eclipse Job with the one IProgressMonitor-to-RunMonitor adapter.
 */
package org.neuropynamics.ui.jobs;
