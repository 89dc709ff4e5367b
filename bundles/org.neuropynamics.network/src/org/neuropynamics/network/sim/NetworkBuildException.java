package org.neuropynamics.network.sim;

/**
 * A network that cannot be simulated as it stands (unknown model, parameter or variable, a projection
 * without a target, an index out of range...). The message names the element and the problem.
 */
public class NetworkBuildException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-facing message. */
    public NetworkBuildException(String message) {
        super(message);
    }
}
