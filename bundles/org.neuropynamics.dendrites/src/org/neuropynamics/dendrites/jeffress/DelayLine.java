package org.neuropynamics.dendrites.jeffress;

/**
 * Jeffress's (1948) pair of opposed delay lines onto N coincidence detectors, numbered 1..N: the left input
 * reaches detector k after k delta, the right input after (N + 1 - k) delta. The lines are symmetric, so
 * simultaneous inputs meet in the middle, (N + 1) / 2. (The course notebook used right delays 2..N+1 times
 * delta, which shifts the place code by half a detector; see COURSE.md, "mistakes".)
 * <p>
 * A detector k receives the two inputs at t_left + k delta and t_right + (N + 1 - k) delta; they coincide at
 * k* = (N + 1) / 2 + (t_right - t_left) / (2 delta), where the later of the two arrivals is earliest.
 *
 * @param size number of detectors N (at least 1)
 * @param delta delay step in ms (positive)
 */
public record DelayLine(int size, double delta) {

    /** Validates N and delta. */
    public DelayLine {
        if (size < 1) {
            throw new IllegalArgumentException("the delay line needs at least one detector, got N = " + size);
        }
        if (!(delta > 0) || Double.isInfinite(delta)) {
            throw new IllegalArgumentException("delay step delta must be positive, got " + delta + " ms");
        }
    }

    /** Delay in ms from the left input to detector k (1-based). */
    public double leftDelay(int k) {
        check(k);
        return k * delta;
    }

    /** Delay in ms from the right input to detector k (1-based). */
    public double rightDelay(int k) {
        check(k);
        return (size + 1 - k) * delta;
    }

    /** The analytic coincident detector k* = (N + 1) / 2 + (t_right - t_left) / (2 delta), not rounded. */
    public double coincidentDetector(double tLeft, double tRight) {
        return (size + 1) / 2.0 + (tRight - tLeft) / (2 * delta);
    }

    /** The ITD t_right - t_left (ms) that the detector k is tuned to: 2 delta (k - (N + 1) / 2). */
    public double bestItd(int k) {
        check(k);
        return 2 * delta * (k - (size + 1) / 2.0);
    }

    private void check(int k) {
        if (k < 1 || k > size) {
            throw new IllegalArgumentException("detector " + k + " is outside 1.." + size);
        }
    }
}
