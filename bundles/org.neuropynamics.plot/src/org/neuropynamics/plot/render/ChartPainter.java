package org.neuropynamics.plot.render;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Chart.Heat;
import org.neuropynamics.plot.Chart.Layer;
import org.neuropynamics.plot.Chart.Mark;
import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.Ticks;
import org.neuropynamics.plot.render.Canvas.Align;

/**
 * Paints a {@link Chart}: white background, framed plot with ticks, the heat map (with its colour bar) under the
 * layers, layers clipped to the plot, labelled marks placed by the {@link LabelPlacer}, and a {@link Legend} in
 * the corner that hides the least.
 */
public final class ChartPainter {

    private static final double COLOUR_BAR = 70;

    private ChartPainter() {
    }

    /** Paints over {@code width} x {@code height} pixels and returns the data-to-pixel mapping used. */
    public static PlotFrame paint(Canvas d, int width, int height, Chart c) {
        return paint(d, new double[] {0, 0, width, height}, c);
    }

    /** Paints into the panel {x, y, w, h} of a larger figure and returns the data-to-pixel mapping used. */
    public static PlotFrame paint(Canvas d, double[] panel, Chart c) {
        d.color(0xFFFFFF);
        d.rectangle(panel[0], panel[1], panel[2], panel[3], true);
        double barSpace = c.heat() == null ? 0 : COLOUR_BAR;
        PlotFrame f = PlotFrame.inPanel(new double[] {panel[0], panel[1], panel[2] - barSpace, panel[3]},
                !c.title().isEmpty(), c.xRange()[0], c.xRange()[1], c.yRange()[0], c.yRange()[1]);
        List<Legend.Entry> entries = entries(c.layers());
        double[] legend = null;
        if (!entries.isEmpty()) {
            double[] inside = legendBox(d, f, c, f.area(), entries);
            double[] size = Legend.size(d, entries);
            // a legend never covers data: in the free corner of the plot, else right of it when there is room
            // (a dense raster leaves no free corner)
            if (inside[4] > 0 && f.area()[2] > 4 * size[0] && c.heat() == null) {
                f = PlotFrame.inPanel(new double[] {panel[0], panel[1], panel[2] - size[0] - 12, panel[3]},
                        !c.title().isEmpty(), c.xRange()[0], c.xRange()[1], c.yRange()[0], c.yRange()[1]);
                legend = new double[] {f.area()[0] + f.area()[2] + 8, f.area()[1], size[0], size[1]};
            } else {
                legend = java.util.Arrays.copyOf(inside, 4);
            }
        }
        double[] area = f.area();
        d.clip(area);
        if (c.heat() != null) {
            heat(d, f, c.heat());
        }
        for (Layer layer : c.layers()) {
            layer(d, f, layer, area);
        }
        d.clip(null);
        marks(d, f, c.marks(), area, legend);
        if (legend != null) {
            Legend.draw(d, legend, entries);
        }
        f.drawAxes(d, c.xTitle(), c.yTitle(), c.title());
        if (c.heat() != null) {
            colourBar(d, c.heat(), area);
        }
        return f;
    }

    private static List<Legend.Entry> entries(List<Layer> layers) {
        List<Legend.Entry> entries = new ArrayList<>();
        for (Layer l : layers) {
            if (l.legend().isEmpty()) {
                continue;
            }
            entries.add(switch (l.style()) {
                case DOTS, TICKS -> Legend.Entry.dot(l.legend(), l.rgb());
                default -> Legend.Entry.line(l.legend(), l.rgb(), l.width(), l.style() == Chart.Style.DASHED);
            });
        }
        return entries;
    }

