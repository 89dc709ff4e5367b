package org.neuropynamics.ui.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Runs {@code neuropynamics COMMAND ...} in this JVM as the command line runs it, through the class loader of the
 * bundle {@code org.neuropynamics.cli}: that bundle exports nothing (no production bundle uses it, and no package is
 * exported for tests), so the UI tests reach its entry point {@code CommandLine} as OSGi's own launcher would.
 */
public final class Render {

    /** Status and standard error of one run. */
    public record Result(int status, String err) {
    }

    private Render() {
    }

    /** Runs the command line with these arguments. */
    public static Result run(String... args) throws Exception {
        Bundle cli = Platform.getBundle("org.neuropynamics.cli");
        if (cli == null) {
            throw new IllegalStateException("the bundle org.neuropynamics.cli is not installed");
        }
        Class<?> type = cli.loadClass("org.neuropynamics.cli.CommandLine");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Object commandLine = type.getConstructor(PrintStream.class, PrintStream.class).newInstance(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int status = (Integer) type.getMethod("run", String[].class).invoke(commandLine, (Object) args);
        return new Result(status, err.toString(StandardCharsets.UTF_8));
    }
}
