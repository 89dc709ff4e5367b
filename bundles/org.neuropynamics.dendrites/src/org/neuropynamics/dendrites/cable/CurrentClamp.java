package org.neuropynamics.dendrites.cable;

/**
 * A rectangular current injection (NEURON's {@code IClamp}): {@code amplitude} nA into a compartment from
 * {@code delay} for {@code duration} ms.
 *
 * @param compartment target compartment
 * @param delay start, ms
 * @param duration length, ms (infinite for a constant current)
 * @param amplitude current, nA (positive depolarises)
 */
public record CurrentClamp(int compartment, double delay, double duration, double amplitude) {

    /** Validates. */
    public CurrentClamp {
        if (compartment < 0 || !(duration >= 0) || !Double.isFinite(delay) || !Double.isFinite(amplitude)) {
            throw new IllegalArgumentException("current clamp needs a compartment >= 0, a finite delay and amplitude "
                    + "and a duration >= 0");
        }
    }

    /** A constant current from t = 0 on. */
    public static CurrentClamp constant(int compartment, double amplitude) {
        return new CurrentClamp(compartment, 0, Double.POSITIVE_INFINITY, amplitude);
    }

    /** The current at t (on at delay, off at delay + duration). */
    public double at(double t) {
        return t >= delay && t < delay + duration ? amplitude : 0;
    }
}
