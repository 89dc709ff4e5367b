package org.neuropynamics.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * One panel of a figure: axes titles, optional fixed ranges and its series. Immutable; ranges left null are
 * fitted to the data.
 *
 * @param title panel title (may be empty)
 * @param xTitle x-axis title with unit, e.g. "t (ms)"
 * @param yTitle primary y-axis title with unit
 * @param secondaryYTitle secondary (right) y-axis title, or null when no series uses it
 * @param series the series, drawn in order (later on top)
 * @param xRange fixed x range or null
 * @param yRange fixed primary y range or null
 * @param secondaryYRange fixed secondary y range or null
 */
public record Plot(String title, String xTitle, String yTitle, String secondaryYTitle, List<Series> series,
        Range xRange, Range yRange, Range secondaryYRange) {

    /** Copies the series list. */
    public Plot {
        title = title == null ? "" : title;
        series = List.copyOf(series);
    }

    /** A plot with fitted ranges. */
    public static Plot of(String title, String xTitle, String yTitle, List<Series> series) {
        return new Plot(title, xTitle, yTitle, null, series, null, null, null);
    }

    /** True when any series is drawn against the secondary axis. */
    public boolean hasSecondaryAxis() {
        return series.stream().anyMatch(Series::secondaryAxis);
    }

    /** The x range: fixed, or fitted to all series. */
    public Range effectiveXRange() {
        if (xRange != null) {
            return xRange;
        }
        Range r = null;
        for (Series s : series) {
            r = Range.union(r, Range.of(s.x()));
        }
        return r == null ? new Range(0, 1) : r.span() > 0 ? r : r.padded(0);
    }

    /** The primary (or secondary) y range: fixed, or fitted to its series with 5 % padding. */
    public Range effectiveYRange(boolean secondary) {
        Range fixed = secondary ? secondaryYRange : yRange;
        if (fixed != null) {
            return fixed;
        }
        Range r = null;
        for (Series s : series) {
            if (s.secondaryAxis() == secondary) {
                r = Range.union(r, Range.of(s.y()));
            }
        }
        return r == null ? new Range(0, 1) : r.padded(0.05);
    }

    /** This plot with a fixed x range. */
    public Plot withXRange(Range r) {
        return new Plot(title, xTitle, yTitle, secondaryYTitle, series, r, yRange, secondaryYRange);
    }

    /** This plot with fixed y ranges (either may be null to fit). */
    public Plot withYRanges(Range primary, Range secondary) {
        return new Plot(title, xTitle, yTitle, secondaryYTitle, series, xRange, primary, secondary);
    }

    /** This plot with one more series on top. */
    public Plot plus(Series s) {
        List<Series> list = new ArrayList<>(series);
        list.add(s);
        return new Plot(title, xTitle, yTitle, secondaryYTitle, list, xRange, yRange, secondaryYRange);
    }
}
