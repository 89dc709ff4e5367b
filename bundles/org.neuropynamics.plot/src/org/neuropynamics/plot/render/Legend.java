package org.neuropynamics.plot.render;

import java.util.List;

import org.neuropynamics.plot.render.Canvas.Align;

/**
 * The one legend of the figures: a framed box of rows (a sample and its text), placed by the painter in the
 * corner of the plot that hides the least, or laid out as a row above a panel.
 */
public final class Legend {

    /** Size of legend texts (points). */
    public static final double FONT = 9;
    private static final double ROW = 15;
    private static final double SAMPLE = 24;

    /** Draws the sample of an entry in the 24 px wide slot starting at x, centred on y. */
    @FunctionalInterface
    public interface Sample {
        void draw(Canvas c, double x, double y);
    }

    /**
     * One row of a legend.
     *
     * @param text the label
     * @param sample how its sample is drawn
     */
    public record Entry(String text, Sample sample) {

        /** A line sample of the given colour, width and dash. */
        public static Entry line(String text, int rgb, double width, boolean dashed) {
            return new Entry(text, (c, x, y) -> {
                c.color(rgb);
                c.stroke(Math.max(1.5, width), dashed);
                c.line(x, y, x + SAMPLE, y);
                c.stroke(1, false);
            });
        }

        /** A dot sample. */
        public static Entry dot(String text, int rgb) {
            return new Entry(text, (c, x, y) -> {
                c.color(rgb);
                c.rectangle(x + SAMPLE / 2 - 2, y - 2, 4, 4, true);
            });
        }

        /** A marker sample (spike triangle). */
        public static Entry marker(String text, int rgb) {
            return new Entry(text, (c, x, y) -> {
                c.color(rgb);
                Markers.triangle(c, x + SAMPLE / 2, y, 8);
            });
        }
    }

    private Legend() {
    }

    /** The box size {w, h} the entries need. */
    public static double[] size(Canvas d, List<Entry> entries) {
        double w = 0;
        for (Entry e : entries) {
            w = Math.max(w, d.textWidth(e.text(), FONT) + SAMPLE + 22);
        }
        return new double[] {w, ROW * entries.size() + 6};
    }

    /** The box {x, y, w, h} at the top right of a plot area. */
    public static double[] topRight(Canvas d, double[] area, List<Entry> entries) {
        double[] s = size(d, entries);
        return new double[] {area[0] + area[2] - s[0] - 8, area[1] + 8, s[0], s[1]};
    }

    /** Draws the entries in a framed white box. */
    public static void draw(Canvas d, double[] box, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        d.color(0xFFFFFF);
        d.rectangle(box[0], box[1], box[2], box[3], true);
        d.color(0xB4B4B4);
        d.stroke(1, false);
        d.rectangle(box[0], box[1], box[2], box[3], false);
        double y = box[1] + 3 + ROW / 2;
        for (Entry e : entries) {
            e.sample().draw(d, box[0] + 6, y);
            d.color(0x1E1E1E);
            d.text(e.text(), box[0] + 12 + SAMPLE, y, Align.LEFT, FONT, false);
            y += ROW;
        }
    }

    /**
     * Draws the entries in rows from (x, y) wrapping at {@code width}; returns the y below the last row (y itself
     * when there are no entries).
     */
    public static double row(Canvas d, double x, double y, double width, List<Entry> entries) {
        if (entries.isEmpty()) {
            return y;
        }
        double cx = x;
        double cy = y + ROW / 2;
        for (Entry e : entries) {
            double w = SAMPLE + 6 + d.textWidth(e.text(), FONT) + 16;
            if (cx + w > x + width && cx > x) {
                cx = x;
                cy += ROW;
            }
            e.sample().draw(d, cx, cy);
            d.color(0x1E1E1E);
            d.text(e.text(), cx + SAMPLE + 6, cy, Align.LEFT, FONT, false);
            cx += w;
        }
        return cy + ROW / 2;
    }
}
