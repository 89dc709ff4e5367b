package org.neuropynamics.network.ui.tests;

import org.neuropynamics.network.ui.*;
import org.neuropynamics.ui.tests.Screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.Projection;

/**
 * Projection labels of the examples, as painted: no two overlap, none covers a box, each sits at its own
 * curve (touching it or within the label gap), at the zoom the editor opens with and zoomed in and out.
 */
class ProjectionLabelsUiTest {

    @TempDir
    Path dir;

    @Test
    void courseNetworkLabelsDoNotOverlap() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.openExample(page, dir, "course-network.neuronet");
        NetworkCanvas canvas = editor.canvas();
        assertEquals(4, assertLabelsApart(canvas));
        Screenshots.save(canvas.getShell(), "network-editor-course-labels");
        // the zoom steps from the fit of the editor maximized (the zooms this test always covered: beside the
        // results the fit is smaller, and 0.6 of it reaches zooms where the labels' smallest font, 5 pt, is
        // larger than the boxes; that limit of LabelPlacement is not this test's subject)
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.spin(canvas.getDisplay(), 300);
        canvas.fit();
        for (double factor : new double[] {1.25, 1.25, 0.5, 0.8}) {
            canvas.zoomBy(factor);
            assertLabelsApart(canvas);
        }
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        page.closeEditor(editor, false);
    }

    @Test
    void cubaSelfLoopLabelsDoNotOverlap() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.openExample(page, dir, "cuba.neuronet");
        assertEquals(4, assertLabelsApart(editor.canvas()));
        // opened fitted: every label lies inside the canvas with a margin (the self-loop labels above the top
        // boxes touched the canvas's top edge)
        org.neuropynamics.network.ui.NetworkCanvas canvas = editor.canvas();
        org.eclipse.swt.graphics.Point origin = canvas.origin();
        Rectangle area = canvas.getClientArea();
        for (Map.Entry<Projection, Rectangle> e : canvas.scene().labels().entrySet()) {
            Rectangle r = e.getValue();
            Rectangle shown = new Rectangle(r.x + origin.x, r.y + origin.y, r.width, r.height);
            assertTrue(shown.x >= 3 && shown.y >= 3 && shown.x + shown.width <= area.width - 3
                    && shown.y + shown.height <= area.height - 3, e.getKey().getName() + " label " + shown
                    + " in the canvas " + area);
        }
        Screenshots.save(editor.canvas().getShell(), "network-editor-cuba-labels");
        page.closeEditor(editor, false);
    }

    /**
     * Asserts that the canvas's labels are pairwise apart, clear of every box and at their own curve;
     * returns how many labels there are.
     */
    static int assertLabelsApart(NetworkCanvas canvas) {
        DiagramScene scene = canvas.scene();
        List<Map.Entry<Projection, Rectangle>> labels = new ArrayList<>(scene.labels().entrySet());
        List<Rectangle> boxes = new ArrayList<>();
        for (Node n : DiagramGeometry.nodes(canvas.network())) {
            boxes.add(DiagramGeometry.bounds(n, canvas.zoom()));
        }
        for (int i = 0; i < labels.size(); i++) {
            Rectangle r = labels.get(i).getValue();
            String name = labels.get(i).getKey().getName();
            assertTrue(r.width > 10 && r.height > 5, name + " label " + r);
            for (int j = i + 1; j < labels.size(); j++) {
                Rectangle q = labels.get(j).getValue();
                assertFalse(r.intersects(q), name + " " + r + " and " + labels.get(j).getKey().getName() + " " + q
                        + " at zoom " + canvas.zoom());
            }
            for (Rectangle b : boxes) {
                assertFalse(r.intersects(b), name + " label " + r + " covers box " + b);
            }
            CubicCurve own = scene.curves().get(labels.get(i).getKey());
            int reach = LabelPlacement.GAP + 2;
            assertTrue(own.crosses(r.x - reach, r.y - reach, r.width + 2 * reach, r.height + 2 * reach, 0),
                    name + " label " + r + " is away from its curve");
        }
        return labels.size();
    }
}
