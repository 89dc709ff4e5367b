package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPart;
import org.neuropynamics.network.model.Monitor;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.Projection;

/**
 * Keeps the Outline's selection and the canvas's selection in step, both ways: selecting on the canvas
 * selects the same elements in the tree; selecting in the tree selects on the canvas the nodes and
 * projections the selected items are (or belong to: a parameter selects its population).
 */
final class OutlineSync {

    private final NetworkOutlinePage page;
    private final NetworkCanvas canvas;
    private boolean pushing;

    OutlineSync(NetworkOutlinePage page, NetworkCanvas canvas) {
        this.page = page;
        this.canvas = canvas;
        page.addSelectionChangedListener(e -> {
            // only the user's picks in the tree: the tree also reports selections of its own (when it is
            // created, refreshed or focused) that must not overwrite the canvas's
            if (!pushing && !canvas.isDisposed() && outlineIsActive()) {
                pushing = true;
                try {
                    canvas.selection().set(diagramElements((IStructuredSelection) e.getSelection()));
                } finally {
                    pushing = false;
                }
            }
        });
        page.onCreated(() -> canvasChanged(canvas.selection().elements()));
    }

    private boolean outlineIsActive() {
        IWorkbenchPart active = page.getSite() == null ? null : page.getSite().getPage().getActivePart();
        return active != null && IPageLayout.ID_OUTLINE.equals(active.getSite().getId());
    }

    NetworkOutlinePage page() {
        return page;
    }

    /** Shows the canvas's new selection in the tree (unless the tree made it). */
    void canvasChanged(List<EObject> now) {
        if (pushing || page.getControl() == null || page.getControl().isDisposed()) {
            return;
        }
        pushing = true;
        try {
            page.setSelection(new StructuredSelection(now));
        } finally {
            pushing = false;
        }
    }

    /** The nodes, projections and monitors the items are or belong to, in the tree's order. */
    static List<EObject> diagramElements(IStructuredSelection s) {
        LinkedHashSet<EObject> out = new LinkedHashSet<>();
        for (Object o : s.toList()) {
            for (EObject e = o instanceof EObject eo ? eo : null; e != null; e = e.eContainer()) {
                if (e instanceof Node || e instanceof Projection || e instanceof Monitor) {
                    out.add(e);
                    break;
                }
            }
        }
        return new ArrayList<>(out);
    }
}
