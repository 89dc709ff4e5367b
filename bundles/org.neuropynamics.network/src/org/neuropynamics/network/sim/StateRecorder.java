package org.neuropynamics.network.sim;

/** Samples one variable of some neurons of a population every {@code every} steps into preallocated arrays. */
final class StateRecorder {

    private final NeuronGroup group;
    private final String variable;
    private final int index;
    private final int[] neurons;
    private final int every;
    private final double[] times;
    private final double[][] values;
    private int k;

    StateRecorder(NeuronGroup group, String variable, int index, int[] neurons, int every, int steps) {
        this.group = group;
        this.variable = variable;
        this.index = index;
        this.neurons = neurons;
        this.every = Math.max(1, every);
        int samples = (steps + this.every - 1) / this.every + 1;
        this.times = new double[samples];
        this.values = new double[neurons.length][samples];
    }

    /** Samples at the start of {@code step} (and once after the last step, with step = steps). */
    void sample(int step, double t) {
        if (step % every != 0 || k >= times.length) {
            return;
        }
        double[] v = group.vars[index];
        for (int n = 0; n < neurons.length; n++) {
            values[n][k] = v[neurons[n]];
        }
        times[k++] = t;
    }

    StateRecording result() {
        double[][] out = new double[neurons.length][];
        for (int n = 0; n < neurons.length; n++) {
            out[n] = java.util.Arrays.copyOf(values[n], k);
        }
        return new StateRecording(group.name, variable, neurons.clone(), java.util.Arrays.copyOf(times, k), out);
    }
}
