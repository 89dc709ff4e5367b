package org.neuropynamics.network.sim;

/** Counts the spikes of a group per bin and turns the counts into a rate per neuron (Hz). */
final class RateRecorder {

    private final SpikingGroup group;
    private final double binMs;
    private final int stepsPerBin;
    private final long[] counts;

    RateRecorder(SpikingGroup group, double binMs, double dt, int steps) {
        this.group = group;
        this.stepsPerBin = Math.max(1, (int) Math.round(binMs / dt));
        this.binMs = stepsPerBin * dt;
        this.counts = new long[(steps + stepsPerBin - 1) / stepsPerBin];
    }

    void count(int step) {
        counts[step / stepsPerBin] += group.firedCount;
    }

    RateRecording result() {
        double[] starts = new double[counts.length];
        double[] rates = new double[counts.length];
        for (int b = 0; b < counts.length; b++) {
            starts[b] = b * binMs;
            rates[b] = group.size == 0 ? 0 : counts[b] / (group.size * binMs / 1000.0);
        }
        return new RateRecording(group.name, binMs, starts, rates);
    }
}
