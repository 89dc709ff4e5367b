package org.neuropynamics.core.integrate;

/**
 * A request refused before it starts because it would take more steps or memory than the limits of
 * {@link ResourceLimits}; the message is one line naming the request, its size and the limit.
 */
public class ResourceLimitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ResourceLimitException(String message) {
        super(message);
    }
}
