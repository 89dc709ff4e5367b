package org.neuropynamics.dendrites.jeffress;

/**
 * What one coincidence detector did: its spikes and its membrane potential. At an input the potential is
 * discontinuous; {@link #times()} then holds the input time twice, before and after the jump (three times
 * when the jump crosses threshold and the model resets: the value reached, then the reset value).
 *
 * @param index detector number, 1-based
 * @param leftArrival time the left input reached it, ms
 * @param rightArrival time the right input reached it, ms
 * @param spikeTimes spike times in ms, ascending
 * @param times sample times in ms, non-decreasing
 * @param potential membrane potential (variable 0) at {@code times}, mV
 */
public record DetectorResponse(int index, double leftArrival, double rightArrival, double[] spikeTimes,
        double[] times, double[] potential) {

    /** True when the detector fired at least once. */
    public boolean fired() {
        return spikeTimes.length > 0;
    }

    /** The first spike time, or +infinity when it did not fire. */
    public double firstSpike() {
        return spikeTimes.length > 0 ? spikeTimes[0] : Double.POSITIVE_INFINITY;
    }

    /** The largest membrane potential reached, mV. */
    public double peakPotential() {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : potential) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** The later of the two arrivals: the earliest time both inputs have been received. */
    public double lastArrival() {
        return Math.max(leftArrival, rightArrival);
    }

    /**
     * The potential at time t, linearly interpolated between samples (after the jump at an input time);
     * the first or last sample outside the recorded range.
     */
    public double potentialAt(double t) {
        int n = times.length;
        if (t <= times[0]) {
            return potential[0];
        }
        if (t >= times[n - 1]) {
            return potential[n - 1];
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) { // invariant: times[lo] <= t < times[hi]
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double span = times[hi] - times[lo];
        return span <= 0 ? potential[hi] : potential[lo] + (potential[hi] - potential[lo]) * (t - times[lo]) / span;
    }
}
