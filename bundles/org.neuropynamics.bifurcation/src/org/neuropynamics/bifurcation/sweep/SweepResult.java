package org.neuropynamics.bifurcation.sweep;

/**
 * The points of a spike-triggered bifurcation diagram.
 *
 * @param parameter the swept values, in order
 * @param spikeValues {@code spikeValues[i]}: the observed variable at each spike recorded at {@code parameter[i]}
 */
public record SweepResult(double[] parameter, double[][] spikeValues) {

    /** All points as (parameter, value) pairs, in parameter order. */
    public double[][] points() {
        int count = 0;
        for (double[] v : spikeValues) {
            count += v.length;
        }
        double[][] pts = new double[count][];
        int k = 0;
        for (int i = 0; i < parameter.length; i++) {
            for (double v : spikeValues[i]) {
                pts[k++] = new double[] {parameter[i], v};
            }
        }
        return pts;
    }
}
