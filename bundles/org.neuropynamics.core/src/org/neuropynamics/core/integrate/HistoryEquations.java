package org.neuropynamics.core.integrate;

import org.neuropynamics.core.model.VectorField;

/**
 * The vector field of a model whose right-hand side reads its own past: XPPAUT's delays {@code delay(x, tau)}
 * and Volterra integrals {@code int{K#u}} with integral equations (issue 14). {@link Simulation} runs such a
 * model with {@code HistoryRun}, which keeps the past as XPPAUT does; as a plain {@link VectorField} (phase
 * plane, equilibria) a delay reads the current state and an integral is 0, which is what XPPAUT's equilibrium
 * search does with delays.
 */
public interface HistoryEquations extends VectorField {

    /**
     * What the run needs to know.
     *
     * @param delayedVariables per delay, the state variable it reads
     * @param maxDelay XPPAUT's {@code @ delay}: how far back the history is kept (0: delays read the current state)
     * @param exponents per integral, its singularity exponent mu in [0, 1)
     * @param convolutions per integral, whether it is a convolution {@code int{K#u}}
     * @param integralEquations per state variable, whether it is given by an integral equation (its right-hand
     *        side is its value)
     * @param volterraPoints XPPAUT's {@code @ vmaxpts}: how many past points an integral sums over
     * @param fixedCount the number of fixed quantities, stored with the state at every point
     * @param line the line of the first delay or integral, for messages
     */
    record Layout(int[] delayedVariables, double maxDelay, double[] exponents, boolean[] convolutions,
            boolean[] integralEquations, int volterraPoints, int fixedCount, int line) {

        /** True when the file needs XPPAUT's Volterra solver (an integral or an integral equation). */
        public boolean volterra() {
            if (exponents.length > 0) {
                return true;
            }
            for (boolean b : integralEquations) {
                if (b) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The layout of the equations. */
    Layout layout();

    /** Where a delay's value comes from: the run's stored past. */
    @FunctionalInterface
    interface DelayLookup {
        /**
         * @param delay the delay's number
         * @param tau its current delay
         * @param y the current state
         * @return the delayed variable tau before the latest stored point
         */
        double value(int delay, double tau, double[] y);
    }

    /**
     * A work object for one run on one thread.
     *
     * @param parameters the model's parameters
     * @param lookup the run's history
     */
    Evaluation evaluation(double[] parameters, DelayLookup lookup);

    /** Evaluations of the equations with the values of the delays and integrals supplied. */
    interface Evaluation {
        /** The history of every state variable at time t before the start (XPPAUT's {@code x(0)=} expression, else 0). */
        void history(double t, double[] out);

        /** The right-hand sides (derivatives, or values for integral equations) with the integrals' values. */
        void rightHandSides(double t, double[] y, double[] integrals, double[] out);

        /** The fixed quantities at (t, y) with the integrals' values, stored with the state for the integrands. */
        void fixed(double t, double[] y, double[] integrals, double[] out);

        /**
         * The integrand of integral k at time t for the past time tPrime whose state and fixed quantities are
         * given (for a convolution, the part after {@code #}).
         */
        double integrand(int k, double t, double tPrime, double[] y, double[] fixed);

        /** The kernel K of convolution k at time t. */
        double convolutionKernel(int k, double t);
    }
}
