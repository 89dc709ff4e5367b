package org.neuropynamics.network.sim;

/**
 * Overrides of a network's run settings for one run.
 *
 * @param durationMs the simulated time in ms, or NaN for the network's own duration
 * @param seed the random seed, or null for the network's own seed
 * @param threads worker threads for large populations (1 = single-threaded)
 */
public record RunOptions(double durationMs, Long seed, int threads) {

    /** The network's own settings, single-threaded. */
    public static final RunOptions DEFAULT = new RunOptions(Double.NaN, null, 1);

    /**
     * The default number of threads of the command line and the editor: one. Chosen by measurement
     * ({@code bench-network --scale}, README): on this 2-core machine two threads beat one only while other work
     * starved the run (1.3x at 40,000 neurons, 1.9x at 400,000, load 20-30) and lost at load 4.7 (0.67x and 0.87x);
     * {@code --threads N} asks for more. The spikes do not depend on it.
     */
    public static int defaultThreads() {
        return 1;
    }

    /** The network's settings with another duration. */
    public RunOptions withDuration(double ms) {
        return new RunOptions(ms, seed, threads);
    }

    /** The network's settings with another seed. */
    public RunOptions withSeed(long s) {
        return new RunOptions(durationMs, s, threads);
    }

    /** The same options with a number of worker threads. */
    public RunOptions withThreads(int n) {
        return new RunOptions(durationMs, seed, Math.max(1, n));
    }
}
