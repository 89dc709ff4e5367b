package org.neuropynamics.cli;

/** Bad command-line input; its message is printed as one line and the command exits with status 2. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
