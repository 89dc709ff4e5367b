package org.neuropynamics.plot.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The one label placer of the figures: tries a ring of candidate boxes around a point and keeps the first that
 * lies inside the plot and overlaps no box taken before (other labels, the legend).
 */
public final class LabelPlacer {

    private final double[] area;
    private final List<double[]> taken = new ArrayList<>();

    /** Places labels inside {@code area} {x, y, w, h}. */
    public LabelPlacer(double[] area) {
        this.area = area;
    }

    /** Marks a box {x, y, w, h} as taken. */
    public void take(double[] box) {
        if (box != null) {
            taken.add(box);
        }
    }

    /** A box {x, y, w, h} for a label of size tw x th near (px, py), and takes it. */
    public double[] place(double px, double py, double tw, double th) {
        double[][] offsets = {{8, -22}, {8, 8}, {-tw - 8, -22}, {-tw - 8, 8}, {8, -40}, {8, 26}, {-tw - 8, -40},
            {-tw - 8, 26}, {8, -58}, {8, 44}};
        double[] fallback = null;
        for (double[] o : offsets) {
            double[] box = {px + o[0], py + o[1], tw, th};
            if (!inside(box)) {
                continue;
            }
            if (fallback == null) {
                fallback = box;
            }
            if (taken.stream().noneMatch(t -> overlap(t, box))) {
                taken.add(box);
                return box;
            }
        }
        double[] box = fallback != null ? fallback : new double[] {px + 8, py - 22, tw, th};
        taken.add(box);
        return box;
    }

    /** True when the box lies inside the area. */
    public boolean inside(double[] box) {
        return box[0] >= area[0] && box[0] + box[2] <= area[0] + area[2] && box[1] >= area[1]
                && box[1] + box[3] <= area[1] + area[3];
    }

    /** True when the box overlaps no box taken. */
    public boolean free(double[] box) {
        return taken.stream().noneMatch(t -> overlap(t, box));
    }

    /**
     * {@code text} broken at spaces into lines no wider than {@code maxWidth} as {@code d} draws them at
     * {@code size} (a word wider than that stays whole on its line), for notes and titles that must stay inside
     * their plot (issue 18).
     */
    public static List<String> wrap(Canvas d, String text, double size, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && d.textWidth(tried, size) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** True when two boxes {x, y, w, h} overlap. */
    public static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }
}
