/**
 * Iterated maps: orbits, cobwebs, orbit (bifurcation) diagrams, Lyapunov exponents and period doublings, for
 * the catalogue's maps and typed ones. See docs/architecture.md (bundle map).
 */
package org.neuropynamics.bifurcation.maps;
