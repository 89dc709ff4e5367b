package org.neuropynamics.core.model;

/**
 * The random inputs of a stochastic model (XPPAUT's {@code wiener}, {@code ran}, {@code normal}, {@code markov}
 * and {@code special gill}; issue 14, docs/architecture.md "The XPPAUT language"). The model's equations read
 * every random value from a slot of the parameter array after the model's own parameters; a run extends its
 * parameter array by {@link #slots()} entries and lets a {@link Run} fill them before each step, in the order
 * XPPAUT draws its numbers. Code that calls the vector field with the model's parameters only (equilibria,
 * nullclines, continuation) sees the noise-free system: every slot 0 (wiener 0, {@code ran(x)} 0,
 * {@code normal(m, s)} m, no Gillespie reaction).
 */
public interface Noise {

    /** Number of parameter slots after the model's parameters that hold random values. */
    int slots();

    /** The seed of a run that names none (the file's {@code @ seed}, else XPPAUT's default). */
    long defaultSeed();

    /**
     * Starts a run: a fresh random stream with this seed, and the draws XPPAUT makes before the first step.
     *
     * @param p the run's parameters, {@link #slots()} entries longer than the model's
     */
    Run start(long seed, double t0, double[] y, double[] p);

    /** The random state of one run. */
    interface Run {
        /**
         * Draws the random values of the step from (t, y) of length h into the slots of {@code p}; may change
         * {@code y} (Markov chain variables jump here).
         */
        void beforeStep(double t, double[] y, double[] p, double h);

        /** Draws the random values of one evaluation of the right-hand side at (t, y). */
        void beforeEvaluation(double t, double[] y, double[] p);

        /** After every full step: XPPAUT's draws at its output points. */
        void afterStep(double t, double[] y, double[] p);
    }
}
