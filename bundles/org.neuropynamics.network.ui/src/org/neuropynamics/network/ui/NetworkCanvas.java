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
import org.neuropynamics.network.model.CurrentInjection;
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
    private final List<java.util.function.Consumer<Tool>> toolListeners = new ArrayList<>();
    private double zoom = 1;
    private boolean fitted;
    /** Whether the user zoomed or panned (then a new size keeps the view). */
    private boolean viewChosen;
    private Font text;
    private Font bold;
    private Font small;
    private double fontZoom = -1;
    /** Elements with problems from the last validation: true for an error, false for a warning. */
    private Map<EObject, Boolean> problems = Map.of();

    NetworkCanvas(Composite parent, NetworkEdits edits) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.edits = edits;
        painter = new DiagramPainter(getDisplay());
        badgePainter = new BadgePainter(getDisplay());
        pan = new CanvasPan(this); // before the gestures: it turns event coordinates into diagram pixels
        mouse = new CanvasMouse(this);
        selection.addListener(s -> redraw());
        // the first size the canvas gets (not the first paint, which may come much later) fits the diagram
        // and, until the user zooms or pans, every later size too (the perspective's layout may settle after
        // the editor's first size: CUBA opened cut at 1280x720, issue 18)
        addListener(SWT.Resize, e -> {
            if (fitted && !viewChosen) {
                fit();
            } else {
                fitOnce();
            }
        });
        addPaintListener(e -> paint(e.gc));
        addDisposeListener(e -> {
            painter.dispose();
            badgePainter.dispose();
            disposeFonts();
        });
    }

    void setNetwork(Network n) {
        network = n;
        fitOnce();
        redraw();
    }

    public Network network() {
        return network;
    }

    NetworkEdits edits() {
        return edits;
    }

    public void setTool(Tool t) {
        if (tool != t) {
            tool = t;
            for (java.util.function.Consumer<Tool> l : toolListeners) {
                l.accept(t);
            }
        }
    }

    /** Tells {@code l} when the tool changes (the palette highlights it; Escape returns to Select). */
    void addToolListener(java.util.function.Consumer<Tool> l) {
        toolListeners.add(l);
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

    /** The user moved the view (zoom, pan): a later resize keeps it. */
    void viewChosen() {
        viewChosen = true;
    }

    public void zoomBy(double factor) {
        viewChosen = true;
        zoom = Math.max(0.25, Math.min(4, zoom * factor));
        redraw();
    }

    public double zoom() {
        return zoom;
    }

    /**
     * Zooms so that the whole network fits the canvas (at most 100 %) and centres it; an empty network is
     * drawn at 100 % from the corner.
     */
    public void fit() {
        Rectangle area = getClientArea();
        if (area.width <= 50 || area.height <= 50) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        if (network != null) {
            for (Node n : DiagramGeometry.nodes(network)) {
                // room around a box for loops, labels and badges (more right of and below it)
                minX = Math.min(minX, n.getX() - 30);
                minY = Math.min(minY, n.getY() - 40);
                maxX = Math.max(maxX, n.getX() + DiagramGeometry.WIDTH + 110);
                maxY = Math.max(maxY, n.getY() + DiagramGeometry.HEIGHT + 50);
            }
        }
        if (maxX <= minX) {
            zoom = 1;
            pan.moveTo(0, 0);
            redraw();
            return;
        }
        double w = maxX - minX;
        double h = maxY - minY;
        zoom = Math.max(0.25, Math.min(1, Math.min(area.width / w, area.height / h)));
        pan.moveTo((int) Math.round((area.width - w * zoom) / 2 - minX * zoom),
                (int) Math.round((area.height - h * zoom) / 2 - minY * zoom));
        redraw();
    }

    private void fitOnce() {
        Rectangle area = getClientArea();
        if (!fitted && network != null && area.width > 50 && area.height > 50) {
            fitted = true;
            fit();
        }
    }

    /** Whether the diagram was fitted to the canvas once (it is as soon as the canvas has a size). */
    public boolean isFitted() {
        return fitted;
    }

    /** Where the diagram's origin is drawn, in canvas pixels (moved by panning; Zoom to Fit resets it). */
    public Point origin() {
        return pan.origin();
    }

    /** Marks the elements of the last validation's problems (red: errors, orange: warnings). */
    public void setProblems(Map<EObject, Boolean> marked) {
        problems = Map.copyOf(marked);
        redraw();
    }

    /** The elements marked as having problems (true: an error). */
    public Map<EObject, Boolean> problems() {
        return problems;
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
        fitOnce();
        Rectangle area = getClientArea();
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
        paintProblems(gc, scene, badges);
        paintGesture(gc);
    }

    /** A red (error) or orange (warning) frame around each element with a problem, with a "!" at its corner. */
    private void paintProblems(GC gc, DiagramScene scene, Map<EObject, Rectangle> badges) {
        if (problems.isEmpty()) {
            return;
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(2);
        for (Map.Entry<EObject, Boolean> e : problems.entrySet()) {
            boolean box = e.getKey() instanceof Node && !(e.getKey() instanceof CurrentInjection);
            Rectangle r = box ? DiagramGeometry.bounds((Node) e.getKey(), zoom) : scene.labels().get(e.getKey());
            if (r == null) {
                r = badges.get(e.getKey());
            }
            if (r == null) {
                continue;
            }
            org.eclipse.swt.graphics.Color c = new org.eclipse.swt.graphics.Color(e.getValue()
                    ? new org.eclipse.swt.graphics.RGB(210, 30, 30) : new org.eclipse.swt.graphics.RGB(230, 140, 0));
            gc.setForeground(c);
            gc.drawRoundRectangle(r.x - 4, r.y - 4, r.width + 8, r.height + 8, 14, 14);
            gc.setBackground(c);
            int d = 14;
            gc.fillOval(r.x + r.width - d / 2, r.y - 4 - d / 2, d, d);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            org.eclipse.swt.graphics.Point t = gc.textExtent("!");
            gc.drawString("!", r.x + r.width - t.x / 2, r.y - 4 - t.y / 2, true);
        }
        gc.setLineWidth(1);
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
