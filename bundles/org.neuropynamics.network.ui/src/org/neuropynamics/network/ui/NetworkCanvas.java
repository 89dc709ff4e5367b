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
        if (network == null || DiagramGeometry.nodes(network).isEmpty()) {
            zoom = 1;
            pan.moveTo(0, 0);
            redraw();
            return;
        }
        // the extent is measured from what is drawn at a zoom (boxes, curves, labels, badges; fonts scale with
        // the zoom), so a self-loop's label above the top box stays inside the canvas (CUBA touched its top,
        // issue 18); a few rounds settle the zoom
        double z = 1;
        for (int round = 0; round < 4; round++) {
            zoom = z;
            double scale = fitScale(area, drawnExtent());
            double next = Math.max(0.25, Math.min(1, z * scale));
            if (Math.abs(next - z) < 1e-3) {
                break;
            }
            z = next;
        }
        // text extents do not scale exactly with the font: shrink until it fits
        for (int round = 0; round < 5 && z > 0.25; round++) {
            zoom = z;
            if (fitScale(area, drawnExtent()) >= 1) {
                break;
            }
            z = Math.max(0.25, z * 0.97);
        }
        zoom = z;
        Rectangle e = drawnExtent();
        pan.moveTo((area.width - e.width) / 2 - e.x, (area.height - e.height) / 2 - e.y);
        redraw();
    }

    private static double fitScale(Rectangle area, Rectangle e) {
        return Math.min((area.width - 2.0 * FIT_MARGIN) / Math.max(1, e.width),
                (area.height - 2.0 * FIT_MARGIN) / Math.max(1, e.height));
    }

    /** Pixels kept free around the fitted drawing. */
    private static final int FIT_MARGIN = 6;

    /** The rectangle (canvas pixels at the current zoom, before panning) of everything drawn. */
    public Rectangle drawnExtent() {
        Rectangle all = null;
        for (Node n : DiagramGeometry.nodes(network)) {
            all = union(all, DiagramGeometry.bounds(n, zoom));
        }
        DiagramScene scene = scene();
        for (Rectangle r : scene.labels().values()) {
            all = union(all, r);
        }
        for (CubicCurve c : scene.curves().values()) {
            for (int k = 0; k <= 20; k++) {
                double[] p = c.at(k / 20.0);
                // the arrow head reaches a few pixels beside the curve's end
                all = union(all, new Rectangle((int) Math.floor(p[0]) - 4, (int) Math.floor(p[1]) - 4, 9, 9));
            }
        }
        for (Rectangle r : badges().values()) {
            all = union(all, r);
        }
        return all == null ? new Rectangle(0, 0, 0, 0) : all;
    }

    private static Rectangle union(Rectangle a, Rectangle b) {
        return a == null ? new Rectangle(b.x, b.y, b.width, b.height) : a.union(b);
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
