package org.neuropynamics.network.ui.tests;

import org.neuropynamics.network.ui.*;
import org.neuropynamics.ui.tests.Screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.ui.tests.EditorFixture.click;
import static org.neuropynamics.network.ui.tests.EditorFixture.drag;
import static org.neuropynamics.network.ui.tests.EditorFixture.key;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.Projection;

/**
 * Multi-select on the canvas under Xvfb, by mouse and key events: a rubber band selects the boxes it
 * touches and the projections it holds, one drag moves them all and one Undo puts every one back;
 * Shift+click adds, Ctrl+click toggles, Ctrl+A selects all, Delete removes all in one undoable command.
 */
class NetworkMultiSelectUiTest {

    @TempDir
    Path dir;

    @Test
    void rubberBandSelectsThenOneDragMovesAllAndOneUndoRestores() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "square.neuronet", TestNetworks.square());
        NetworkCanvas canvas = editor.canvas();
        Network n = editor.network();
        Node a = n.getPopulations().get(0);
        Node b = n.getPopulations().get(1);
        Node c = n.getPopulations().get(2);
        Node in = n.getInputs().get(0);
        double z = canvas.zoom();
        Rectangle ra = DiagramGeometry.bounds(a, z);
        Rectangle rb = DiagramGeometry.bounds(b, z);
        // from just above-left of A to just below-right of B: the top row only
        int x0 = ra.x - 12;
        int y0 = ra.y - 12;
        int x1 = rb.x + rb.width + 12;
        int y1 = rb.y + rb.height + 12;
        assertEquals(null, canvas.elementAt(x0, y0), "the band starts on empty canvas");
        EditorFixture.mouse(canvas, SWT.MouseDown, x0, y0, 0);
        EditorFixture.mouse(canvas, SWT.MouseMove, (x0 + x1) / 2, (y0 + y1) / 2, SWT.BUTTON1);
        EditorFixture.mouse(canvas, SWT.MouseMove, x1, y1, SWT.BUTTON1);
        Screenshots.save(canvas.getShell(), "network-editor-rubber-band");
        EditorFixture.mouse(canvas, SWT.MouseUp, x1, y1, SWT.BUTTON1);

        assertEquals(Set.of(a, b), Set.copyOf(canvas.selection().nodes()));
        assertEquals(List.of(n.getProjections().get(1)), canvas.selection().projections(), "A -> B lies inside");
        Screenshots.save(canvas.getShell(), "network-editor-multi-select");

        double[][] before = positions(n);
        int[] from = EditorFixture.centre(canvas, a);
        drag(canvas, from[0], from[1], from[0] + 50, from[1] + 30);
        assertEquals(before[0][0] + 50 / z, a.getX(), 1e-9);
        assertEquals(before[0][1] + 30 / z, a.getY(), 1e-9);
        assertEquals(before[1][0] + 50 / z, b.getX(), 1e-9);
        assertEquals(before[1][1] + 30 / z, b.getY(), 1e-9);
        assertEquals(before[2][0], c.getX(), 0);
        assertEquals(before[3][1], in.getY(), 0);
        assertTrue(editor.isDirty());

        editor.undo();
        assertArrayEquals(before, positions(n));
        assertFalse(editor.isDirty(), "the move was one command");
        editor.redo();
        assertEquals(before[1][0] + 50 / z, b.getX(), 1e-9);
        page.closeEditor(editor, false);
    }

    @Test
    void modifierClicksSelectAllAndDeleteAllInOneUndoableCommand() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "square.neuronet", TestNetworks.square());
        NetworkCanvas canvas = editor.canvas();
        Network n = editor.network();
        Node a = n.getPopulations().get(0);
        Node b = n.getPopulations().get(1);
        Node c = n.getPopulations().get(2);
        int[] pa = EditorFixture.centre(canvas, a);
        int[] pb = EditorFixture.centre(canvas, b);
        int[] pc = EditorFixture.centre(canvas, c);

        click(canvas, pa[0], pa[1], 0);
        assertEquals(List.of(a), canvas.selection().elements());
        click(canvas, pc[0], pc[1], SWT.SHIFT);
        assertEquals(List.of(a, c), canvas.selection().elements());
        click(canvas, pa[0], pa[1], SWT.MOD1);
        assertEquals(List.of(c), canvas.selection().elements());
        click(canvas, pb[0], pb[1], SWT.MOD1);
        assertEquals(List.of(c, b), canvas.selection().elements());
        // the part's selection: the primary (last clicked) first, for the Properties view
        IStructuredSelection sel = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(b, c), sel.toList());

        key(canvas, 'a', SWT.MOD1);
        List<EObject> all = canvas.selection().elements();
        assertEquals(7, all.size(), "4 boxes and 3 projections: " + all);
        assertTrue(all.containsAll(n.getProjections()));

        key(canvas, SWT.DEL, 0);
        assertEquals(0, n.getPopulations().size());
        assertEquals(0, n.getInputs().size());
        assertEquals(0, n.getProjections().size());
        assertEquals(0, n.getMonitors().size(), "the monitor of C goes with C");
        assertTrue(canvas.selection().isEmpty());

        editor.undo();
        assertEquals(3, n.getPopulations().size());
        assertEquals(1, n.getInputs().size());
        assertEquals(3, n.getProjections().size());
        assertEquals(1, n.getMonitors().size());
        assertSame(c, n.getMonitors().get(0).getTarget());
        Projection bc = n.getProjections().get(2);
        assertSame(b, bc.getSource());
        assertSame(c, bc.getTarget());
        assertFalse(editor.isDirty(), "the delete was one command");
        page.closeEditor(editor, false);
    }

    private static double[][] positions(Network n) {
        List<Node> nodes = DiagramGeometry.nodes(n);
        double[][] out = new double[nodes.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = new double[] {nodes.get(k).getX(), nodes.get(k).getY()};
        }
        return out;
    }

    private static void assertArrayEquals(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected[k], actual[k], 0, "node " + k);
        }
    }
}
