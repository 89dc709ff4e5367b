package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;

/**
 * The network drawn on a plain SWT canvas: populations and inputs as boxes, projections as arrows labelled
 * with synapse kind and delay (see {@link DiagramScene}, {@link DiagramPainter}); the gestures are in
 * {@link CanvasMouse}. Every change goes through {@link NetworkEdits} (the EMF command stack), never to the
 * model directly. Text scales with the zoom.
 */
public final class NetworkCanvas extends Canvas {

    /** The palette's tools. */
    public enum Tool { SELECT, POPULATION, POISSON, GENERATOR, PROJECTION, MONITOR, CURRENT }

    private final NetworkEdits edits;
    private final CanvasSelection selection = new CanvasSelection();
    private final DiagramPainter painter;
    private final BadgePainter badgePainter;
    private final CanvasMouse mouse;
    private final CanvasPan pan;
    private MonitorKind monitorKind = MonitorKind.SPIKES;
    private Network network;
    private Tool tool = Tool.SELECT;
    private double zoom = 1;
    private boolean fitted;
    private Font text;
    private Font bold;
    private Font small;
    private double fontZoom = -1;

    NetworkCanvas(Composite parent, NetworkEdits edits) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.edits = edits;
        painter = new DiagramPainter(getDisplay());
        badgePainter = new BadgePainter(getDisplay());
        pan = new CanvasPan(this); // before the gestures: it turns event coordinates into diagram pixels
        mouse = new CanvasMouse(this);
        selection.addListener(s -> redraw());
        addPaintListener(e -> paint(e.gc));
        addDisposeListener(e -> {
            painter.dispose();
            badgePainter.dispose();
            disposeFonts();
        });
    }

    void setNetwork(Network n) {
        network = n;
        redraw();
    }

    public Network network() {
        return network;
    }

    NetworkEdits edits() {
        return edits;
    }

    public void setTool(Tool t) {
        tool = t;
    }

    public Tool tool() {
        return tool;
    }

    /** The kind of monitor the Monitor tool adds. */
    public void setMonitorKind(MonitorKind kind) {
        monitorKind = kind;
    }

    public MonitorKind monitorKind() {
        return monitorKind;
    }

    public void zoomBy(double factor) {
        zoom = Math.max(0.25, Math.min(4, zoom * factor));
        redraw();
    }

    public double zoom() {
        return zoom;
    }

    /** Zooms so that the whole network fits the canvas (never above 100 %), drawn from the corner. */
    public void fit() {
        Rectangle area = getClientArea();
        double w = 0;
        double h = 0;
        if (network != null) {
            for (Node n : DiagramGeometry.nodes(network)) {
                // room right of and above a box for loops and labels
                w = Math.max(w, n.getX() + DiagramGeometry.WIDTH + 110);
                h = Math.max(h, n.getY() + DiagramGeometry.HEIGHT + 40);
            }
        }
        if (w > 0 && h > 0 && area.width > 50 && area.height > 50) {
            zoom = Math.max(0.25, Math.min(1, Math.min(area.width / w, area.height / h)));
            pan.reset();
            redraw();
        }
    }

    /** Where the diagram's origin is drawn, in canvas pixels (moved by panning; Zoom to Fit resets it). */
    public Point origin() {
        return pan.origin();
    }

    /** The selected nodes and projections. */
    public CanvasSelection selection() {
        return selection;
    }

    /** Selects exactly this element (a node or projection), or nothing for null. */
    public void select(EObject element) {
        selection.set(element == null ? List.of() : List.of(element));
    }

    /** Selects every node and projection. */
    void selectAll() {
        if (network != null) {
            List<EObject> all = new ArrayList<>(DiagramGeometry.nodes(network));
            all.addAll(scene().curves().keySet());
            selection.set(all);
        }
    }

    /** Deletes the selected nodes and projections (and what refers to the nodes) as one undoable command. */
    void deleteSelection() {
        if (!selection.isEmpty()) {
            List<EObject> gone = selection.elements();
            selection.set(List.of());
            edits.delete(gone);
        }
    }

    /**
     * The element under (x, y): a monitor's or current's badge, a projection's label, a node, or a
     * projection near its curve; or null.
     */
    public EObject elementAt(int x, int y) {
        EObject badge = DiagramBadges.at(badges(), x, y);
        if (badge != null) {
            return badge;
        }
        DiagramScene scene = scene();
        for (var e : scene.labels().entrySet()) {
            if (e.getValue().contains(x, y)) {
                return e.getKey();
            }
        }
        Node node = DiagramGeometry.nodeAt(network, x, y, zoom);
        return node != null ? node : scene.projectionAt(x, y);
    }

    /** The scene as painted now: curves and label rectangles in canvas pixels. */
    public DiagramScene scene() {
        GC gc = new GC(this);
        try {
            gc.setFont(fonts()[0]);
            return DiagramScene.of(network, zoom, gc::textExtent);
        } finally {
            gc.dispose();
        }
    }

    /** The badges of monitors and current injections as painted now, in canvas pixels. */
    public Map<EObject, Rectangle> badges() {
        GC gc = new GC(this);
        try {
            gc.setFont(fonts()[2]);
            return DiagramBadges.of(network, zoom, gc::textExtent);
        } finally {
            gc.dispose();
        }
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        if (!fitted && area.width > 50 && area.height > 50) {
            fitted = true;
            fit();
        }
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (network == null) {
            return;
        }
        selection.retainAttached();
        Point origin = pan.origin();
        Transform shift = new Transform(getDisplay());
        shift.translate(origin.x, origin.y);
        gc.setTransform(shift);
        shift.dispose();
        Font[] f = fonts();
        gc.setFont(f[0]);
        DiagramScene scene = DiagramScene.of(network, zoom, gc::textExtent);
        painter.paint(gc, network, scene, zoom, selection, f[0], f[1]);
        gc.setFont(f[2]);
        Map<EObject, Rectangle> badges = DiagramBadges.of(network, zoom, gc::textExtent);
        badgePainter.paint(gc, badges, selection);
        if (!badges.isEmpty()) {
            painter.heads(gc, scene, selection, zoom);
        }
        paintGesture(gc);
    }

    private void paintGesture(GC gc) {
        Point press = mouse.pressPoint();
        Point drag = mouse.dragPoint();
        gc.setLineWidth(1);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        switch (mouse.gesture()) {
            case CONNECT -> {
                gc.setLineStyle(SWT.LINE_DASH);
                gc.drawLine(press.x, press.y, drag.x, drag.y);
            }
            case MOVE -> {
                if (!drag.equals(press)) {
                    gc.setLineStyle(SWT.LINE_DOT);
                    for (Node n : selection.nodes()) {
                        Rectangle b = DiagramGeometry.bounds(n, zoom);
                        gc.drawRoundRectangle(b.x + drag.x - press.x, b.y + drag.y - press.y, b.width, b.height,
                                12, 12);
                    }
                }
            }
            case BAND -> {
                Rectangle r = mouse.band();
                gc.setAlpha(40);
                gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
                gc.fillRectangle(r);
                gc.setAlpha(255);
                gc.setLineStyle(SWT.LINE_DASH);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
                gc.drawRectangle(r);
            }
            default -> { }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    /** The label font, the bold name font and the badge font at the present zoom. */
    private Font[] fonts() {
        if (fontZoom != zoom || text == null) {
            disposeFonts();
            FontData base = getFont().getFontData()[0];
            int height = Math.max(5, (int) Math.round(base.getHeight() * Math.min(zoom, 1.5)));
            text = new Font(getDisplay(), new FontData(base.getName(), height, SWT.NORMAL));
            bold = new Font(getDisplay(), new FontData(base.getName(), height, SWT.BOLD));
            small = new Font(getDisplay(), new FontData(base.getName(), Math.max(5, height - 1), SWT.NORMAL));
            fontZoom = zoom;
        }
        return new Font[] {text, bold, small};
    }

    private void disposeFonts() {
        if (text != null) {
            text.dispose();
            bold.dispose();
            small.dispose();
            text = null;
        }
    }
}
