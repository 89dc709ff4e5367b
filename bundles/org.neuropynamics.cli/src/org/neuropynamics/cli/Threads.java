package org.neuropynamics.cli;

/** The {@code --threads N} option: absent means every core (0 to the solvers); given, N must be at least 1. */
final class Threads {

    private Threads() {
    }

    /** 0 (all cores) when absent, else the positive number given. */
    static int option(Arguments args) {
        if (args.option("threads") == null) {
            return 0;
        }
        int n = args.integer("threads", 0);
        if (n < 1) {
            throw new UsageException("--threads must be at least 1, got " + args.option("threads")
                    + " (leave it out to use every core)");
        }
        return n;
    }
}
