package org.neuropynamics.network.model.io;

import org.neuropynamics.core.io.FileProblem;

/**
 * A {@code .neuronet} file that cannot be read or written; the message names the file and the problem
 * (with line and column when the XML itself is broken), ready to show to a user.
 */
public class NetworkFileException extends FileProblem {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-facing message. */
    public NetworkFileException(String message) {
        super(message);
    }

    /** Creates the exception with a user-facing message and its cause. */
    public NetworkFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
