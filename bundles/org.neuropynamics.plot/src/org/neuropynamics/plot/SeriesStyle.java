package org.neuropynamics.plot;

/** How a series is drawn. */
public enum SeriesStyle {
    /** Solid line through the points. */
    LINE,
    /** Dashed line (thresholds, cut-offs). */
    DASHED,
    /** Dotted line. */
    DOTTED,
    /** A marker at each point and no line (spikes, f-I points). */
    MARKERS,
    /** Solid line with a marker at each point (f-I curves). */
    LINE_AND_MARKERS
}