    private static void layer(Canvas d, PlotFrame f, Layer layer, double[] area) {
        d.color(layer.rgb());
        if (layer.style() == Chart.Style.DOTS) {
            dots(d, f, layer, area);
            return;
        }
        if (layer.style() == Chart.Style.TICKS) {
            d.stroke(1, false);
            double h = layer.width() / 2;
            for (int k = 0; k < layer.x().length; k++) {
                double px = f.px(layer.x()[k]);
                double py = f.py(layer.y()[k]);
                if (Double.isFinite(px) && Double.isFinite(py)) {
                    d.rectangle(px - 0.5, py - h, 1, 2 * h, true);
                }
            }
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
    private static void dots(Canvas d, PlotFrame f, Layer layer, double[] area) {
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

    /** The cells of a heat map; neighbouring cells of a row with the same colour are drawn as one rectangle. */
    private static void heat(Canvas d, PlotFrame f, Heat h) {
        int rows = h.values().length;
        if (rows == 0) {
            return;
        }
        int cols = h.values()[0].length;
        double span = h.max() > h.min() ? h.max() - h.min() : 1;
        for (int r = 0; r < rows; r++) {
            double ya = f.py(h.y0() + (h.y1() - h.y0()) * r / rows);
            double yb = f.py(h.y0() + (h.y1() - h.y0()) * (r + 1) / rows);
            int start = 0;
            int colour = Palette.viridis((h.values()[r][0] - h.min()) / span);
            for (int k = 1; k <= cols; k++) {
                int next = k < cols ? Palette.viridis((h.values()[r][k] - h.min()) / span) : -1;
                if (next == colour) {
                    continue;
                }
                double xa = f.px(h.x0() + (h.x1() - h.x0()) * start / cols);
                double xb = f.px(h.x0() + (h.x1() - h.x0()) * k / cols);
                d.color(colour);
                // half a pixel of overlap so that antialiased edges leave no seams
                d.rectangle(xa, Math.min(ya, yb), xb - xa + 0.5, Math.abs(yb - ya) + 0.5, true);
                start = k;
                colour = next;
            }
        }
    }

    private static void colourBar(Canvas d, Heat h, double[] area) {
        double x = area[0] + area[2] + 14;
        double w = 14;
        int steps = 64;
        for (int k = 0; k < steps; k++) {
            d.color(Palette.viridis((k + 0.5) / steps));
            double y = area[1] + area[3] * (1 - (k + 1.0) / steps);
            d.rectangle(x, y, w, area[3] / steps + 0.5, true);
        }
        d.color(Palette.INK);
        d.stroke(1, false);
        d.rectangle(x, area[1], w, area[3], false);
        org.neuropynamics.plot.Range r = new org.neuropynamics.plot.Range(h.min(), h.max() > h.min() ? h.max()
                : h.min() + 1);
        double step = Ticks.spacing(r, 5);
        for (double t : Ticks.positions(r, 5)) {
            double y = area[1] + area[3] * (1 - (t - r.min()) / r.span());
            d.line(x + w, y, x + w + 4, y);
            d.text(PlotFrame.label(t, step), x + w + 6, y, Align.LEFT, PlotFrame.TICK_FONT - 1, false);
        }
        d.text(h.title(), x + w / 2, area[1] - 11, Align.CENTER, PlotFrame.TICK_FONT, true);
    }

    private static double clamp(double p) {
        return Math.max(-1e5, Math.min(1e5, p));
    }

    private static void marks(Canvas d, PlotFrame f, List<Mark> marks, double[] area, double[] legend) {
        LabelPlacer placer = new LabelPlacer(area);
        placer.take(legend);
        for (Mark m : marks) {
            double px = f.px(m.x());
            double py = f.py(m.y());
            if (!f.inside(px, py)) {
                continue;
            }
            d.color(m.rgb());
            d.stroke(1.5, false);
            d.circle(px, py, 4.5, m.filled());
            if (!m.filled()) {
                d.color(0xFFFFFF);
                d.circle(px, py, 3, true);
                d.color(m.rgb());
                d.circle(px, py, 4.5, false);
            }
            if (m.label().isEmpty()) {
                continue;
            }
            double tw = d.textWidth(m.label(), Legend.FONT);
            double[] box = placer.place(px, py, tw, 14);
            d.color(0xFFFFFF);
            d.rectangle(box[0] - 1, box[1], box[2] + 2, box[3], true);
            d.color(m.rgb());
            d.stroke(0.8, false);
            d.line(px, py, box[0] + (box[0] > px ? 0 : box[2]), box[1] + box[3] / 2);
            d.text(m.label(), box[0], box[1] + box[3] / 2, Align.LEFT, Legend.FONT, false);
        }
        d.stroke(1, false);
    }

    /**
     * The legend's box {x, y, w, h, hidden} in the corner of the plot that hides the least: marks and their
     * labels weigh most, then the lines (sampled along each segment) and dots; hidden counts what it covers.
     */
    private static double[] legendBox(Canvas d, PlotFrame f, Chart c, double[] area, List<Legend.Entry> entries) {
        double[] size = Legend.size(d, entries);
        double w = size[0];
        double h = size[1];
        double[][] corners = {{area[0] + 6, area[1] + 6}, {area[0] + area[2] - w - 6, area[1] + 6},
            {area[0] + area[2] - w - 6, area[1] + area[3] - h - 6}, {area[0] + 6, area[1] + area[3] - h - 6}};
        double[] best = null;
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
                if (LabelPlacer.overlap(box, new double[] {px - 5, py - 24, 5 + 8 + d.textWidth(m.label(),
                    Legend.FONT), 29})) {
                    hidden += 1000;
                }
            }
            if (hidden < fewest) {
                fewest = hidden;
                best = new double[] {box[0], box[1], box[2], box[3], hidden};
            }
        }
        return best;
    }

    /** Points of a layer inside the box; lines sampled every few pixels along each segment. */
    private static int hiddenSamples(PlotFrame f, Layer l, double[] box) {
        int hidden = 0;
        double[] x = l.x();
        double[] y = l.y();
        boolean line = l.style() == Chart.Style.LINE || l.style() == Chart.Style.DASHED;
        for (int k = 0; k < x.length; k++) {
            double px = f.px(x[k]);
            double py = f.py(y[k]);
            int samples = 1;
            double qx = px;
            double qy = py;
            if (line && k + 1 < x.length) {
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
}
