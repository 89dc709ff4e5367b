/**
 * The headless command line ({@code ./neuropynamics COMMAND}): {@link org.neuropynamics.cli.CommandLine} parses
 * the arguments and runs one {@code Command}; {@code Errors} maps failures to exit codes in one place. Runs in OSGi
 * ({@code CliApplication}) or on a plain class path ({@code Main}); see docs/architecture.md, "Command-line errors".
 */
package org.neuropynamics.cli;
