package org.neuropynamics.dendrites.jeffress;

import java.util.Objects;

/**
 * One experiment on the delay line: when each ear's input spike arrives, the line, the detectors and how long
 * to simulate.
 *
 * @param leftTime arrival of the left input at the start of its delay line, ms (not negative)
 * @param rightTime arrival of the right input, ms (not negative)
 * @param line the delay line (N, delta)
 * @param detector the detector model and its input weight
 * @param tEnd end of the simulation, ms; NaN for {@link #DEFAULT_TAIL} after the last arrival
 */
public record JeffressConfig(double leftTime, double rightTime, DelayLine line, DetectorSettings detector,
        double tEnd) {

    /** Time simulated after the last input arrives at a detector when tEnd is not given, ms. */
    public static final double DEFAULT_TAIL = 10;

    /** Validates the times. */
    public JeffressConfig {
        Objects.requireNonNull(line, "delay line");
        Objects.requireNonNull(detector, "detector settings");
        if (!(leftTime >= 0) || !(rightTime >= 0) || Double.isInfinite(leftTime) || Double.isInfinite(rightTime)) {
            throw new IllegalArgumentException("input times must be finite and not negative, got left " + leftTime
                    + " ms, right " + rightTime + " ms");
        }
        if (!Double.isNaN(tEnd) && !(tEnd > 0 && Double.isFinite(tEnd))) {
            throw new IllegalArgumentException("end time must be positive, got " + tEnd + " ms");
        }
    }

    /** The course's experiment with symmetric delays: N and delta given, default detector settings. */
    public static JeffressConfig of(double leftTime, double rightTime, int n, double delta, String modelId) {
        return new JeffressConfig(leftTime, rightTime, new DelayLine(n, delta), DetectorSettings.defaults(modelId),
                Double.NaN);
    }

    /** The interaural time difference t_right - t_left, ms. */
    public double itd() {
        return rightTime - leftTime;
    }

    /** The analytic coincident detector k* (not rounded). */
    public double coincidentDetector() {
        return line.coincidentDetector(leftTime, rightTime);
    }

    /** The end of the run: tEnd, or the last arrival at any detector plus {@link #DEFAULT_TAIL}. */
    public double endTime() {
        if (!Double.isNaN(tEnd)) {
            return tEnd;
        }
        double lastArrival = Math.max(leftTime, rightTime) + line.size() * line.delta();
        return lastArrival + DEFAULT_TAIL;
    }

    /** A copy with other input times. */
    public JeffressConfig withTimes(double left, double right) {
        return new JeffressConfig(left, right, line, detector, tEnd);
    }
}
