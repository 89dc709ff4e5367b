package org.neuropynamics.core.integrate;

import java.util.Locale;

/**
 * An input current as a function of time, driving the model's current parameter
 * ({@code Model.currentParameterIndex()}) at every stage time of a run. Times in ms, amplitudes in the
 * unit of the model's current parameter. Evaluation never allocates.
 */
public sealed interface CurrentProtocol
        permits CurrentProtocol.Constant, CurrentProtocol.Step, CurrentProtocol.Ramp, CurrentProtocol.PulseTrain {

    /** The current at time {@code t}. */
    double at(double t);

    /**
     * The first time strictly after {@code t} where the current jumps or kinks, or +infinity. Adaptive
     * integrators end a step there instead of stepping across it.
     */
    double nextDiscontinuity(double t);

    /** Text accepted by {@link #parse(String)} that rebuilds this protocol. */
    String describe();

    /** I = amplitude for all t. */
    static CurrentProtocol constant(double amplitude) {
        return new Constant(amplitude);
    }

    /** I = amplitude for start &lt;= t &lt; end, else 0. */
    static CurrentProtocol step(double start, double end, double amplitude) {
        return new Step(start, end, amplitude);
    }

    /** I rises linearly from a0 at start to a1 at end; 0 outside [start, end). */
    static CurrentProtocol ramp(double start, double end, double a0, double a1) {
        return new Ramp(start, end, a0, a1);
    }

    /** {@code count} rectangular pulses of {@code width} ms every {@code period} ms from {@code start}. */
    static CurrentProtocol pulseTrain(double start, double width, double period, double amplitude, int count) {
        return new PulseTrain(start, width, period, amplitude, count);
    }

    /**
     * The course's single-neuron protocol: 0 for 100 ms, {@code amplitude} for 500 ms, 0 for 100 ms
     * (total 700 ms, see {@link #COURSE_TOTAL_MS}).
     */
    static CurrentProtocol courseStep(double amplitude) {
        return new Step(100, 600, amplitude);
    }

    /** Duration of the run that {@link #courseStep(double)} is meant for, in ms. */
    double COURSE_TOTAL_MS = 700;

    /**
     * Parses {@code const:A}, {@code step:T0:T1:A}, {@code ramp:T0:T1:A0:A1},
     * {@code pulses:START:WIDTH:PERIOD:A:COUNT} and {@code course:A} (the CLI's {@code --current}), the amplitude
     * always given.
     *
     * @throws IllegalArgumentException with a one-line message on bad input
     */
    static CurrentProtocol parse(String text) {
        return parse(text, Double.NaN);
    }

    /**
     * The command line's one {@code --current} grammar ({@code simulate} and {@code render single-neuron}): the
     * forms of {@link #parse(String)} and, when {@code amplitude} is a number (the model's input current), the same
     * shapes with the amplitude left out, which then is {@code amplitude}: {@code const}, {@code step:T0:T1},
     * {@code ramp:T0:T1} (from 0 up to it) and {@code pulses:START:END:WIDTH:PERIOD} (pulses from START while
     * they end by END).
     *
     * @throws IllegalArgumentException with a one-line message on bad input
     */
    static CurrentProtocol parse(String text, double amplitude) {
        String[] f = text.trim().split(":");
        String kind = f[0].toLowerCase(Locale.ROOT);
        boolean implied = !Double.isNaN(amplitude);
        try {
            return switch (kind) {
                case "const", "constant" -> {
                    if (implied && f.length == 1) {
                        yield constant(amplitude);
                    }
                    expect(text, f, 2);
                    yield constant(num(f[1]));
                }
                case "step" -> {
                    if (implied && f.length == 3) {
                        yield step(num(f[1]), num(f[2]), amplitude);
                    }
                    expect(text, f, 4);
                    yield step(num(f[1]), num(f[2]), num(f[3]));
                }
                case "ramp" -> {
                    if (implied && f.length == 3) {
                        yield ramp(num(f[1]), num(f[2]), 0, amplitude);
                    }
                    expect(text, f, 5);
                    yield ramp(num(f[1]), num(f[2]), num(f[3]), num(f[4]));
                }
                case "pulses" -> {
                    if (implied && f.length == 5) {
                        double start = num(f[1]);
                        double end = num(f[2]);
                        double width = num(f[3]);
                        double period = num(f[4]);
                        if (!(end > start) || !(width > 0) || !(period >= width)) {
                            throw new IllegalArgumentException("pulses:START:END:WIDTH:PERIOD needs START < END and"
                                    + " 0 < WIDTH <= PERIOD, got '" + text + "'");
                        }
                        yield pulseTrain(start, width, period, amplitude,
                                (int) Math.floor((end - start - width) / period + 1e-9) + 1);
                    }
                    expect(text, f, 6);
                    yield pulseTrain(num(f[1]), num(f[2]), num(f[3]), num(f[4]), Integer.parseInt(f[5].trim()));
                }
                case "course" -> { expect(text, f, 2); yield courseStep(num(f[1])); }
                default -> throw new IllegalArgumentException("unknown current protocol '" + text
                        + "' (expected const:A, step:T0:T1:A, ramp:T0:T1:A0:A1, pulses:START:WIDTH:PERIOD:A:N"
                        + " or course:A" + (implied ? "; without A: const, step:T0:T1, ramp:T0:T1,"
                                + " pulses:START:END:WIDTH:PERIOD" : "") + ")");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number in current protocol '" + text + "'", e);
        }
    }

    private static void expect(String text, String[] fields, int n) {
        if (fields.length != n) {
            throw new IllegalArgumentException("current protocol '" + text + "' needs " + (n - 1) + " value(s)");
        }
    }

    private static double num(String s) {
        return Double.parseDouble(s.trim());
    }

    /** I = amplitude. */
    record Constant(double amplitude) implements CurrentProtocol {
        @Override
        public double at(double t) {
            return amplitude;
        }

        @Override
        public double nextDiscontinuity(double t) {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String describe() {
            return "const:" + amplitude;
        }
    }

    /** I = amplitude for start &lt;= t &lt; end, else 0. */
    record Step(double start, double end, double amplitude) implements CurrentProtocol {
        /** Validates start &lt;= end. */
        public Step {
            if (!(start <= end)) {
                throw new IllegalArgumentException("step protocol: start " + start + " after end " + end);
            }
        }

        @Override
        public double at(double t) {
            return t >= start && t < end ? amplitude : 0;
        }

        @Override
        public double nextDiscontinuity(double t) {
            return t < start ? start : t < end ? end : Double.POSITIVE_INFINITY;
        }

        @Override
        public String describe() {
            return "step:" + start + ":" + end + ":" + amplitude;
        }
    }

    /** Linear ramp from a0 at start to a1 at end; 0 outside [start, end). */
    record Ramp(double start, double end, double a0, double a1) implements CurrentProtocol {
        /** Validates start &lt; end. */
        public Ramp {
            if (!(start < end)) {
                throw new IllegalArgumentException("ramp protocol: start " + start + " not before end " + end);
            }
        }

        @Override
        public double at(double t) {
            return t >= start && t < end ? a0 + (a1 - a0) * (t - start) / (end - start) : 0;
        }

        @Override
        public double nextDiscontinuity(double t) {
            return t < start ? start : t < end ? end : Double.POSITIVE_INFINITY;
        }

        @Override
        public String describe() {
            return "ramp:" + start + ":" + end + ":" + a0 + ":" + a1;
        }
    }

    /** Pulse k (0 &lt;= k &lt; count) is on for start + k period &lt;= t &lt; start + k period + width. */
    record PulseTrain(double start, double width, double period, double amplitude, int count)
            implements CurrentProtocol {
        /** Validates 0 &lt; width &lt;= period and count &gt;= 0. */
        public PulseTrain {
            if (!(width > 0) || !(period >= width) || count < 0) {
                throw new IllegalArgumentException("pulse train needs 0 < width <= period and count >= 0");
            }
        }

        @Override
        public double at(double t) {
            if (t < start) {
                return 0;
            }
            double k = Math.floor((t - start) / period);
            return k < count && t - start - k * period < width ? amplitude : 0;
        }

        @Override
        public double nextDiscontinuity(double t) {
            if (t < start) {
                return count > 0 ? start : Double.POSITIVE_INFINITY;
            }
            double k = Math.floor((t - start) / period);
            if (k >= count) {
                return Double.POSITIVE_INFINITY;
            }
            double on = start + k * period;
            if (t < on + width) {
                return on + width;
            }
            return k + 1 < count ? on + period : Double.POSITIVE_INFINITY;
        }

        @Override
        public String describe() {
            return "pulses:" + start + ":" + width + ":" + period + ":" + amplitude + ":" + count;
        }
    }
}
