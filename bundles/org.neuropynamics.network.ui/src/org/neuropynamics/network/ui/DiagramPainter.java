package org.neuropynamics.network.ui;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.neuropynamics.network.model.Input;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeGenerator;

/**
 * Paints a {@link DiagramScene}: projections as curves with arrow heads, nodes as coloured boxes (name and
 * a short description), projection labels on a white ground on top. The selection is drawn with an orange
 * halo. Fonts are given (scaled with the zoom by the canvas).
 */
final class DiagramPainter {

    private final Display display;
    private final Color edge;
    private final Color highlight;
    private final Color labelBorder;
    private final Color highlightGround;

    DiagramPainter(Display display) {
        this.display = display;
        edge = new Color(display, 28, 52, 120);
        highlight = new Color(display, 255, 140, 0);
        labelBorder = new Color(display, 200, 205, 220);
        highlightGround = new Color(display, 255, 236, 210);
    }

    /** Paints the network; {@code selection} elements are highlighted. */
    void paint(GC gc, Network network, DiagramScene scene, double zoom, CanvasSelection selection, Font text,
            Font bold) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setLineCap(SWT.CAP_ROUND);
        for (Map.Entry<Projection, CubicCurve> e : scene.curves().entrySet()) {
            curve(gc, e.getValue(), selection.contains(e.getKey()), zoom);
        }
        List<Node> nodes = DiagramGeometry.nodes(network);
        for (int k = 0; k < nodes.size(); k++) {
            box(gc, nodes.get(k), RasterColors.of(display, k), selection.contains(nodes.get(k)), zoom, text, bold);
        }
        gc.setFont(text);
        for (Map.Entry<Projection, Rectangle> e : scene.labels().entrySet()) {
            boolean selected = selection.contains(e.getKey());
            Rectangle r = e.getValue();
            // the selected label keeps its font (its rectangle was placed for it) and turns orange
            gc.setBackground(selected ? highlightGround : display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 6, 6);
            gc.setLineWidth(selected ? 2 : 1);
            gc.setForeground(selected ? highlight : labelBorder);
            gc.drawRoundRectangle(r.x, r.y, r.width - 1, r.height - 1, 6, 6);
            gc.setForeground(edge);
            // one or two lines (the rule; weight and delay), each centred
            String s = DiagramScene.text(e.getKey());
            org.eclipse.swt.graphics.Point ext = gc.textExtent(s);
            int y = r.y + (r.height - ext.y) / 2;
            for (String line : s.split("\n")) {
                org.eclipse.swt.graphics.Point le = gc.textExtent(line);
                gc.drawString(line, r.x + (r.width - le.x) / 2, y, true);
                y += le.y;
            }
        }
    }

    private void curve(GC gc, CubicCurve c, boolean selected, double zoom) {
        double[] d = c.tangent(1);
        double head = Math.max(7, 12 * zoom);
        Path path = new Path(display);
        try {
            // the line stops inside the arrow head, so that its width does not blunt the tip
            path.moveTo((float) c.x0(), (float) c.y0());
            path.cubicTo((float) c.x1(), (float) c.y1(), (float) c.x2(), (float) c.y2(),
                    (float) (c.x3() - d[0] * head * 0.6), (float) (c.y3() - d[1] * head * 0.6));
            if (selected) {
                gc.setForeground(highlight);
                gc.setLineWidth(6);
                gc.drawPath(path);
            }
            gc.setForeground(edge);
            gc.setLineWidth(zoom < 0.6 ? 1 : 2);
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
        head(gc, c, selected, zoom);
    }

    /**
     * Paints the arrow heads again, on top of what was painted since (the badges hanging from a box's
     * bottom edge would hide the heads of projections arriving there).
     */
    void heads(GC gc, DiagramScene scene, CanvasSelection selection, double zoom) {
        for (Map.Entry<Projection, CubicCurve> e : scene.curves().entrySet()) {
            head(gc, e.getValue(), selection.contains(e.getKey()), zoom);
        }
    }

    private void head(GC gc, CubicCurve c, boolean selected, double zoom) {
        double[] d = c.tangent(1);
        double head = Math.max(7, 12 * zoom);
        double hx = c.x3();
        double hy = c.y3();
        double bx = hx - d[0] * head;
        double by = hy - d[1] * head;
        double wx = -d[1] * head * 0.45;
        double wy = d[0] * head * 0.45;
        int[] tip = {(int) Math.round(hx), (int) Math.round(hy), (int) Math.round(bx + wx),
            (int) Math.round(by + wy), (int) Math.round(bx - wx), (int) Math.round(by - wy)};
        gc.setBackground(selected ? highlight : edge);
        gc.fillPolygon(tip);
    }

    private void box(GC gc, Node n, Color color, boolean selected, double zoom, Font text, Font bold) {
        Rectangle b = DiagramGeometry.bounds(n, zoom);
        int arc = (int) Math.max(6, 12 * zoom);
        if (selected) {
            gc.setBackground(highlight);
            gc.fillRoundRectangle(b.x - 4, b.y - 4, b.width + 8, b.height + 8, arc + 6, arc + 6);
        }
        gc.setBackground(color);
        gc.fillRoundRectangle(b.x, b.y, b.width, b.height, arc, arc);
        gc.setLineWidth(1);
        gc.setForeground(display.getSystemColor(selected ? SWT.COLOR_BLACK : SWT.COLOR_DARK_GRAY));
        gc.drawRoundRectangle(b.x, b.y, b.width, b.height, arc, arc);
        Rectangle clip = gc.getClipping();
        gc.setClipping(b.x + 2, b.y + 2, b.width - 4, b.height - 4);
        gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
        int pad = (int) Math.max(3, 8 * zoom);
        gc.setFont(bold);
        int line = gc.getFontMetrics().getHeight();
        gc.drawString(fit(gc, String.valueOf(n.getName()), b.width - 2 * pad), b.x + pad, b.y + pad, true);
        gc.setFont(text);
        gc.drawString(fit(gc, detail(n), b.width - 2 * pad), b.x + pad, b.y + pad + line, true);
        gc.setClipping(clip);
    }

    /** The second line of a box: model and size of a population, kind, rate and size of an input. */
    static String detail(Node n) {
        if (n instanceof Population p) {
            return p.getModelId() + " \u00d7 " + p.getSize();
        }
        if (n instanceof PoissonGroup g) {
            return "Poisson " + number(g.getRate()) + " Hz \u00d7 " + g.getSize();
        }
        if (n instanceof SpikeGenerator g) {
            return "at " + SpikeTimesText.times(g) + " ms";
        }
        return n instanceof Input in ? "spikes \u00d7 " + in.getSize() : n.eClass().getName();
    }

    /** The text, cut with an ellipsis when wider than {@code width} pixels. */
    static String fit(GC gc, String s, int width) {
        if (gc.textExtent(s).x <= width) {
            return s;
        }
        for (int k = s.length() - 1; k > 0; k--) {
            String cut = s.substring(0, k) + "\u2026";
            if (gc.textExtent(cut).x <= width) {
                return cut;
            }
        }
        return "\u2026";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    void dispose() {
        edge.dispose();
        highlight.dispose();
        labelBorder.dispose();
        highlightGround.dispose();
    }
}
