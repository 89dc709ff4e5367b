package org.neuropynamics.network.ui;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.neuropynamics.network.model.Input;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.Uniform;
import org.neuropynamics.network.model.Constant;

/**
 * The network drawn on a plain SWT canvas: populations and inputs as boxes, projections as arrows labelled
 * with their delay. Mouse: in the current {@link Tool}, a click creates, a drag moves or connects. Every
 * change goes through {@link NetworkEdits} (the EMF command stack), never to the model directly.
 */
public final class NetworkCanvas extends Canvas {

    /** The palette's tools. */
    public enum Tool { SELECT, POPULATION, POISSON, PROJECTION }

    private final NetworkEdits edits;
    private Network network;
    private Tool tool = Tool.SELECT;
    private double zoom = 1;
    private boolean fitted;
    /** Projection labels of the present paint: text, x, y. */
    private final java.util.List<Object[]> labels = new java.util.ArrayList<>();
    private Node selected;
    private Node pressed;
    private Point pressPoint;
    private Point dragPoint;
    private Consumer<Node> selectionListener = n -> { };

    NetworkCanvas(Composite parent, NetworkEdits edits) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.edits = edits;
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseDown, e -> down(e.x, e.y, e.button));
        addListener(SWT.MouseMove, e -> {
            if (pressed != null) {
                dragPoint = new Point(e.x, e.y);
                redraw();
            }
        });
        addListener(SWT.MouseUp, e -> up(e.x, e.y));
        addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.DEL || e.keyCode == SWT.BS) && selected != null) {
                deleteSelection();
            }
        });
    }

    void setNetwork(Network n) {
        network = n;
        redraw();
    }

    public void setTool(Tool t) {
        tool = t;
    }

    public Tool tool() {
        return tool;
    }

    void zoomBy(double factor) {
        zoom = Math.max(0.25, Math.min(4, zoom * factor));
        redraw();
    }

    double zoom() {
        return zoom;
    }

    Node selection() {
        return selected;
    }

    void onSelection(Consumer<Node> l) {
        selectionListener = l;
    }

    void deleteSelection() {
        if (selected != null) {
            edits.delete(selected);
            select(null);
        }
    }

    public void select(Node n) {
        selected = n;
        selectionListener.accept(n);
        redraw();
    }

    private void down(int x, int y, int button) {
        if (network == null || button != 1) {
            return;
        }
        forceFocus();
        Node hit = DiagramGeometry.nodeAt(network, x, y, zoom);
        switch (tool) {
            case POPULATION -> select(edits.addPopulation(x / zoom, y / zoom));
            case POISSON -> select(edits.addPoisson(x / zoom, y / zoom));
            default -> {
                select(hit);
                pressed = hit;
                pressPoint = new Point(x, y);
                dragPoint = pressPoint;
            }
        }
    }

    private void up(int x, int y) {
        if (pressed == null) {
            return;
        }
        Node source = pressed;
        pressed = null;
        if (tool == Tool.PROJECTION) {
            Node target = DiagramGeometry.nodeAt(network, x, y, zoom);
            if (target instanceof Population p && source instanceof org.neuropynamics.network.model.SpikeSource s) {
                edits.connect(s, p);
            }
        } else if (x != pressPoint.x || y != pressPoint.y) {
            edits.move(source, source.getX() + (x - pressPoint.x) / zoom, source.getY() + (y - pressPoint.y) / zoom);
        }
        redraw();
    }

    /** Shrinks the zoom once, when first shown, so that the whole network fits the canvas. */
    private void fitOnce(Rectangle area) {
        if (fitted || network == null || area.width < 50 || area.height < 50) {
            return;
        }
        fitted = true;
        double w = 0;
        double h = 0;
        for (Node n : network.getPopulations()) {
            w = Math.max(w, n.getX() + DiagramGeometry.WIDTH + 160);
            h = Math.max(h, n.getY() + DiagramGeometry.HEIGHT + 30);
        }
        for (Node n : network.getInputs()) {
            w = Math.max(w, n.getX() + DiagramGeometry.WIDTH + 160);
            h = Math.max(h, n.getY() + DiagramGeometry.HEIGHT + 30);
        }
        if (w > 0 && h > 0) {
            zoom = Math.max(0.25, Math.min(1, Math.min(area.width / w, area.height / h)));
        }
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        fitOnce(area);
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (network == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setLineWidth(2);
        for (Projection p : network.getProjections()) {
            if (p.getSource() != null && p.getTarget() != null) {
                arrow(gc, p);
            }
        }
        int index = 0;
        for (Population p : network.getPopulations()) {
            box(gc, p, RasterColors.of(getDisplay(), index++), p.getModelId() + " x " + p.getSize());
        }
        for (Input in : network.getInputs()) {
            box(gc, in, RasterColors.of(getDisplay(), index++), in.eClass().getName() + " x " + in.getSize());
        }
        // projection labels last, on a white ground, so that boxes and curves never hide them
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        for (Object[] l : labels) {
            gc.drawString((String) l[0], (Integer) l[1], (Integer) l[2], false);
        }
        labels.clear();
        if (pressed != null && tool == Tool.PROJECTION && dragPoint != null) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(pressPoint.x, pressPoint.y, dragPoint.x, dragPoint.y);
            gc.setLineStyle(SWT.LINE_SOLID);
        } else if (pressed != null && dragPoint != null && !dragPoint.equals(pressPoint)) {
            Rectangle b = DiagramGeometry.bounds(pressed, zoom);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRoundRectangle(b.x + dragPoint.x - pressPoint.x, b.y + dragPoint.y - pressPoint.y, b.width,
                    b.height, 12, 12);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private void box(GC gc, Node n, Color color, String detail) {
        Rectangle b = DiagramGeometry.bounds(n, zoom);
        gc.setBackground(color);
        gc.fillRoundRectangle(b.x, b.y, b.width, b.height, 12, 12);
        gc.setForeground(getDisplay().getSystemColor(n == selected ? SWT.COLOR_BLACK : SWT.COLOR_DARK_GRAY));
        gc.setLineWidth(n == selected ? 3 : 1);
        gc.drawRoundRectangle(b.x, b.y, b.width, b.height, 12, 12);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.drawString(String.valueOf(n.getName()), b.x + 8, b.y + 6, true);
        gc.drawString(detail, b.x + 8, b.y + 6 + gc.getFontMetrics().getHeight(), true);
        gc.setLineWidth(2);
    }

    private void arrow(GC gc, Projection p) {
        Rectangle s = DiagramGeometry.bounds(p.getSource(), zoom);
        Rectangle t = DiagramGeometry.bounds(p.getTarget(), zoom);
        int x0 = s.x + s.width / 2;
        int y0 = s.y + s.height / 2;
        int x1 = t.x + t.width / 2;
        int y1 = t.y + t.height / 2;
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        if (p.getSource() == p.getTarget()) {
            gc.drawOval(s.x + s.width - 20, s.y - 18, 36, 36);
            labels.add(new Object[] {label(p), s.x + s.width + 18, s.y - 18});
            return;
        }
        // a curve bent to the side, so that A->B and B->A stay apart; the label sits outside the bend
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len = Math.max(1, Math.hypot(dx, dy));
        double nx = -dy / len;
        double ny = dx / len;
        double bend = 40 * zoom;
        int cx = (int) ((x0 + x1) / 2 + nx * 2 * bend);
        int cy = (int) ((y0 + y1) / 2 + ny * 2 * bend);
        org.eclipse.swt.graphics.Path path = new org.eclipse.swt.graphics.Path(getDisplay());
        path.moveTo(x0, y0);
        path.quadTo(cx, cy, x1, y1);
        gc.drawPath(path);
        path.dispose();
        double ax = x1 - cx;
        double ay = y1 - cy;
        double al = Math.max(1, Math.hypot(ax, ay));
        // arrow head at the border of the target box (approximately)
        double inset = Math.min(t.height / 2.0 / Math.max(0.2, Math.abs(ay / al)),
                t.width / 2.0 / Math.max(0.2, Math.abs(ax / al))) + 2;
        int hx = (int) (x1 - ax / al * inset);
        int hy = (int) (y1 - ay / al * inset);
        int[] head = {hx, hy, (int) (hx - ax / al * 12 - ay / al * 6), (int) (hy - ay / al * 12 + ax / al * 6),
            (int) (hx - ax / al * 12 + ay / al * 6), (int) (hy - ay / al * 12 - ax / al * 6)};
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.fillPolygon(head);
        String text = label(p);
        org.eclipse.swt.graphics.Point ext = gc.textExtent(text);
        int lx = (int) ((x0 + x1) / 2 + nx * (bend + 6));
        int ly = (int) ((y0 + y1) / 2 + ny * (bend + 6));
        lx = nx < -0.3 ? lx - ext.x : nx > 0.3 ? lx : lx - ext.x / 2;
        ly = ny < -0.3 ? ly - ext.y : ny > 0.3 ? ly : ly - ext.y / 2;
        labels.add(new Object[] {text, Math.max(2, lx), Math.max(2, ly)});
    }

    /** A short label: the synapse kind ("jump", "exp I", "exp g") and the delay ("1 ms", "1-11 ms"). */
    private static String label(Projection p) {
        String d = p.getDelay() instanceof Constant c ? number(c.getValue()) + " ms"
                : p.getDelay() instanceof Uniform u ? number(u.getLow()) + "-" + number(u.getHigh()) + " ms" : "";
        String kind = switch (p.getSynapse()) {
            case VOLTAGE_JUMP -> "jump";
            case EXPONENTIAL_CURRENT -> "exp I";
            case EXPONENTIAL_CONDUCTANCE -> "exp g";
        };
        return kind + (d.isEmpty() ? "" : ", " + d);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

}
