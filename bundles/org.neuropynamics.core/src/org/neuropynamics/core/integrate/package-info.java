/**
 * Simulation of one model: requests, integration methods as data ({@code IntegrationMethods}), fixed-step
 * runs, adaptive runs ({@code AdaptiveRun} with the one Dormand-Prince 5(4) stepper
 * {@link org.neuropynamics.core.integrate.DormandPrinceStepper} and RODAS), events, current protocols, traces,
 * resource limits and the {@link org.neuropynamics.core.integrate.RunMonitor} through which callers see progress and
 * cancel.
 */
package org.neuropynamics.core.integrate;
