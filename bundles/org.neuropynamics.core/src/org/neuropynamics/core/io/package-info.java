/**
 * Reading the one input file a command or editor was given ({@link org.neuropynamics.core.io.InputFiles}: regular
 * files only, bounded size, strict UTF-8) and writing outputs atomically ({@link
 * org.neuropynamics.core.io.OutputFiles}: temporary file, force, rename; read-only files and inputs are never
 * replaced). Failures are {@link org.neuropynamics.core.io.FileProblem}s whose message names the file and the
 * operating system's reason, ready to print as the one line of a failed command.
 */
package org.neuropynamics.core.io;
