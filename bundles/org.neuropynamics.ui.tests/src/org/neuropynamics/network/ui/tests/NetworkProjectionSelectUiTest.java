package org.neuropynamics.network.ui.tests;

import org.neuropynamics.network.ui.*;
import org.neuropynamics.ui.tests.Screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.neuropynamics.network.ui.tests.EditorFixture.click;
import static org.neuropynamics.network.ui.tests.EditorFixture.key;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Projection;

/**
 * Projections are selected on the canvas by a click near their curve (or on their label), highlighted,
 * handed to the Properties view as the part's selection, and deleted with the Delete key. In the course
 * network the two projections between Regular and Chattering bend to opposite sides, and a click near
 * each curve selects that one.
 */
class NetworkProjectionSelectUiTest {

    @TempDir
    Path dir;

    @Test
    void clickNearTheCurveSelectsTheProjectionThenDeleteAndUndo() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "square.neuronet", TestNetworks.square());
        NetworkCanvas canvas = editor.canvas();
        Network n = editor.network();
        Projection ab = n.getProjections().get(1);
        DiagramScene scene = canvas.scene();
        CubicCurve curve = scene.curves().get(ab);
        int[] near = freePointBeside(canvas, scene, curve, 3);
        int[] far = freePointBeside(canvas, scene, curve, 25);

        click(canvas, far[0], far[1], 0);
        assertTrue(canvas.selection().isEmpty(), "25 px from the curve is empty canvas");
        click(canvas, near[0], near[1], 0);
        assertEquals(List.of(ab), canvas.selection().elements());
        IStructuredSelection sel = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(ab), sel.toList());
        assertNotNull(editor.propertySource(ab).getPropertyDescriptors());
        Screenshots.save(canvas.getShell(), "network-editor-projection-selected");

        click(canvas, far[0], far[1], 0);
        assertTrue(canvas.selection().isEmpty());
        Rectangle label = scene.labels().get(ab);
        click(canvas, label.x + label.width / 2, label.y + label.height / 2, 0);
        assertEquals(List.of(ab), canvas.selection().elements(), "a click on the label selects too");

        key(canvas, SWT.DEL, 0);
        assertEquals(2, n.getProjections().size());
        assertEquals(3, n.getPopulations().size(), "deleting a projection keeps its ends");
        editor.undo();
        assertEquals(3, n.getProjections().size());
        assertSame(ab, n.getProjections().get(1));
        page.closeEditor(editor, false);
    }

    @Test
    void bidirectionalProjectionsBendApartAndEachIsHitNearItsCurve() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.openExample(page, dir, "course-network.neuronet");
        NetworkCanvas canvas = editor.canvas();
        Network n = editor.network();
        Projection rc = n.getProjections().get(2);
        Projection cr = n.getProjections().get(3);
        assertEquals("Regular -> Chattering", rc.getName());
        assertEquals("Chattering -> Regular", cr.getName());
        DiagramScene scene = canvas.scene();
        double z = canvas.zoom();
        // the middles of the two curves lie on opposite sides of the line between the box centres
        Rectangle r = DiagramGeometry.bounds(rc.getSource(), z);
        Rectangle c = DiagramGeometry.bounds(rc.getTarget(), z);
        double side1 = side(r, c, scene.curves().get(rc).at(0.5));
        double side2 = side(r, c, scene.curves().get(cr).at(0.5));
        assertTrue(side1 * side2 < 0, "opposite sides: " + side1 + ", " + side2);
        assertTrue(Math.abs(side1) > 20 && Math.abs(side2) > 20, "bent by more than 20 px");
        for (Projection p : List.of(rc, cr)) {
            int[] near = freePointBeside(canvas, scene, scene.curves().get(p), 2);
            click(canvas, near[0], near[1], 0);
            assertEquals(List.of(p), canvas.selection().elements(), p.getName());
        }
        page.closeEditor(editor, false);
    }

    @Test
    void aClickIsNoProjectionButADragOutOfTheBoxAndBackIsOneToItself() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "square.neuronet", TestNetworks.square());
        NetworkCanvas canvas = editor.canvas();
        Network n = editor.network();
        canvas.setTool(NetworkCanvas.Tool.PROJECTION);
        int[] a = EditorFixture.centre(canvas, n.getPopulations().get(0));
        click(canvas, a[0], a[1], 0);
        assertEquals(3, n.getProjections().size(), "a click makes no projection");
        Rectangle box = DiagramGeometry.bounds(n.getPopulations().get(0), canvas.zoom());
        EditorFixture.mouse(canvas, SWT.MouseDown, a[0], a[1], 0);
        EditorFixture.mouse(canvas, SWT.MouseMove, a[0], box.y - 20, SWT.BUTTON1);
        EditorFixture.mouse(canvas, SWT.MouseMove, a[0] + 5, a[1], SWT.BUTTON1);
        EditorFixture.mouse(canvas, SWT.MouseUp, a[0] + 5, a[1], SWT.BUTTON1);
        assertEquals(4, n.getProjections().size());
        Projection self = n.getProjections().get(3);
        assertSame(n.getPopulations().get(0), self.getSource());
        assertSame(self.getSource(), self.getTarget());
        assertEquals(List.of(self), canvas.selection().elements(), "the new projection is selected");
        // drawn as a loop above the box's top right corner, with its label clear of it
        CubicCurve loop = canvas.scene().curves().get(self);
        assertTrue(loop.at(0.5)[1] < box.y && loop.at(0.5)[0] > box.x + box.width / 2, "loop at the top right");
        ProjectionLabelsUiTest.assertLabelsApart(canvas);
        canvas.setTool(NetworkCanvas.Tool.SELECT);
        page.closeEditor(editor, false);
    }

    /** Signed distance (pixels) of point p from the line through the centres of a and b. */
    private static double side(Rectangle a, Rectangle b, double[] p) {
        double ax = a.x + a.width / 2.0;
        double ay = a.y + a.height / 2.0;
        double dx = b.x + b.width / 2.0 - ax;
        double dy = b.y + b.height / 2.0 - ay;
        return (dx * (p[1] - ay) - dy * (p[0] - ax)) / Math.hypot(dx, dy);
    }

    /**
     * A point {@code offset} pixels beside the curve (on either side) that is on no label and no box, so
     * that only the curve can be hit there.
     */
    private static int[] freePointBeside(NetworkCanvas canvas, DiagramScene scene, CubicCurve curve, int offset) {
        for (double t = 0.2; t <= 0.8; t += 0.02) {
            double[] p = curve.at(t);
            double[] d = curve.tangent(t);
            for (int s : new int[] {1, -1}) {
                int x = (int) Math.round(p[0] - d[1] * offset * s);
                int y = (int) Math.round(p[1] + d[0] * offset * s);
                boolean onLabel = scene.labels().values().stream().anyMatch(r -> r.contains(x, y));
                boolean onBox = DiagramGeometry.nodeAt(canvas.network(), x, y, canvas.zoom()) != null;
                boolean nearOther = scene.curves().values().stream()
                        .anyMatch(c -> c != curve && c.distanceTo(x, y) < offset + 8);
                if (!onLabel && !onBox && !nearOther) {
                    return new int[] {x, y};
                }
            }
        }
        return fail("no free point beside the curve");
    }
}
