package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.Monitor;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeSource;

/**
 * The canvas's mouse and keyboard gestures. With the Select tool: a click selects a node or a projection
 * (near its curve or on its label), Shift+click adds, Ctrl+click toggles, a drag on empty canvas draws a
 * rubber band, a drag on a selected node moves every selected node (one command); Delete removes the
 * selection, Ctrl+A selects all, arrows nudge. Other tools create by click or connect by drag.
 */
final class CanvasMouse {

    /** What the pressed button is doing. */
    enum Gesture { NONE, MOVE, CONNECT, BAND }

    private static final int NUDGE = 10;
    private final NetworkCanvas canvas;
    private Gesture gesture = Gesture.NONE;
    private Point press;
    private Point drag;
    private Node pressed;
    private boolean adding;
    /** Whether a connecting drag has left its source box (a projection to itself needs that). */
    private boolean leftSource;

    CanvasMouse(NetworkCanvas canvas) {
        this.canvas = canvas;
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, e -> {
            if (gesture != Gesture.NONE) {
                drag = new Point(e.x, e.y);
                leftSource |= gesture == Gesture.CONNECT
                        && !DiagramGeometry.bounds(pressed, canvas.zoom()).contains(e.x, e.y);
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            if ((e.stateMask & SWT.MOD1) != 0) {
                canvas.zoomBy(e.count > 0 ? 1.1 : 1 / 1.1);
                e.doit = false;
            }
        });
    }

    Gesture gesture() {
        return gesture;
    }

    Point pressPoint() {
        return press;
    }

    Point dragPoint() {
        return drag;
    }

    /** The rubber band in canvas pixels while one is drawn, else null. */
    Rectangle band() {
        return gesture != Gesture.BAND || drag == null ? null : rectangle(press, drag);
    }

    private static Rectangle rectangle(Point a, Point b) {
        return new Rectangle(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y));
    }

    private void down(Event e) {
        if (canvas.network() == null) {
            return;
        }
        canvas.forceFocus();
        EObject hit = canvas.elementAt(e.x, e.y);
        CanvasSelection selection = canvas.selection();
        if (e.button == 3) {
            if (hit != null && !selection.contains(hit)) {
                selection.set(List.of(hit));
            }
            return;
        }
        if (e.button != 1) {
            return;
        }
        press = new Point(e.x, e.y);
        drag = press;
        double zoom = canvas.zoom();
        switch (canvas.tool()) {
            case POPULATION -> selection.set(List.of(canvas.edits().addPopulation(e.x / zoom, e.y / zoom)));
            case POISSON -> selection.set(List.of(canvas.edits().addPoisson(e.x / zoom, e.y / zoom)));
            case GENERATOR -> selection.set(List.of(canvas.edits().addSpikeGenerator(e.x / zoom, e.y / zoom)));
            case MONITOR -> {
                // a click on a box (or on a badge of it) adds a monitor to that population or input
                Node target = DiagramGeometry.nodeAt(canvas.network(), e.x, e.y, zoom);
                if (target instanceof SpikeSource s) {
                    Monitor m = canvas.edits().addMonitor(s, canvas.monitorKind());
                    if (m != null) {
                        selection.set(List.of(m));
                    }
                }
            }
            case CURRENT -> {
                if (DiagramGeometry.nodeAt(canvas.network(), e.x, e.y, zoom) instanceof Population p) {
                    CurrentInjection c = canvas.edits().addCurrent(p);
                    if (c != null) {
                        selection.set(List.of(c));
                    }
                }
            }
            case PROJECTION -> {
                if (hit instanceof SpikeSource) {
                    pressed = (Node) hit;
                    leftSource = false;
                    gesture = Gesture.CONNECT;
                }
            }
            default -> select(hit, e.stateMask);
        }
    }

    private void select(EObject hit, int state) {
        CanvasSelection selection = canvas.selection();
        boolean toggle = (state & SWT.MOD1) != 0;
        adding = toggle || (state & SWT.SHIFT) != 0;
        if (hit == null) {
            if (!adding) {
                selection.set(List.of());
            }
            gesture = Gesture.BAND;
            return;
        }
        if (toggle) {
            selection.toggle(hit);
        } else if (adding) {
            selection.addAll(List.of(hit));
        } else if (!selection.contains(hit)) {
            selection.set(List.of(hit));
        }
        if (hit instanceof Node n && !(hit instanceof CurrentInjection) && selection.contains(n)) {
            pressed = n;
            gesture = Gesture.MOVE;
        }
    }

    private void up(Event e) {
        Gesture was = gesture;
        gesture = Gesture.NONE;
        if (was == Gesture.NONE || press == null) {
            return;
        }
        double zoom = canvas.zoom();
        switch (was) {
            case CONNECT -> {
                Node target = DiagramGeometry.nodeAt(canvas.network(), e.x, e.y, zoom);
                // a click on a box is no projection; a projection to itself is a drag out of the box and back
                if (target instanceof Population p && pressed instanceof SpikeSource s
                        && (target != pressed || leftSource)) {
                    Projection made = canvas.edits().connect(s, p);
                    canvas.selection().set(List.of(made));
                }
            }
            case MOVE -> {
                if (e.x != press.x || e.y != press.y) {
                    canvas.edits().moveBy(canvas.selection().nodes(), (e.x - press.x) / zoom, (e.y - press.y) / zoom);
                }
            }
            case BAND -> {
                Rectangle r = rectangle(press, new Point(e.x, e.y));
                if (r.width > 2 || r.height > 2) {
                    List<EObject> inside = new ArrayList<>(DiagramGeometry.nodesIn(canvas.network(), r, zoom));
                    inside.addAll(canvas.scene().projectionsIn(r));
                    if (adding) {
                        canvas.selection().addAll(inside);
                    } else {
                        canvas.selection().set(inside);
                    }
                }
            }
            default -> { }
        }
        pressed = null;
        drag = null;
        canvas.redraw();
    }

    private void key(Event e) {
        if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
            canvas.deleteSelection();
        } else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'a' || e.character == 1)) {
            canvas.selectAll();
        } else if (e.keyCode == SWT.ESC) {
            // Escape ends a gesture and returns to the Select tool; a second one clears the selection
            boolean wasSelecting = canvas.tool() == NetworkCanvas.Tool.SELECT && gesture == Gesture.NONE;
            gesture = Gesture.NONE;
            canvas.setTool(NetworkCanvas.Tool.SELECT);
            if (wasSelecting) {
                canvas.selection().set(List.of());
            }
            canvas.redraw();
        } else if (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_UP
                || e.keyCode == SWT.ARROW_DOWN) {
            int dx = e.keyCode == SWT.ARROW_LEFT ? -NUDGE : e.keyCode == SWT.ARROW_RIGHT ? NUDGE : 0;
            int dy = e.keyCode == SWT.ARROW_UP ? -NUDGE : e.keyCode == SWT.ARROW_DOWN ? NUDGE : 0;
            canvas.edits().moveBy(canvas.selection().nodes(), dx, dy);
        }
    }
}
