/**
 * XPPAUT {@code .ode} files: read in stages (source lines, array expansion, parser, networks, binding) into
 * plain equations, run settings from the file's {@code @} options, and written back ({@code OdeWriter}); see
 * docs/architecture.md, "The XPPAUT language".
 */
package org.neuropynamics.core.ode;
