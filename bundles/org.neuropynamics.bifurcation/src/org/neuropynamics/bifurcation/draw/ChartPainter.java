package org.neuropynamics.bifurcation.draw;

import org.neuropynamics.stability.draw.Drawing;
import org.neuropynamics.stability.draw.PlotFrame;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.bifurcation.draw.Chart.Layer;
import org.neuropynamics.bifurcation.draw.Chart.Mark;

/**
 * Paints a {@link Chart}: white background, framed plot with ticks, layers clipped to the plot, labelled marks
 * placed so that their labels do not overlap, a legend in the corner that hides the least.
 */
public final class ChartPainter {

    private ChartPainter() {
    }

    /** Paints over {@code width} x {@code height} pixels and returns the data-to-pixel mapping used. */
    public static PlotFrame paint(Drawing d, int width, int height, Chart c) {
        d.color(255, 255, 255);
        d.rectangle(0, 0, width, height, true);
        PlotFrame f = new PlotFrame(width, height, !c.title().isEmpty(), c.xRange()[0], c.xRange()[1], c.yRange()[0],
                c.yRange()[1]);
        double[] area = f.area();
        d.clip(area);
        for (Layer layer : c.layers()) {
            layer(d, f, layer, area);
        }
        d.clip(null);
        double[] legend = legendBox(d, f, c, area);
        marks(d, f, c.marks(), area, legend);
        if (legend != null) {
            legend(d, c.layers(), legend);
        }
        f.drawAxes(d, c.xTitle(), c.yTitle(), c.title());
        return f;
    }

    private static void color(Drawing d, int rgb) {
        d.color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    private static void layer(Drawing d, PlotFrame f, Layer layer, double[] area) {
        color(d, layer.rgb());
        if (layer.style() == Chart.Style.DOTS) {
            dots(d, f, layer, area);
            return;
        }
        d.stroke(layer.width(), layer.style() == Chart.Style.DASHED);
        double[] xy = new double[2 * layer.x().length];
        int n = 0;
        for (int k = 0; k <= layer.x().length; k++) {
            boolean end = k == layer.x().length || !Double.isFinite(layer.x()[k]) || !Double.isFinite(layer.y()[k]);
            if (end) {
                d.polyline(xy, n);
                n = 0;
                continue;
            }
            xy[2 * n] = clamp(f.px(layer.x()[k]));
            xy[2 * n + 1] = clamp(f.py(layer.y()[k]));
            n++;
        }
        d.stroke(1, false);
    }

    /** One dot per occupied pixel cell: 10^5 points cost no more than the pixels they cover. */
    private static void dots(Drawing d, PlotFrame f, Layer layer, double[] area) {
        int w = (int) Math.ceil(area[2]) + 1;
        int h = (int) Math.ceil(area[3]) + 1;
        boolean[] seen = new boolean[w * h];
        double s = layer.width();
        for (int k = 0; k < layer.x().length; k++) {
            double px = f.px(layer.x()[k]);
            double py = f.py(layer.y()[k]);
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                continue; // an orbit that escaped to infinity
            }
            int i = (int) Math.floor(px - area[0]);
            int j = (int) Math.floor(py - area[1]);
            if (i < 0 || j < 0 || i >= w || j >= h || seen[j * w + i]) {
                continue;
            }
            seen[j * w + i] = true;
            d.rectangle(px - s / 2, py - s / 2, s, s, true);
        }
    }

    private static double clamp(double p) {
        return Math.max(-1e5, Math.min(1e5, p));
    }

    private static void marks(Drawing d, PlotFrame f, List<Mark> marks, double[] area, double[] legend) {
        List<double[]> taken = new ArrayList<>();
        if (legend != null) {
            taken.add(legend);
        }
        for (Mark m : marks) {
            double px = f.px(m.x());
            double py = f.py(m.y());
            if (!f.inside(px, py)) {
                continue;
            }
            color(d, m.rgb());
            d.stroke(1.5, false);
            d.circle(px, py, 4.5, m.filled());
            if (!m.filled()) {
                d.color(255, 255, 255);
                d.circle(px, py, 3, true);
                color(d, m.rgb());
                d.circle(px, py, 4.5, false);
            }
            if (m.label().isEmpty()) {
                continue;
            }
            double tw = d.textWidth(m.label(), 9);
            double[] box = place(px, py, tw, 14, taken, area);
            d.color(255, 255, 255);
            d.rectangle(box[0] - 1, box[1], box[2] + 2, box[3], true);
            color(d, m.rgb());
            d.stroke(0.8, false);
            d.line(px, py, box[0] + (box[0] > px ? 0 : box[2]), box[1] + box[3] / 2);
            d.text(m.label(), box[0], box[1] + box[3] / 2, Drawing.Align.LEFT, 9, false);
            taken.add(box);
        }
        d.stroke(1, false);
    }

