package org.neuropynamics.cli;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.neuropynamics.core.registry.Dropins;

/**
 * The plain-Java entry point of the command line: the launcher scripts run
 * {@code java -cp <the CLI's plug-in jars> org.neuropynamics.cli.Main COMMAND ...} instead of starting the
 * Equinox product (the application {@code org.neuropynamics.cli.app}, {@link CliApplication}), which takes
 * about two seconds before any command runs. Same commands, output and exit codes as the OSGi application.
 * <p>
 * When the launcher names a start-up cache directory (system property {@value StartupCache#CACHE_PROPERTY})
 * and that cache is missing or was made by another JDK, it is (re)built after the command has printed its
 * result: see {@link StartupCache}.
 * <p>
 * The jars of the installation's and the user's {@code dropins} folders ({@link Dropins}) are loaded by a class
 * loader of their own, made the context class loader, where the model registry looks for {@code plugin.xml}
 * declarations: so the command line lists the same models as the workbench, which installs those jars at start.
 */
public final class Main {

    private Main() {
    }

    /** Runs one command line and exits with its status. */
    public static void main(String[] args) {
        loadDropins();
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

    /** Makes the dropins jars visible to the model registry (through the context class loader). */
    static void loadDropins() {
        String launcher = System.getProperty(BenchProcesses.LAUNCHER_PROPERTY);
        Path install = null;
        if (launcher != null && !launcher.isBlank()) {
            try {
                install = Path.of(launcher).toAbsolutePath().getParent();
            } catch (InvalidPathException e) {
                install = null;
            }
        }
        List<Path> jars = Dropins.jars(Dropins.folders(install));
        if (jars.isEmpty()) {
            return;
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e); // a file URI is a valid URL
            }
        }
        Thread.currentThread().setContextClassLoader(new URLClassLoader("dropins", urls, Main.class.getClassLoader()));
    }
}
