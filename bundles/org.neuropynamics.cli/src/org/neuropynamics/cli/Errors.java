package org.neuropynamics.cli;

/** One-line descriptions of failures for the command line (no stack traces for users). */
final class Errors {

    private Errors() {
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }
}
