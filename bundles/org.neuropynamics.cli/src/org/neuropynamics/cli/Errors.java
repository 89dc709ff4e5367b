package org.neuropynamics.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.integrate.DivergenceException;
import org.neuropynamics.core.integrate.ResourceLimitException;
import org.neuropynamics.core.io.FileReasons;
import org.neuropynamics.core.io.Terminal;
import org.neuropynamics.network.sim.NetworkBuildException;

/**
 * One-line descriptions of failures for the command line: no stack traces and no Java class names for users,
 * and nothing from a file reaches the terminal raw ({@link Terminal#clean}).
 */
final class Errors {

    private Errors() {
    }

    /**
     * True for failures caused by the input (exit status 2): bad options, model and network files that are
     * broken or inconsistent, files that cannot be read or written, runs that diverge. Anything else is a defect
     * of the program (status 1).
     */
    static boolean isUserError(Throwable e) {
        return e instanceof UsageException || e instanceof EquationException || e instanceof IOException
                || e instanceof UncheckedIOException || e instanceof NetworkBuildException
                || e instanceof DivergenceException || e instanceof ResourceLimitException;
    }

    /** The message of {@code e} as one clean line. */
    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return describe(u.getCause());
        }
        String message = e.getMessage();
        if (e instanceof IOException io && !(e instanceof org.neuropynamics.core.io.FileProblem)) {
            message = (e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "")
                    + FileReasons.reason(io);
        }
        if (message == null || message.isBlank()) {
            return "internal error (" + e.getClass().getSimpleName() + "); run with"
                    + " -Dorg.neuropynamics.cli.debug=true for details";
        }
        String first = message.lines().findFirst().orElse(message);
        return Terminal.clean(first);
    }
}
