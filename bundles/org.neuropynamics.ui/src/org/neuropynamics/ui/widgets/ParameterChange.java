package org.neuropynamics.ui.widgets;

/**
 * A change made in a {@link ParameterPanel}.
 *
 * @param name the parameter changed, or null when several changed at once (preset, reset)
 * @param values all parameter values after the change (a copy)
 * @param source what caused it
 */
public record ParameterChange(String name, double[] values, Source source) {

    /** What caused a change. */
    public enum Source {
        /** A slider moved (also while it is being dragged). */
        SLIDER,
        /** A value typed into a field and accepted. */
        TEXT,
        /** A preset button. */
        PRESET,
        /** The Reset button. */
        RESET,
        /** A program (command, test) called {@link ParameterPanel#setValue}. */
        PROGRAM
    }
}
