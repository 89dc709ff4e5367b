package org.neuropynamics.core.io;

import java.io.IOException;

/**
 * A file the user named could not be read or written. The message is one line for the user: what, which file,
 * and the operating system's reason ("cannot write out.csv: permission denied"); commands print it and exit with
 * status 2.
 */
public class FileProblem extends IOException {

    private static final long serialVersionUID = 1L;

    public FileProblem(String message) {
        super(message);
    }

    public FileProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
