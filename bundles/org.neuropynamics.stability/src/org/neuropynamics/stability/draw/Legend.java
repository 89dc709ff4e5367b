package org.neuropynamics.stability.draw;

import java.util.List;

import org.neuropynamics.core.analysis.Classification;

/** A framed legend in the upper right corner of a plot. */
public final class Legend {

    /**
     * One row: a line sample or an equilibrium marker, and its text.
     *
     * @param text the label
     * @param color line colour (null for markers)
     * @param dashed dashed line sample
     * @param type marker type (null for lines)
     */
    public record Entry(String text, int[] color, boolean dashed, Classification type) {
        /** A line sample. */
        public static Entry line(String text, int[] color, boolean dashed) {
            return new Entry(text, color, dashed, null);
        }

        /** An equilibrium marker. */
        public static Entry marker(String text, Classification type) {
            return new Entry(text, null, false, type);
        }
    }

    private Legend() {
    }

    /** Draws the entries at the top right of the frame's plot area. */
    public static void draw(Drawing d, PlotFrame frame, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        double textWidth = 0;
        for (Entry e : entries) {
            textWidth = Math.max(textWidth, d.textWidth(e.text(), 9));
        }
        double row = 17;
        double w = textWidth + 44;
        double h = row * entries.size() + 8;
        double[] a = frame.area();
        double x = a[0] + a[2] - w - 8;
        double y = a[1] + 8;
        d.color(255, 255, 255);
        d.rectangle(x, y, w, h, true);
        d.color(120, 120, 120);
        d.stroke(1, false);
        d.rectangle(x, y, w, h, false);
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k);
            double cy = y + 4 + row * k + row / 2;
            if (e.type() == null) {
                d.color(e.color()[0], e.color()[1], e.color()[2]);
                d.stroke(2.2, e.dashed());
                d.line(x + 6, cy, x + 30, cy);
            } else {
                PlanePainter.marker(d, x + 18, cy, e.type(), false);
            }
            d.color(0, 0, 0);
            d.text(e.text(), x + 36, cy, Drawing.Align.LEFT, 9, false);
        }
    }
}
