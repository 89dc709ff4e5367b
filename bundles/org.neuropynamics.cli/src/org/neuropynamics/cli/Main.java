package org.neuropynamics.cli;

import java.nio.file.Path;

/**
 * The plain-Java entry point of the command line: the launcher scripts run
 * {@code java -cp <the CLI's plug-in jars> org.neuropynamics.cli.Main COMMAND ...} instead of starting the
 * Equinox product (the application {@code org.neuropynamics.cli.app}, {@link CliApplication}), which takes
 * about two seconds before any command runs. Same commands, output and exit codes as the OSGi application.
 * <p>
 * When the launcher names a start-up cache directory (system property {@value StartupCache#CACHE_PROPERTY})
 * and that cache is missing or was made by another JDK, it is (re)built after the command has printed its
 * result: see {@link StartupCache}.
 */
public final class Main {

    private Main() {
    }

    /** Runs one command line and exits with its status. */
    public static void main(String[] args) {
        int status = new CommandLine(CommandLine.terminalSafe(System.out), CommandLine.terminalSafe(System.err))
                .run(args);
        System.out.flush();
        System.err.flush();
        String cache = System.getProperty(StartupCache.CACHE_PROPERTY);
        if (cache != null && !cache.isBlank()) {
            StartupCache.refreshIfStale(Path.of(cache));
        }
        System.exit(status);
    }
}
