package org.neuropynamics.singleneuron;

import java.util.Locale;

import org.neuropynamics.core.integrate.CurrentProtocol;

/**
 * The shape of the input current of a single-neuron experiment; its amplitude is the model's current parameter
 * ({@code I}), so the I slider scales whatever shape is chosen.
 *
 * @param kind constant, step, ramp (0 to I) or pulse train
 * @param start onset in ms (step, ramp, pulses)
 * @param end offset in ms (step, ramp; pulses end before it)
 * @param width pulse width in ms
 * @param period pulse period in ms
 */
public record Stimulus(Kind kind, double start, double end, double width, double period) {

    /** The protocol shapes of the view's protocol editor. */
    public enum Kind {
        CONSTANT("Constant"), STEP("Step"), RAMP("Ramp"), PULSES("Pulse train");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Text shown in the protocol editor. */
        public String label() {
            return label;
        }
    }

    /**
     * Validates the timing.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public Stimulus {
        if (!Double.isFinite(start) || !Double.isFinite(end) || start < 0) {
            throw new IllegalArgumentException("stimulus onset must be a number >= 0 ms");
        }
        if (kind != Kind.CONSTANT && !(end > start)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "stimulus offset (%s ms) must be after its onset (%s ms)", end, start));
        }
        if (kind == Kind.PULSES && !(width > 0 && period >= width)) {
            throw new IllegalArgumentException("pulse train needs a width > 0 ms and a period >= the width");
        }
    }

    /** The course's 100/500/100 ms step (HH-type models: 10/100/10 ms). */
    public static Stimulus courseStep(boolean hodgkinHuxleyType) {
        return hodgkinHuxleyType ? new Stimulus(Kind.STEP, 10, 110, 1, 10) : new Stimulus(Kind.STEP, 100, 600, 2, 20);
    }

    /** This stimulus with another kind and the same timing. */
    public Stimulus withKind(Kind newKind) {
        return new Stimulus(newKind, start, end, width, period);
    }

    /** The protocol with peak amplitude {@code amplitude}. */
    public CurrentProtocol protocol(double amplitude) {
        return switch (kind) {
            case CONSTANT -> CurrentProtocol.constant(amplitude);
            case STEP -> CurrentProtocol.step(start, end, amplitude);
            case RAMP -> CurrentProtocol.ramp(start, end, 0, amplitude);
            case PULSES -> CurrentProtocol.pulseTrain(start, width, period, amplitude,
                    (int) Math.floor((end - start - width) / period + 1e-9) + 1);
        };
    }
}
