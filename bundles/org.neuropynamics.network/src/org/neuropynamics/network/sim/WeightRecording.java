package org.neuropynamics.network.sim;

/**
 * The weights of one plastic projection: the initial and final weight of every synapse and, when the projection
 * records weights, every synapse's weight every {@code interval} ms (sampled at the start of a step, like state
 * monitors, and once after the last step).
 *
 * @param projection the projection's name
 * @param source the source group's name
 * @param target the target population's name
 * @param rule "additive" or "multiplicative"
 * @param wMax the upper weight bound
 * @param sources source neuron of each synapse
 * @param targets target neuron of each synapse
 * @param initial the weight of each synapse before the run
 * @param finalWeights the weight of each synapse after the run
 * @param times sample times in ms (empty when the projection does not record weights)
 * @param samples {@code samples[k][s]}: weight of synapse s at {@code times[k]}
 */
public record WeightRecording(String projection, String source, String target, String rule, double wMax,
        int[] sources, int[] targets, double[] initial, double[] finalWeights, double[] times, double[][] samples) {

    /** Mean of the final weights (NaN without synapses). */
    public double meanFinal() {
        return mean(finalWeights);
    }

    /** Mean weight of each sample. */
    public double[] meanOverTime() {
        double[] m = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            m[k] = mean(samples[k]);
        }
        return m;
    }

    /** Number of final weights within 1e-9 wMax of 0 and of wMax. */
    public int[] atBounds() {
        int lo = 0;
        int hi = 0;
        double eps = 1e-9 * wMax;
        for (double w : finalWeights) {
            if (w <= eps) {
                lo++;
            } else if (w >= wMax - eps) {
                hi++;
            }
        }
        return new int[] {lo, hi};
    }

    private static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