    /** The first of a ring of candidate label boxes around (px, py) that overlaps no other label. */
    private static double[] place(double px, double py, double tw, double th, List<double[]> taken, double[] area) {
        double[][] offsets = {{8, -22}, {8, 8}, {-tw - 8, -22}, {-tw - 8, 8}, {8, -40}, {8, 26}, {-tw - 8, -40},
                {-tw - 8, 26}, {8, -58}, {8, 44}};
        double[] fallback = null;
        for (double[] o : offsets) {
            double[] box = {px + o[0], py + o[1], tw, th};
            boolean in = box[0] >= area[0] && box[0] + tw <= area[0] + area[2] && box[1] >= area[1]
                    && box[1] + th <= area[1] + area[3];
            if (!in) {
                continue;
            }
            if (fallback == null) {
                fallback = box;
            }
            if (taken.stream().noneMatch(t -> overlap(t, box))) {
                return box;
            }
        }
        return fallback != null ? fallback : new double[] {px + 8, py - 22, tw, th};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    /**
     * The legend's box {x, y, w, h} in the corner of the plot that hides the least: marks and their labels
     * weigh most, then the lines (sampled along each segment) and dots; null without legend entries.
     */
    private static double[] legendBox(Drawing d, PlotFrame f, Chart c, double[] area) {
        List<Layer> entries = c.layers().stream().filter(l -> !l.legend().isEmpty()).toList();
        if (entries.isEmpty()) {
            return null;
        }
        double w = 0;
        for (Layer l : entries) {
            w = Math.max(w, d.textWidth(l.legend(), 9) + 40);
        }
        double h = 15 * entries.size() + 6;
        double[][] corners = {{area[0] + 6, area[1] + 6}, {area[0] + area[2] - w - 6, area[1] + 6},
                {area[0] + area[2] - w - 6, area[1] + area[3] - h - 6}, {area[0] + 6, area[1] + area[3] - h - 6}};
        double[] best = corners[0];
        double fewest = Double.POSITIVE_INFINITY;
        for (double[] corner : corners) {
            double[] box = {corner[0], corner[1], w, h};
            double hidden = 0;
            for (Layer l : c.layers()) {
                hidden += hiddenSamples(f, l, box);
            }
            for (Mark m : c.marks()) {
                // the mark and the label box to its upper right
                double px = f.px(m.x());
                double py = f.py(m.y());
                if (overlap(box, new double[] {px - 5, py - 24, 5 + 8 + d.textWidth(m.label(), 9), 29})) {
                    hidden += 1000;
                }
            }
            if (hidden < fewest) {
                fewest = hidden;
                best = box;
            }
        }
        return best;
    }

    /** Points of a layer inside the box; lines sampled every few pixels along each segment. */
    private static int hiddenSamples(PlotFrame f, Layer l, double[] box) {
        int hidden = 0;
        double[] x = l.x();
        double[] y = l.y();
        for (int k = 0; k < x.length; k++) {
            double px = f.px(x[k]);
            double py = f.py(y[k]);
            int samples = 1;
            double qx = px;
            double qy = py;
            if (l.style() != Chart.Style.DOTS && k + 1 < x.length) {
                qx = f.px(x[k + 1]);
                qy = f.py(y[k + 1]);
                samples = (int) Math.min(200, Math.max(1, Math.hypot(qx - px, qy - py) / 4));
            }
            for (int j = 0; j < samples; j++) {
                double sx = px + (qx - px) * j / samples;
                double sy = py + (qy - py) * j / samples;
                if (sx >= box[0] && sx <= box[0] + box[2] && sy >= box[1] && sy <= box[1] + box[3]) {
                    hidden++;
                }
            }
        }
        return hidden;
    }

    private static void legend(Drawing d, List<Layer> layers, double[] box) {
        List<Layer> entries = layers.stream().filter(l -> !l.legend().isEmpty()).toList();
        double[] best = box;
        double w = box[2];
        double h = box[3];
        d.color(255, 255, 255);
        d.rectangle(best[0], best[1], w, h, true);
        d.color(200, 200, 200);
        d.rectangle(best[0], best[1], w, h, false);
        double y = best[1] + 10;
        for (Layer l : entries) {
            double x = best[0] + 6;
            color(d, l.rgb());
            if (l.style() == Chart.Style.DOTS) {
                d.rectangle(x + 10, y - 2, 4, 4, true);
            } else {
                d.stroke(Math.max(1.5, l.width()), l.style() == Chart.Style.DASHED);
                d.line(x, y, x + 24, y);
                d.stroke(1, false);
            }
            d.color(30, 30, 30);
            d.text(l.legend(), x + 30, y, Drawing.Align.LEFT, 9, false);
            y += 15;
        }
    }
}
