package org.neuropynamics.cli;

import java.io.PrintStream;
import java.util.Set;

/** One headless command of {@code ./neuropynamics}. */
public interface Command {

    /** The word that selects the command, e.g. "simulate". */
    String name();

    /** One line for the command list. */
    String summary();

    /** Full usage text for {@code neuropynamics help COMMAND}. */
    String usage();

    /** Options taking a value, without dashes ("t", "dt", ...); {@code --set} and {@code --json} are always known. */
    default Set<String> valuedOptions() {
        return Set.of();
    }

    /** Whether {@code --set NAME=VALUE} means something to this command; if not, it is refused. */
    default boolean acceptsSet() {
        return true;
    }

    /** Options without a value. */
    default Set<String> switches() {
        return Set.of();
    }

    /**
     * Runs the command. Results go to {@code out} (one JSON document with {@code --json}); progress and logs to
     * {@code err}.
     *
     * @return the exit status
     */
    int run(Arguments args, PrintStream out, PrintStream err) throws Exception;
}
