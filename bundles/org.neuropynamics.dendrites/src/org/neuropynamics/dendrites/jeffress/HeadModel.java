package org.neuropynamics.dendrites.jeffress;

/**
 * The simplest head model: two ears a distance d apart in free field, a distant source at azimuth theta
 * (0 straight ahead, positive to the right). The far ear hears the sound (d / c) sin(theta) later
 * (the free-field model without the detour around the head, as in Brian2's {@code examples/synapses/jeffress.py}, whose
 * "big head" has d = 20 cm and c = 300 m/s, a largest delay of 0.667 ms).
 *
 * @param interauralDistance distance between the ears in m
 * @param soundSpeed speed of sound in m/s
 */
public record HeadModel(double interauralDistance, double soundSpeed) {

    /** The "big head" of Brian2's {@code examples/synapses/jeffress.py}: 20 cm, 300 m/s. */
    public static final HeadModel BRIAN2_DEMO = new HeadModel(0.20, 300);
    /** A human head: ears about 18 cm apart, sound at 343 m/s (largest delay about 0.52 ms). */
    public static final HeadModel HUMAN = new HeadModel(0.18, 343);

    /** Requires a positive distance and speed. */
    public HeadModel {
        if (!(interauralDistance > 0) || !(soundSpeed > 0)) {
            throw new IllegalArgumentException("head model needs a positive ear distance and sound speed, got "
                    + interauralDistance + " m and " + soundSpeed + " m/s");
        }
    }

    /** The largest interaural time difference d / c, in ms. */
    public double maxItdMs() {
        return 1000 * interauralDistance / soundSpeed;
    }

    /**
     * The interaural time difference t_right - t_left in ms of a source at this azimuth: negative for a
     * source on the right (the right ear hears it first).
     *
     * @param azimuthDegrees 0 ahead, +90 right, -90 left
     */
    public double itdMs(double azimuthDegrees) {
        return -maxItdMs() * Math.sin(Math.toRadians(azimuthDegrees));
    }

    /** The azimuth in degrees (in [-90, 90]) of a source giving this ITD (t_right - t_left, ms). */
    public double azimuthDegrees(double itdMs) {
        double s = Math.max(-1, Math.min(1, -itdMs / maxItdMs()));
        return Math.toDegrees(Math.asin(s));
    }

    /**
     * Arrival times {left, right} in ms of a sound starting at {@code onsetMs} at the nearer ear.
     *
     * @param onsetMs arrival at the nearer ear
     * @param azimuthDegrees source direction
     */
    public double[] arrivalTimes(double onsetMs, double azimuthDegrees) {
        double itd = itdMs(azimuthDegrees);
        return new double[] { onsetMs + Math.max(0, -itd), onsetMs + Math.max(0, itd) };
    }
}
