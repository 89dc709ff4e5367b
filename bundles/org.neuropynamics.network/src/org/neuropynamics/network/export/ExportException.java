package org.neuropynamics.network.export;

import org.neuropynamics.network.sim.NetworkBuildException;

/**
 * A network (or one of its models) that a target simulator cannot express; the message names the element and
 * what is missing, in one line. A {@link NetworkBuildException}, so the command line exits with status 2.
 */
public class ExportException extends NetworkBuildException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-facing message. */
    public ExportException(String message) {
        super(message);
    }
}
