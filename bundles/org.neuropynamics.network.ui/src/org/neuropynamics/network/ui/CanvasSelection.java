package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.Projection;

/**
 * What is selected on the canvas: nodes and projections, in the order they were selected; the last one is
 * the primary selection. Listeners hear every change (once per change, never for a no-op).
 */
public final class CanvasSelection {

    private final LinkedHashSet<EObject> elements = new LinkedHashSet<>();
    private final List<Consumer<List<EObject>>> listeners = new ArrayList<>();

    void addListener(Consumer<List<EObject>> l) {
        listeners.add(l);
    }

    /** The selected elements, the primary one last. */
    public List<EObject> elements() {
        return List.copyOf(elements);
    }

    /** The selected nodes drawn as boxes (a current injection's badge is no box: it does not move). */
    public List<Node> nodes() {
        return elements.stream().filter(e -> e instanceof Node && !(e instanceof CurrentInjection))
                .map(Node.class::cast).toList();
    }

    /** The selected projections. */
    public List<Projection> projections() {
        return elements.stream().filter(Projection.class::isInstance).map(Projection.class::cast).toList();
    }

    /** The primary (last selected) element, or null. */
    EObject primary() {
        EObject last = null;
        for (EObject e : elements) {
            last = e;
        }
        return last;
    }

    boolean contains(EObject e) {
        return elements.contains(e);
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** Selects exactly these elements (nulls and duplicates ignored). */
    public void set(Collection<? extends EObject> selection) {
        LinkedHashSet<EObject> next = new LinkedHashSet<>();
        for (EObject e : selection) {
            if (e != null) {
                next.add(e);
            }
        }
        if (!List.copyOf(next).equals(List.copyOf(elements))) {
            elements.clear();
            elements.addAll(next);
            fire();
        }
    }

    /** Adds the element when absent, removes it when present (Ctrl+click). */
    void toggle(EObject e) {
        if (!elements.remove(e)) {
            elements.add(e);
        }
        fire();
    }

    /** Adds the elements that are not selected yet (Shift+click, rubber band with Shift). */
    void addAll(Collection<? extends EObject> more) {
        boolean changed = false;
        for (EObject e : more) {
            changed |= e != null && elements.add(e);
        }
        if (changed) {
            fire();
        }
    }

    /** Forgets elements that are no longer in a resource (deleted, or undone creations). */
    void retainAttached() {
        if (elements.removeIf(e -> e.eResource() == null)) {
            fire();
        }
    }

    private void fire() {
        List<EObject> now = elements();
        for (Consumer<List<EObject>> l : listeners) {
            l.accept(now);
        }
    }
}
