package org.neuropynamics.neuroml;

import org.neuropynamics.network.model.io.NetworkFileException;

/**
 * A NeuroML or LEMS file that cannot be opened or saved; the message names the file, the line and the
 * element, ready to show to a user (the command line prints it as its one line and exits with 2).
 */
public class NeuroMLException extends NetworkFileException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-facing message. */
    public NeuroMLException(String message) {
        super(message);
    }

    /** Creates the exception with a user-facing message and its cause. */
    public NeuroMLException(String message, Throwable cause) {
        super(message, cause);
    }
}
