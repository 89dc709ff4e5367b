package org.neuropynamics.plot;

import java.util.Objects;

/**
 * One data series of a {@link Plot}: full-resolution data, how to draw it and on which y-axis.
 *
 * @param id stable identifier (chart series id, CSV column)
 * @param label legend text, with the unit where it helps ("V (mV)"); empty to leave it out of the legend
 * @param x x values (shared arrays are fine; treat as read-only)
 * @param y y values, as many as x
 * @param style how it is drawn
 * @param rgb colour as 0xRRGGBB
 * @param secondaryAxis true to draw against the plot's secondary (right) y-axis
 */
public record Series(String id, String label, double[] x, double[] y, SeriesStyle style, int rgb,
        boolean secondaryAxis) {

    /** Validates that x and y have the same length. */
    public Series {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label;
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + id + ": " + x.length + " x values but " + y.length
                    + " y values");
        }
    }

    /** A solid line on the primary axis. */
    public static Series line(String id, String label, double[] x, double[] y, int rgb) {
        return new Series(id, label, x, y, SeriesStyle.LINE, rgb, false);
    }

    /** This series drawn against the secondary (right) axis. */
    public Series onSecondaryAxis() {
        return new Series(id, label, x, y, style, rgb, true);
    }

    /** This series with another style. */
    public Series withStyle(SeriesStyle newStyle) {
        return new Series(id, label, x, y, newStyle, rgb, secondaryAxis);
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }
}
